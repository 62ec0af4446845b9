// Issue 7 (stop 48, h-w25b48): receptorOf.ts. "X is the receptor (binding subunit, co-receptor) for Y": X binds Y.
// Sentences of our own, with the bundled library's verdict (it reports IL-6R binding IL-6, and nothing of IL-6R and
// IL-11), and the near misses: a denial, a partner the library does not pair, a place or process after the noun, a
// receptor shared by two ligands (no partner right after the preposition).
import { readingTable } from './helpers';

const table = (name: string, cases: Parameters<typeof readingTable>[2]): void => readingTable('receptor of', name, cases);

table('a molecule named the receptor of another binds it', [
  ['IL-6R is the binding subunit specific to IL-6.', ['IL6R binds IL6'], 'supported'],
  ['IL-6R serves as the receptor for IL-6.', ['IL6R binds IL6'], 'supported'],
  ['Notably, IL-6R acts as the high-affinity receptor of IL-6.', ['IL6R binds IL6'], 'supported'],
]);

table('near misses', [
  // The wrong ligand: read, and unsupported.
  ['IL-6R is the receptor for IL-11.', ['IL6R binds IL11'], 'unsupported/no-evidence'],
  // A denial reads nothing of the pair.
  ['IL-6R is not the receptor for IL-11.', [], 'unsupported/no-evidence'],
  // A receptor of cells or of a process names no partner molecule.
  ['IL-6R is a receptor of hepatocytes.', [], 'unsupported/no-evidence'],
  // Two ligands after a verb of sharing: no partner right after the preposition.
  ['gp130 is a receptor subunit shared by IL-6 and IL-11.', [], 'unsupported/no-evidence'],
  // A relative clause on the partner carries the claim; the receptor phrase only describes (classAsPredicate.ts).
  ['IL-11Rα is a receptor for IL-11, which drives invasion.', ['IL11 promotes CELL_INVASION'], 'supported'],
]);
