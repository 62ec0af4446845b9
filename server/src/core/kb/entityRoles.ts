// What the checking path asks of the index by entity (knowledgeBase.ts factsByEntity) without the index: whether a
// stated fact names an entity at all (scope.ts, analyzeBlock.ts, explain.ts) and whether one names it as a
// mediator (hasFindings). A byte per entity slot, one pass over the facts' numbers: the index itself, every fact
// grouped by every entity it names (~2.9M entries for the 1M-fact library), is then made only when hover,
// completion or factsSetIn first reads it, not on the load (issue 10).
import type { FactColumns } from './librarySnapshot';

/** A stated fact names the entity, in any role (subject, object, mediator, context). */
export const namedInFacts = 1;
/** A stated fact names the entity as a mediator. */
export const mediatorInFacts = 2;

/**
 * The roles of each entity slot (0 .. slotCount - 1) in the stated facts: the columns' facts (their entity numbers
 * are the slots), then the facts after them, given as `named` (slot, fact) pairs for every entity a fact names and
 * their mediators as `lists[mediatorLists[n]]` for n in [from, to).
 */
export function entityRoles(slotCount: number, columns: FactColumns | undefined, named: readonly number[], lists: readonly Int32Array[], mediatorLists: Int32Array, from: number, to: number): Uint8Array {
  const roles = new Uint8Array(slotCount);
  if (columns) {
    const { subjects, objects, mediators, contexts } = columns;
    // A list's roles once (the facts share a few thousand lists), then its members marked once.
    const listRoles = new Uint8Array(columns.lists.length);
    for (let n = 0; n < columns.count; n++) {
      roles[subjects[n]] |= namedInFacts;
      const object = objects[n];
      if (object >= 0) roles[object] |= namedInFacts;
      listRoles[mediators[n]] |= namedInFacts | mediatorInFacts;
      listRoles[contexts[n]] |= namedInFacts;
    }
    for (let i = 0; i < listRoles.length; i++) {
      const role = listRoles[i];
      if (role === 0) continue;
      const members = columns.lists[i];
      for (let j = 0; j < members.length; j++) roles[members[j]] |= role;
    }
  }
  for (let i = 0; i < named.length; i += 2) roles[named[i]] |= namedInFacts;
  for (let n = from; n < to; n++) {
    const members = lists[mediatorLists[n]];
    for (let j = 0; j < members.length; j++) roles[members[j]] |= mediatorInFacts;
  }
  return roles;
}
