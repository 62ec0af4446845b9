// The knowledge base's indices of facts by key (by paper, subject, object, any entity), held as positions in
// the list of facts rather than as an array of facts per key. Built with one Map lookup per key a fact names
// and integer writes, then one counting sort: no array per key and no push per fact, so a million-fact
// library is indexed without a million array growths for the collector to follow. A key's facts become an
// array the first time it is asked for (verification asks about a few dozen entities per draft, hover about
// one paper), and that array is kept, so a key always answers with the same array.
import type { FactList } from './factList';
import type { Fact } from './schema';

/**
 * Small numbers for keys, shared by the builders of one knowledge base (an entity is a subject in one index
 * and an object in another: one lookup serves both). The last key asked for is remembered: a paper's facts
 * come one after another.
 */
export class KeySlots {
  slotOf = new Map<string, number>();
  keys: string[] = [];
  #lastKey: string | undefined;
  #lastSlot = -1;
  /** Whether slotOf and keys are another's (KeySlots.over), copied before a key is added. */
  #borrowed = false;

  /** `keys`: slots already given out, in order (a snapshot's table of ids). */
  constructor(keys: readonly string[] = []) {
    for (const key of keys) this.slot(key);
  }

  /**
   * Slots already given out as a map and its keys in order (slotOf.get(keys[i]) === i), used as they are: the
   * merge's hundred thousand paper numbers (mergeColumns.ts) are not put in a second map. They are not changed:
   * a key not among them (a paper only facts read from abstracts cite) first copies both.
   */
  static over(slotOf: ReadonlyMap<string, number>, keys: readonly string[]): KeySlots {
    const slots = new KeySlots();
    slots.slotOf = slotOf as Map<string, number>;
    slots.keys = keys as string[];
    slots.#borrowed = true;
    return slots;
  }

  slot(key: string): number {
    if (key === this.#lastKey) return this.#lastSlot;
    let slot = this.slotOf.get(key);
    if (slot === undefined) {
      if (this.#borrowed) {
        this.slotOf = new Map(this.slotOf);
        this.keys = [...this.keys];
        this.#borrowed = false;
      }
      slot = this.keys.length;
      this.slotOf.set(key, slot);
      this.keys.push(key);
    }
    this.#lastKey = key;
    this.#lastSlot = slot;
    return slot;
  }
}

/** Collects (key, position) pairs in fact order; `groups()` sorts them by key, keeping fact order within a key. */
export class FactGroupsBuilder {
  readonly #slots: KeySlots;
  #entrySlots: Int32Array;
  #positions: Int32Array;
  #length = 0;

  /** `capacity`: the entries expected (a million-fact library's arrays are then made once, not grown twenty times). */
  constructor(slots: KeySlots = new KeySlots(), capacity = 1024) {
    this.#slots = slots;
    this.#entrySlots = new Int32Array(Math.max(16, capacity));
    this.#positions = new Int32Array(Math.max(16, capacity));
  }

