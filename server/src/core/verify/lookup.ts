// How verification finds facts in a large library: through the knowledge base's indices (kb/knowledgeBase.ts)
// instead of scanning every fact about a popular subject. Each function gives the answer its scan would give
// (candidateIndex.test.ts checks them against the scans on generated libraries); what counts as a match is
// verify.ts's business.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';

/**
 * Whether a fact about `subject` (factsAboutSubject) whose object answers for `object` (the same entity, a kind
 * of it, or a part of the same pathway: entity level >= 0) passes `test`. Looked up through the facts grouped
 * by object, from the smaller side. `acceptObject` narrows the objects that answer (verify.ts routeShown: not a
 * mere part of a pathway named as a route).
 */
export function someFactTo(kb: KnowledgeBase, subject: string, object: string, test: (fact: Fact) => boolean, acceptObject: (id: string) => boolean = () => true): boolean {
  const groups = kb.subjectFactsByObject(subject);
  const objects = kb.answeringFactEntities(object);
  if (objects.size < groups.size) {
    for (const id of objects) if (acceptObject(id) && groups.get(id)?.some(test)) return true;
    return false;
  }
  for (const [id, facts] of groups) if (objects.has(id) && acceptObject(id) && facts.some(test)) return true;
  return false;
}

/** The first `n` facts that pass `test`, in order (a popular subject has thousands: stop once there are enough). */
export function firstFacts(facts: readonly Fact[], n: number, test: (fact: Fact) => boolean): Fact[] {
  const found: Fact[] = [];
  for (let i = 0; i < facts.length && found.length < n; i++) if (test(facts[i])) found.push(facts[i]);
  return found;
}
