// The disease a therapy is aimed at, named in a predicate of its own after "and" (issue 7, stop 48, h-w25b48).
// "CAFs promote tumour progression and have become a focus of targeted therapy of oesophageal cancer": the second
// predicate's places are its own (extract.ts detachedPredicates: "and has been found in various tumours" says where X
// was found, not where it promotes), but a named cancer given as what the therapy (treatment, target) is for is the
// field the writer speaks in, the whole sentence's setting: the labelling guideline's context is the sentence's, and a
// finding made in another cancer is then a finding elsewhere (other-context), not support.
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { EntityMention } from '../entities/recognize';
import { cancerClassIds } from './roles';
import type { Token } from './tokens';

/** Nouns of treatment whose "of / in / for" names the disease treated: "therapy of", "a target in", "treatment for". */
export const therapyNouns: ReadonlySet<string> = new Set(['therapy', 'therapies', 'treatment', 'treatments', 'target', 'targets', 'therapeutics', 'intervention', 'interventions']);
const fieldPrepositions: ReadonlySet<string> = new Set(['of', 'in', 'for', 'against']);

/**
 * Whether the mention starting at token k is a named disease (not cancer as a class, "in many cancers") right after a
 * therapy noun and its preposition: "targeted therapy of oesophageal cancer", "a therapeutic target in gastric cancer",
 * "treatment for HCC". A determiner may stand between ("the treatment of the disease" names none).
 */
export function therapyFieldAt(tokens: readonly Token[], k: number, mention: EntityMention, kb: KnowledgeBase): boolean {
  if (kb.entities.get(mention.entityId)?.type !== 'disease' || cancerClassIds.has(mention.entityId)) return false;
  let p = k - 1;
  if (tokens[p]?.lower === 'the') p--;
  if (!fieldPrepositions.has(tokens[p]?.lower ?? '')) return false;
  return therapyNouns.has(tokens[p - 1]?.lower ?? '');
}
