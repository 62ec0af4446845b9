// The merge's facts as numbers (librarySnapshot.ts FactColumns), made while the merge checks that each fact's
// entities exist: the one Map lookup per entity id that answers "is it known" also gives its number. The
// knowledge base then indexes a million read facts from these columns (librarySnapshot.ts indexColumns) as it
// indexes a snapshot's, instead of looking each subject, object and list member up again by its id.
//
// Numbers are given in the order the knowledge base's own pass over ids gives out slots (factGroups.ts
// KeySlots): fact by fact, the subject, the object, then mediators and context; paper keys as their facts come.
// So the slots, the order of every index's keys, and what inference.ts derives are those of the pass over ids.
//
// A file's facts share their lists (sharedParts.ts): a list is checked and numbered once per list object.
import type { ScannedFacts } from './factScan';
import type { FactColumns } from './librarySnapshot';
import { relations, type Fact } from './schema';

/** Relations by name, as their index in schema.ts `relations`. */
const relationIndex = new Map<string, number>(relations.map((relation, i) => [relation, i]));

/** A list with an entity no record defines. */
const unknownList = -1;
/** A list whose entities are all known, not yet numbered (no valid fact has named it yet). */
const knownList = -2;
const noList = new Int32Array(0);

export class MergeColumns {
  /** Known entity ids: their number, or -1 while no valid fact has named them. */
  readonly #entityNumbers = new Map<string, number>();
  readonly #entityKeys: string[] = [];
  readonly #paperNumbers = new Map<string, number>();
  readonly #paperKeys: string[] = [];
  /** Lists by object: unknownList, knownList, or their number in #lists (0 is the empty list). */
  readonly #listState = new Map<readonly string[], number>();
  readonly #lists: Int32Array[] = [noList];
  readonly #subjects: Int32Array;
  readonly #objects: Int32Array;
  readonly #mediators: Int32Array;
  readonly #contexts: Int32Array;
  readonly #papers: Int32Array;
  readonly #relations: Uint8Array;
  #count = 0;
  #lastPaper: string | undefined;
  #lastPaperNumber = -1;

  /** `entityIds`: every entity the merged library defines; `capacity`: at most this many facts are added. */
  constructor(entityIds: Iterable<string>, capacity: number) {
    for (const id of entityIds) this.#entityNumbers.set(id, -1);
    this.#subjects = new Int32Array(capacity);
    this.#objects = new Int32Array(capacity);
    this.#mediators = new Int32Array(capacity);
    this.#contexts = new Int32Array(capacity);
    this.#papers = new Int32Array(capacity);
    this.#relations = new Uint8Array(capacity);
  }

  /** Whether every entity the fact names is defined (the merge drops it otherwise). */
  known(fact: Fact): boolean {
    if (this.#entityNumbers.get(fact.subject) === undefined) return false;
    if (fact.object && this.#entityNumbers.get(fact.object) === undefined) return false;
    return this.#listKnown(fact.mediators) && this.#listKnown(fact.context);
  }

  /** Adds a fact `known` said yes to, as the next one of the columns. */
  add(fact: Fact): void {
    const n = this.#count++;
    const paper = fact.evidence.paper;
    if (paper !== this.#lastPaper) {
      let number = this.#paperNumbers.get(paper);
      if (number === undefined) {
        number = this.#paperKeys.length;
        this.#paperNumbers.set(paper, number);
        this.#paperKeys.push(paper);
      }
      this.#lastPaper = paper;
      this.#lastPaperNumber = number;
    }
    this.#papers[n] = this.#lastPaperNumber;
    this.#relations[n] = relationIndex.get(fact.relation)!;
    this.#subjects[n] = this.#number(fact.subject);
    this.#objects[n] = fact.object ? this.#number(fact.object) : -1;
    this.#mediators[n] = this.#listNumber(fact.mediators);
    this.#contexts[n] = this.#listNumber(fact.context);
  }

  columns(): FactColumns {
    const count = this.#count;
    return {
      count, entityKeys: this.#entityKeys, paperKeys: this.#paperKeys, paperNumbers: this.#paperNumbers, lists: this.#lists,
      subjects: this.#subjects.subarray(0, count), objects: this.#objects.subarray(0, count), relations: this.#relations.subarray(0, count), mediators: this.#mediators.subarray(0, count),
      contexts: this.#contexts.subarray(0, count), papers: this.#papers.subarray(0, count),
    };
  }

  /** Per table of entity ids (factScan.ts ScanTables, shared by the files of a load): -2 not looked up, -1 no record defines it, else its number once given (-3 known, not yet). */
  readonly #tables = new Map<readonly string[], Int32Array>();

  /** A scanned file's facts (factScan.ts), checked and added by their numbers: what `known` and `add` do for a fact object. */
  scanned(facts: ScannedFacts): ScannedMerge {
    return new ScannedMerge(this, facts, grownTable(this.#tables, facts.entityKeys, -2), grownTable(this.#listTables, facts.lists, -2));
  }

  /** Per table of lists (shared as the entity ids are): -2 not looked up, -1 not all known, -3 known and not yet numbered, else its number. */
  readonly #listTables = new Map<readonly Int32Array[], Int32Array>();

  /** `add` of a scanned fact whose entities and paper are known, its numbers already the library's. */
  addNumbers(paper: number, relation: number, subject: number, object: number, mediators: number, contexts: number): void {
    const n = this.#count++;
    this.#papers[n] = paper;
    this.#relations[n] = relation;
    this.#subjects[n] = subject;
    this.#objects[n] = object;
    this.#mediators[n] = mediators;
    this.#contexts[n] = contexts;
  }

  /** The entity's number, given when first asked (its id known); undefined when no record defines it. */
  entityNumber(id: string): number | undefined {
    return this.#entityNumbers.get(id) === undefined ? undefined : this.#number(id);
  }

  /** Whether a record defines the entity. */
  entityKnown(id: string): boolean {
    return this.#entityNumbers.get(id) !== undefined;
  }

  /** The paper key's number, given when first asked. */
  paperNumber(paper: string): number {
    let number = this.#paperNumbers.get(paper);
    if (number === undefined) {
      number = this.#paperKeys.length;
      this.#paperNumbers.set(paper, number);
      this.#paperKeys.push(paper);
    }
    return number;
  }

  /** Whether a fact added cites the paper (every added fact's paper is numbered, and no other paper is). */
  hasPaper(paper: string): boolean {
    return this.#paperNumbers.has(paper);
  }

  /** A new list of entity numbers (the library's), as its number. */
  addList(numbers: Int32Array): number {
    const number = this.#lists.length;
    this.#lists.push(numbers);
    return number;
  }

  #listKnown(list: readonly string[]): boolean {
    if (list.length === 0) return true;
    let state = this.#listState.get(list);
    if (state === undefined) {
      state = knownList;
      for (let i = 0; i < list.length; i++) if (this.#entityNumbers.get(list[i]) === undefined) state = unknownList;
      this.#listState.set(list, state);
    }
    return state !== unknownList;
  }

  /** The list's number; its members numbered in order when a valid fact first names it (after the fact's subject and object). */
  #listNumber(list: readonly string[]): number {
    if (list.length === 0) return 0;
    const state = this.#listState.get(list)!;
    if (state >= 0) return state;
    const numbers = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) numbers[i] = this.#number(list[i]);
    const number = this.#lists.length;
    this.#lists.push(numbers);
    this.#listState.set(list, number);
    return number;
  }

  #number(id: string): number {
    let number = this.#entityNumbers.get(id)!;
    if (number < 0) {
      number = this.#entityKeys.length;
      this.#entityNumbers.set(id, number);
      this.#entityKeys.push(id);
    }
    return number;
  }
}

/**
 * One scanned file's facts merged by their numbers: the file's entity, list and paper numbers mapped to the
 * library's, each once per file. Numbers are given in the order `add` gives them for the same facts as objects
 * (the subject, the object, then mediators and context, when a valid fact first names them), so the columns, the
 * indices and what inference derives are the same as for the facts read by the fast path.
 */
export class ScannedMerge {
  readonly #columns: MergeColumns;
  readonly #facts: ScannedFacts;
  /** The table's entity numbers, the library's (MergeColumns #tables). */
  readonly #entities: Int32Array;
  /** The table's lists, the library's numbers (MergeColumns #listTables). */
  readonly #lists: Int32Array;

