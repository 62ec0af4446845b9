// Stop 49 (h-leads49): what a binding named as the subject starts or blocks is the first partner's.
// - "X binding to its receptor initiates Y": "initiates" is a verb of cause (vocabulary.ts); with no verb read there,
//   the binding's own word reached past its partner ("IL-11 binds STAT3"), which nominalBinding.ts now drops.
// - "D binding to T blocks Y": a drug bound to a molecule is the agent (nominalBinding.ts drugMoleculePairs); bound to
//   a target the data gives it (its stand-ins) the binding is what the drug is: no route, no claim of its own. The
//   verb's reader had taken the receptor ("IL-6R inhibits STAT3", a false contradiction).
// Sentences of our own, one construction each.
import { readingTable } from './helpers';

readingTable('binding agent49', 'a ligand bound to its receptor initiates an event', [
  ['IL-11 binding to IL-11Rα initiates STAT3 activation.', ['IL11 binds IL11RA', 'IL11 induces STAT3'], 'supported'],
  ['Binding of IL-6 to gp130 initiated STAT3 phosphorylation in HCC cells.', ['IL6 binds GP130 [ctx HCC]', 'IL6 induces STAT3 [ctx HCC]'], 'supported'],
  // A verb the reader has no word for: the binding alone, never the binding's word read again past the partner.
  ['IL-11 binding to gp130 starts STAT3 phosphorylation.', ['IL11 binds GP130'], 'unsupported/no-evidence'],
]);

readingTable('binding agent49', 'a drug bound to its target: the drug acts, with no route', [
  ['Sarilumab binding to IL-6R prevents STAT3 activation.', ['SARILUMAB inhibits STAT3'], 'supported'],
  ['NT157 binding to IGF-1R blocks STAT3 activation.', ['NT157 inhibits STAT3'], 'supported'],
  // Near miss: a molecule the data does not name as the drug's target stays the route.
  ['Sarilumab binding to gp130 blocks STAT3 activation.', ['SARILUMAB inhibits STAT3 via GP130'], 'unsupported/no-evidence'],
]);

readingTable('binding agent49', 'near misses: "initiating" and a plan are no cause', [
  ['Tumour-initiating cells express IL-6.', [], 'unsupported/no-evidence'],
]);
