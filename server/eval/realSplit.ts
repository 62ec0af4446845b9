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
