// What the library holds, in the words the status bar and `claimlens kb` use: "12 papers, 9 with findings,
// 83 facts". Papers without findings are the ones whose claims cannot be checked.
import type { KnowledgeBase } from './knowledgeBase';

export function libraryCounts(kb: KnowledgeBase): string {
  const withFindings = [...kb.papers.keys()].filter((key) => kb.hasFactsFor(key)).length;
  return `${kb.papers.size} ${kb.papers.size === 1 ? 'paper' : 'papers'}, ${withFindings} with findings, ${kb.factCount} ${kb.factCount === 1 ? 'fact' : 'facts'}`;
}

/** Papers that have neither curated facts nor an abstract to read them from. */
export function papersWithoutAbstracts(kb: KnowledgeBase): string[] {
  return [...kb.papers.values()].filter((p) => !p.abstract && !kb.hasFactsFor(p.key)).map((p) => p.key);
}
