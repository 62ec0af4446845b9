// Whether a bound partner is the ligand's own receptor: "IL-11 binding to IL-11Rα triggers STAT3 activation" says how
// IL-11 acts, not that it acts through a route a finding must show (stop 48, the lead's policy decision). Only the
// data says which receptor is whose, never a list here: the entity's `receptors` (IL-11 -> IL-11Rα, gp130; a family's
// receptors are its members': the IL-6 family -> gp130), or a library finding that the ligand binds the receptor.
// Any other protein bound ("IL-6 binding to IL-11Rα", "ATF3 binding to the IL-6R promoter") stays a route.
import type { KnowledgeBase } from '../kb/knowledgeBase';

/** The kinds of entity that are ligands when the library says they bind a receptor (not a drug, not a factor bound to a gene). */
const ligandTypes: ReadonlySet<string> = new Set(['cytokine', 'growth-factor', 'protein-family']);

/** True when `receptor` (or the receptor it is a kind or a part of) is one the data names as `ligand`'s own. */
export function isOwnReceptor(kb: KnowledgeBase, ligand: string, receptor: string): boolean {
  if (ligand === receptor) return false;
  // "soluble IL-6R" is a form of IL-6Rα (its component), "IL-6Rα" a kind of a listed receptor family.
  const names = (listed: string): boolean => receptor === listed || kb.isA(receptor, listed) || kb.parts(receptor).has(listed);
  for (const kind of kb.ancestors(ligand)) {
    if (kb.entities.get(kind)?.receptors?.some(names)) return true;
  }
  const ligandType = kb.entities.get(ligand)?.type;
  if (!ligandType || !ligandTypes.has(ligandType) || kb.entities.get(receptor)?.type !== 'receptor') return false;
  return kb.factsAboutSubject(ligand).some((f) => f.relation === 'binds' && f.object !== undefined && names(f.object));
}