  add(key: string, position: number): void {
    this.addSlot(this.#slots.slot(key), position);
  }

  /** `add` for a key whose slot the caller has (from the builder's KeySlots). */
  addSlot(slot: number, position: number): void {
    if (this.#length === this.#entrySlots.length) {
      const slots = new Int32Array(this.#length * 2);
      slots.set(this.#entrySlots);
      this.#entrySlots = slots;
      const positions = new Int32Array(this.#length * 2);
      positions.set(this.#positions);
      this.#positions = positions;
    }
    this.#entrySlots[this.#length] = slot;
    this.#positions[this.#length++] = position;
  }

  /** The groups over `facts` (the list the positions point into). Keys iterate in the order they were first added here. */
  groups(facts: FactList): FactGroups {
    return groupsOf(facts, this.#slots, this.arrays());
  }

  /** The grouping as arrays (a library snapshot stores them, librarySnapshot.ts): one counting sort of the entries. */
  arrays(): GroupArrays {
    return groupArrays(this.#entrySlots, this.#positions, this.#length, this.#slots.keys.length);
  }
}

// The counting sort's passes over a million entries are functions of their own, over locals: in one method each
// pass was compiled on its own (on-stack replacement), and the code after it, not yet run, then sent it back to
// the interpreter, once for each of the six indices of a first read (measured at stop 35).

/**
 * The grouping of facts by a column of slots, one per fact (fact n's slot at column[n]; -1: none): what a
 * FactGroupsBuilder given (column[n], n) for each fact in order makes, without its two arrays of entries. The
 * knowledge base's indices by paper, subject and object are such columns (knowledgeBase.ts): a million-fact
 * library's three builders were 24 MB of typed arrays made and dropped at once, memory outside the heap that the
 * collector counts and ran a full collection for (stop 38).
 */
export function columnGroups(facts: FactList, slots: KeySlots, column: Int32Array): FactGroups {
  return groupsOf(facts, slots, columnArrays(column, slots.keys.length));
}

/** `columnGroups` as arrays (groupArrays with the entries' positions their own numbers). */
export function columnArrays(column: Int32Array, slotCount: number): GroupArrays {
  const starts = new Int32Array(slotCount + 1);
  const order: number[] = [];
  const entries = countColumn(column, starts, order);
  for (let k = 0; k < slotCount; k++) starts[k + 1] += starts[k];
  const sorted = placeColumn(column, entries, starts.slice(0, slotCount));
  return { keys: Int32Array.from(order), starts, positions: sorted };
}

/** countSlots over a column (-1 entries skipped): how many entries it has. */
function countColumn(column: Int32Array, starts: Int32Array, order: number[]): number {
  let entries = 0;
  for (let n = 0; n < column.length; n++) {
    const slot = column[n];
    if (slot < 0) continue;
    entries++;
    if (starts[slot + 1]++ === 0) order.push(slot);
  }
  return entries;
}

/** placeBySlot over a column: each fact's own number placed by its slot. */
function placeColumn(column: Int32Array, entries: number, next: Int32Array): Int32Array {
  const sorted = new Int32Array(entries);
  for (let n = 0; n < column.length; n++) {
    const slot = column[n];
    if (slot >= 0) sorted[next[slot]++] = n;
  }
  return sorted;
}

/** The entries' positions sorted by slot (a counting sort), with the slots in the order first added. */
function groupArrays(entrySlots: Int32Array, positions: Int32Array, length: number, slotCount: number): GroupArrays {
  const starts = new Int32Array(slotCount + 1);
  const order = countSlots(entrySlots, length, starts);
  for (let k = 0; k < slotCount; k++) starts[k + 1] += starts[k];
  const sorted = placeBySlot(entrySlots, positions, length, starts.slice(0, slotCount));
  return { keys: Int32Array.from(order), starts, positions: sorted };
}

/** Counts each slot's entries at starts[slot + 1]; the slots in the order of their first entry. */
function countSlots(entrySlots: Int32Array, length: number, starts: Int32Array): number[] {
  const order: number[] = [];
  for (let i = 0; i < length; i++) {
    const slot = entrySlots[i];
    // A slot's first entry: its key joins this index's keys (in the order a Map of arrays would list them).
    if (starts[slot + 1]++ === 0) order.push(slot);
  }
  return order;
}

/** The positions placed by slot, `next` giving each slot's next place (it is advanced). */
function placeBySlot(entrySlots: Int32Array, positions: Int32Array, length: number, next: Int32Array): Int32Array {
  const sorted = new Int32Array(length);
  for (let i = 0; i < length; i++) sorted[next[entrySlots[i]]++] = positions[i];
  return sorted;
}

/**
 * A grouping as numbers: its keys as slots in the order first added, where each slot's positions start
 * (one more than the slots), and the positions sorted by slot, in fact order within a slot.
 */
export interface GroupArrays {
  keys: Int32Array;
  starts: Int32Array;
  positions: Int32Array;
}

/** The groups the arrays describe, over `facts` and the slots they were made with. */
export function groupsOf(facts: FactList, slots: KeySlots, arrays: GroupArrays): FactGroups {
  return new FactGroups(facts, slots.slotOf, Array.from(arrays.keys, (slot) => slots.keys[slot]), arrays.starts, arrays.positions);
}

const noPositions = new Int32Array(0);

/** Facts grouped by a key, as a read-only map from key to the key's facts in fact order. */
export class FactGroups implements ReadonlyMap<string, readonly Fact[]> {
  readonly #facts: FactList;
  readonly #slotOf: ReadonlyMap<string, number>;
  readonly #keys: readonly string[];
  readonly #starts: Int32Array;
  readonly #positions: Int32Array;
  readonly #made = new Map<string, Fact[]>();

  constructor(facts: FactList, slotOf: ReadonlyMap<string, number>, keys: readonly string[], starts: Int32Array, positions: Int32Array) {
    this.#facts = facts;
    this.#slotOf = slotOf;
    this.#keys = keys;
    this.#starts = starts;
    this.#positions = positions;
  }

  get size(): number {
    return this.#keys.length;
  }

  has(key: string): boolean {
    return this.count(key) > 0;
  }

  /** How many facts the key has, without making its array. */
  count(key: string): number {
    const slot = this.#slotOf.get(key);
    // A slot of the shared KeySlots may have no entries here (made later than these groups, or for another index).
    return slot === undefined || slot + 1 >= this.#starts.length ? 0 : this.#starts[slot + 1] - this.#starts[slot];
  }

  /** The positions of the key's facts, in fact order (a view; no fact made). */
  positionsOf(key: string): Int32Array {
    const count = this.count(key);
    if (count === 0) return noPositions;
    const start = this.#starts[this.#slotOf.get(key)!];
    return this.#positions.subarray(start, start + count);
  }

  get(key: string): Fact[] | undefined {
    let made = this.#made.get(key);
    if (made) return made;
    const count = this.count(key);
    if (count === 0) return undefined;
    const start = this.#starts[this.#slotOf.get(key)!];
    made = new Array<Fact>(count);
    for (let i = 0; i < made.length; i++) made[i] = this.#facts.at(this.#positions[start + i])!;
    this.#made.set(key, made);
    return made;
  }

  *keys(): MapIterator<string> {
    yield* this.#keys;
  }

  *entries(): MapIterator<[string, readonly Fact[]]> {
    for (const key of this.#keys) yield [key, this.get(key)!];
  }

  *values(): MapIterator<readonly Fact[]> {
    for (const key of this.#keys) yield this.get(key)!;
  }

  forEach(callback: (value: readonly Fact[], key: string, map: ReadonlyMap<string, readonly Fact[]>) => void): void {
    for (const key of this.#keys) callback(this.get(key)!, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly Fact[]]> {
    return this.entries();
  }
}

/** Two groupings read as one: a key's facts in `first`, then its facts in `second` (stated facts, then derived ones). */
export class JoinedFactGroups implements ReadonlyMap<string, readonly Fact[]> {
  readonly #first: ReadonlyMap<string, readonly Fact[]>;
  readonly #second: ReadonlyMap<string, readonly Fact[]>;
  readonly #joined = new Map<string, Fact[]>();

  constructor(first: ReadonlyMap<string, readonly Fact[]>, second: ReadonlyMap<string, readonly Fact[]>) {
    this.#first = first;
    this.#second = second;
  }

  get size(): number {
    let size = this.#first.size;
    for (const key of this.#second.keys()) if (!this.#first.has(key)) size++;
    return size;
  }

  has(key: string): boolean {
    return this.#first.has(key) || this.#second.has(key);
  }

  get(key: string): Fact[] | undefined {
    const first = this.#first.get(key) as Fact[] | undefined;
    const second = this.#second.get(key) as Fact[] | undefined;
    if (!first || !second) return first ?? second;
    let joined = this.#joined.get(key);
    if (!joined) {
      joined = [...first, ...second];
      this.#joined.set(key, joined);
    }
    return joined;
  }

  *keys(): MapIterator<string> {
    yield* this.#first.keys();
    for (const key of this.#second.keys()) if (!this.#first.has(key)) yield key;
  }

  *entries(): MapIterator<[string, readonly Fact[]]> {
    for (const key of this.keys()) yield [key, this.get(key)!];
  }

  *values(): MapIterator<readonly Fact[]> {
    for (const key of this.keys()) yield this.get(key)!;
  }

  forEach(callback: (value: readonly Fact[], key: string, map: ReadonlyMap<string, readonly Fact[]>) => void): void {
    for (const key of this.keys()) callback(this.get(key)!, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly Fact[]]> {
    return this.entries();
  }
}
