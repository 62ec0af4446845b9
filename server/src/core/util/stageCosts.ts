// The bench's per-stage cost table (issue 10, stop 40): how much of a full check each claim construction, each
// sentence-level claim filter and each stage of the reader takes, so that the next change knows which one to gate
// (a construction that runs on every sentence and changes the claims of a few is the one to give trigger words).
// Off unless the bench asks for it (`--full-check --costs`): a stage then pays one test of a flag and nothing else;
// on, it pays two clock readings (~0.1 µs each). Timing reads nothing a reader reads, so readings cannot change.

/** What one stage took: main-thread milliseconds inside it, the calls, and the calls after which the claims had changed. */
export interface StageCost {
  kind: string;
  name: string;
  ms: number;
  calls: number;
  changed: number;
}

/** Switched on by the bench (server/bench/run.ts `--costs`) and by the cost table's test alone. */
export const stageCosts = { on: false };

const costs = new Map<string, StageCost>();

/** The record of one stage, made on its first asking (callers keep it, so a timed call looks up nothing). */
export function stageCost(kind: string, name: string): StageCost {
  const key = `${kind}\u0000${name}`;
  let cost = costs.get(key);
  if (!cost) costs.set(key, (cost = { kind, name, ms: 0, calls: 0, changed: 0 }));
  return cost;
}

/** A clock reading to hand to stageEnd, or 0 when the table is off (then stageEnd does nothing). */
export function stageStart(): number {
  return stageCosts.on ? performance.now() : 0;
}

/** Adds the time since `since` (stageStart's reading) to the stage; `changed`: the stage changed what it was handed. */
export function stageEnd(cost: StageCost, since: number, changed = false): void {
  if (since === 0) return;
  cost.ms += performance.now() - since;
  cost.calls++;
  if (changed) cost.changed++;
}

/** Every stage timed since the last reset, the costliest first. */
export function stageCostTable(): StageCost[] {
  return [...costs.values()].filter((c) => c.calls > 0).sort((a, b) => b.ms - a.ms);
}

/** Zeroes every stage (the records stay, as their callers hold them). */
export function resetStageCosts(): void {
  for (const cost of costs.values()) {
    cost.ms = 0;
    cost.calls = 0;
    cost.changed = 0;
  }
}
