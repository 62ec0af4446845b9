// "Gastric tumours contain CAFs, which promote the proliferation of cancer cells": a relative clause on a name whose
// only place is cancer in general ("cancer cells", "tumour cells") speaks of the cells of the cancer named before it,
// where its antecedent lives (issue 7, stop 46: read in cancer in general, so the library's CAF finding in HCC backed a
// claim about gastric tumours, a false SUPPORTED). A relative clause that names a cancer of its own keeps it, and one
// that names no place already shares the sentence's (extract.ts contextOf).
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { genericCancer } from '../verify/verify';
import type { Token } from './tokens';
import { relativePronouns as relativeWords } from './vocabulary';

/** Words that may stand between the relative word and its verb: "which also drive", "that may both promote". */
const betweenRelativeAndVerb = new Set(['also', 'both', 'all', 'may', 'might', 'can', 'could', 'further', 'thereby', 'then', 'in', 'turn', 'each', 'reportedly', 'likely']);

/** Examples, each a test (relativeInNamedCancer.test.ts): the sentence and the place of its relative clause's claim. */
export const relativeInNamedCancerExamples: readonly { example: string; place: string }[] = [
  { example: 'Gastric tumours contain CAFs, which promote the proliferation of cancer cells.', place: 'GASTRIC_CANCER' },
  { example: 'Oral tumours are rich in CAFs, which also suppress apoptosis of cancer cells.', place: 'ORAL_CANCER' },
];

/**
 * The place of a claim whose verb at `first` opens a relative clause (", which", "that") and whose own places are
 * only cancer in general: the named cancers before the relative word, if the sentence names any; else `context`.
 */
export function relativeInNamedCancer(tokens: readonly Token[], first: number, context: readonly EntityMention[], kb: KnowledgeBase): readonly EntityMention[] {
  if (context.length === 0 || !context.every((m) => genericCancer.has(m.entityId))) return context;
  let k = first - 1;
  while (k > 0 && tokens[k].kind === 'word' && betweenRelativeAndVerb.has(tokens[k].lower)) k--;
  if (k <= 0 || tokens[k].kind !== 'word' || !relativeWords.has(tokens[k].lower)) return context;
  // The antecedent is a name right before the relative word (past its comma): "CAFs, which", "fibroblasts that".
  const antecedent = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
  if (!antecedent || antecedent.kind !== 'entity') return context;
  const named: EntityMention[] = [];
  for (let j = 0; j < k; j++) {
    const mention = tokens[j].mention;
    if (tokens[j].kind !== 'entity' || !mention || genericCancer.has(mention.entityId)) continue;
    if (kb.entities.get(mention.entityId)?.type === 'disease' && kb.isA(mention.entityId, 'CANCER')) named.push(mention);
  }
  return named.length > 0 ? named : context;
}
