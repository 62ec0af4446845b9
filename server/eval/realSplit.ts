// The blind third of the real-prose set (shared/eval/real). Rows are ordered by a seeded hash of their id and
// the first third (rounded) is set aside: no one reads or tunes on them; their score is reported once, at the end
// of a piece of work. The seed is written here so the split is the same on every machine and every session.
import { createHash } from 'node:crypto';

export const BLIND_SEED = 'claimlens-blind-2026-12-01';

function rank(id: string): string {
  return createHash('sha256').update(`${BLIND_SEED}:${id}`).digest('hex');
}

/** The ids of the blind third of `ids` (all files of the set together). */
export function blindIds(ids: readonly string[]): Set<string> {
  const ordered = [...ids].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  return new Set(ordered.slice(0, Math.round(ids.length / 3)));
}

export type Split = 'all' | 'dev' | 'blind';

export function selectSplit<T extends { id: string }>(rows: readonly T[], split: Split): T[] {
  if (split === 'all') return [...rows];
  const blind = blindIds(rows.map((r) => r.id));
  return rows.filter((r) => (split === 'blind') === blind.has(r.id));
}

/** Half A or B of a row, by the parity of a SHA-256 of its id: a fixed rule, the same in every session. */
export function half(id: string): 'A' | 'B' {
  return parseInt(createHash('sha256').update(id).digest('hex').slice(-1), 16) % 2 === 0 ? 'A' : 'B';
}

/** The last wave whose half B is studied. Normally the wave before the newest one found (the newest is held out whole
 * for the stop after its first figure); from stop 49 no newer wave could be built (the search index is saturated for
 * both sides' topics), so wave 26 is halved with no wave held out whole. Raise it when a wave is halved that way. */
export const HALVED_THROUGH = 26;

/** The last wave whose half A is studied too (with the stop-25 sets' half A): from stop 52 the halves A of waves 2..13
 * and f25A, the stop-36 pool, are opened for study, since three stops of probing our own sentences left every
 * held-out set unmoved and no new wave can be built; at stop 53 the halves A of waves 14..19 too, since the opened
 * rows no longer held a false SUPPORTED but one label conflict while SUPPORTED precision is the goal left unmet. The
 * halves A of waves OPENED_THROUGH+1..HALVED_THROUGH stay held out and form the pool (waves.ts `pooled`); raised only
 * at the start of a stop, before any reader change, and written in the corpus README. */
export const OPENED_THROUGH = 19;

/** Whether a wave (0 for the stop-25 sets) has both halves studied: waves 3 and 5 were studied whole from the start,
 * waves up to 13 since stop 52, up to OPENED_THROUGH since stop 53. */
export function studiedWhole(wave: number): boolean {
  return wave === 3 || wave === 5 || wave <= OPENED_THROUGH;
}

/** The wave held out whole: the newest wave number found in the corpus folder, unless it is already halved (then a
 * number with no rows). */
export function heldOutWholeWave(waveNumbers: readonly number[]): number {
  return Math.max(HALVED_THROUGH + 1, ...waveNumbers);
}