  constructor(columns: MergeColumns, facts: ScannedFacts, entities: Int32Array, lists: Int32Array) {
    this.#columns = columns;
    this.#facts = facts;
    this.#entities = entities;
    this.#lists = lists;
    this.#lists[0] = 0;
  }

  #entityKnown(e: number): boolean {
    let number = this.#entities[e];
    if (number === -2) number = this.#entities[e] = this.#columns.entityKnown(this.#facts.entityKeys[e]) ? -3 : -1;
    return number !== -1;
  }

  /** Whether every entity fact n names is defined (the merge drops it otherwise). */
  known(n: number): boolean {
    const f = this.#facts;
    if (!this.#entityKnown(f.subjects[n])) return false;
    if (f.objects[n] >= 0 && !this.#entityKnown(f.objects[n])) return false;
    return this.#listIsKnown(f.mediators[n]) && this.#listIsKnown(f.contexts[n]);
  }

  #listIsKnown(list: number): boolean {
    let state = this.#lists[list];
    if (state === -2) {
      state = -3;
      const members = this.#facts.lists[list];
      for (let i = 0; i < members.length; i++) if (!this.#entityKnown(members[i])) state = -1;
      this.#lists[list] = state;
    }
    return state !== -1;
  }

  #number(e: number): number {
    let number = this.#entities[e];
    if (number < 0) number = this.#entities[e] = this.#columns.entityNumber(this.#facts.entityKeys[e])!;
    return number;
  }


  #listNumber(list: number): number {
    let number = this.#lists[list];
    if (number < 0) {
      const members = this.#facts.lists[list];
      const numbers = new Int32Array(members.length);
      for (let i = 0; i < members.length; i++) numbers[i] = this.#number(members[i]);
      number = this.#lists[list] = this.#columns.addList(numbers);
    }
    return number;
  }

  /** Adds fact n (`known` said yes, its paper exists) with `paper` the library's number of its paper. */
  add(n: number, paper: number): void {
    const f = this.#facts;
    const subject = this.#number(f.subjects[n]);
    const object = f.objects[n] >= 0 ? this.#number(f.objects[n]) : -1;
    const mediators = this.#listNumber(f.mediators[n]);
    const contexts = this.#listNumber(f.contexts[n]);
    this.#columns.addNumbers(paper, f.flags[n] & 15, subject, object, mediators, contexts);
  }
}

/** The table's numbers in `tables`, made (filled with `empty`) or grown to the table's length. */
function grownTable<K extends { length: number }>(tables: Map<K, Int32Array>, table: K, empty: number): Int32Array {
  let numbers = tables.get(table);
  if (!numbers || numbers.length < table.length) {
    const grown = new Int32Array(table.length).fill(empty);
    if (numbers) grown.set(numbers);
    numbers = grown;
    tables.set(table, numbers);
  }
  return numbers;
}
