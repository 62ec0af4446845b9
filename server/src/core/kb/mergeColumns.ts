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
import type { FactColumns } from './librarySnapshot';
import type { Fact } from './schema';

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
    this.#subjects[n] = this.#number(fact.subject);
    this.#objects[n] = fact.object ? this.#number(fact.object) : -1;
    this.#mediators[n] = this.#listNumber(fact.mediators);
    this.#contexts[n] = this.#listNumber(fact.context);
  }

  columns(): FactColumns {
    const count = this.#count;
    return {
      count, entityKeys: this.#entityKeys, paperKeys: this.#paperKeys, lists: this.#lists,
      subjects: this.#subjects.subarray(0, count), objects: this.#objects.subarray(0, count), mediators: this.#mediators.subarray(0, count),
      contexts: this.#contexts.subarray(0, count), papers: this.#papers.subarray(0, count),
    };
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
