// A molecule's level or activity compared across conditions, the molecule as the clause's subject and a verb of
// having or showing in place of a verb of change: "MMP-2 had less activity under hypoxia than under normoxia",
// "IL-11 showed higher expression in hypoxic cells", "STAT3 displayed increased phosphorylation under hypoxic
// conditions" (issue 7, stop 36: results prose reports a condition's effect this way). The condition is the agent
// and the molecule what changed: read by the general reader, the molecule became the subject acting on the
// condition ("MMP-2 decreases hypoxia"), or nothing was read. The baseline condition (normoxia, named by the
// condition it lacks) is neither agent nor context. Only a sentence with one condition that is not a baseline and
// no other agent; a molecule compared with another molecule ("than MMP-9") is a ranking, not a change, and is left.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { type Construction, mentionsIn, type SentenceSpan, claimOf, contextMentions, replacingWith } from './construction';
import type { ExtractedClaim } from './extract';

/**
 * After the molecule: a verb of having or showing, an amount, up to two describing words ("gelatinase", "mRNA"), the
 * measure, and "under"/"in"/"during" before the condition. Group 1 the denial, group 2 the amount.
 */
const levelAfter =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:protein|mRNA|gene)\s+)?(did\s+not\s+|does\s+not\s+)?(?:(?:also|consistently|clearly|then)\s+)?(?:had|has|have|showed|shows|show|displayed|displays|display|exhibited|exhibits|exhibit|possessed|retained|presented)\s+(?:(?:a|an|significantly|markedly|much|far|considerably|substantially|slightly|even|\d+(?:\.\d+)?-?fold)\s+)*(less|more|higher|lower|greater|increased|reduced|decreased|elevated|diminished|enhanced|weaker|stronger)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:activity|activities|expression|levels?|secretion|phosphorylation|production|abundance|activation|content)\s+(?:(?:both\s+)?(?:under|in|during|upon)\s+(?:the\s+)?)$/iu;
const risingWord = /^(?:more|higher|greater|increased|elevated|enhanced|stronger)$/i;
/** After the condition: nothing more than a comparison with a baseline, a place or the sentence's end. */
// ("than did MMP-2", "than was seen for MMP-2": the same ranking with the verb repeated, stop 37.)
const thanMolecule = /^\s*(?:conditions?\s+)?than\s+(?:(?:did|does|do|was|were|is|are|was\s+seen\s+for|were\s+seen\s+for)\s+)?(?:(?:that|those|the\s+level|the\s+levels)\s+of\s+)?(?:the\s+)?$/i;
/**
 * After the condition, a clause that takes the change back ("..., but not in our hands", "... in earlier reports, yet
 * not here"), and before the molecule a question ("whether", "if"): the sentence asserts no change (stop 37, precision
 * audit).
 */
const takenBack = /^[^.;]*?(?:,\s*|\s+)(?:but|yet|though|although|whereas|while)\s+(?:[\p{L}-]+\s+){0,3}?(?:not|no|never|neither)\b/iu;
/** Words of a treatment or a loss after the condition (treatedAfter). */
const treatment = /\b(?:when|once|after|upon|following|absence|presence|silenc\w*|knock(?:ed|ing)?[-\s]?(?:down|out)|knockdown|knockout|deplet\w*|inhibit\w*|treated|treatment|block\w*|si-?RNA|sh-?RNA|deficien\w*|lacking|without|neutrali[sz]\w*|overexpress\w*|transfect\w*|added|addition)\b/iu;
const askedBefore = /\b(?:whether|if)\b/i;

function read(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const typeOf = (m: EntityMention): string => kb.entities.get(m.entityId)?.type ?? '';
  const mentions = mentionsIn(sentence);
  const isBaseline = (m: EntityMention): boolean => kb.standIns(m.entityId).some((s) => s.inverted);
  const conditions = mentions.filter((m) => typeOf(m) === 'condition' && m.entityId !== 'TUMOR_MICROENVIRONMENT' && !isBaseline(m));
  if (new Set(conditions.map((m) => m.entityId)).size !== 1) return [];
  const found: ExtractedClaim[] = [];
  mentions.forEach((molecule, i) => {
    if (!isMarkerType(typeOf(molecule)) || typeOf(molecule) === 'condition') return;
    const condition = mentions.slice(i + 1).find((m) => m.start > molecule.end && typeOf(m) === 'condition');
    if (!condition || conditions[0].entityId !== condition.entityId) return;
    const match = levelAfter.exec(text.slice(molecule.end, condition.start));
    if (!match) return;
    // Another name between the molecule and the condition is another participant; a second molecule after "than"
    // makes a ranking of two molecules.
    if (mentions.some((m) => m.start > molecule.end && m.end <= condition.start)) return;
    const after = mentions.find((m) => m.start >= condition.end && isMarkerType(typeOf(m)) && typeOf(m) !== 'condition');
    if (after && thanMolecule.test(text.slice(condition.end, after.start))) return;
    // A second agent after the condition, lost or added ("when IL-11 was silenced", "in the absence of HIF-1α", "after
    // STAT3 knockdown"): the change is that of the cells so treated, not the condition's own (stop 37: "MMP-9 showed
    // lower activity under hypoxia when IL-11 was silenced" was read as hypoxia lowering MMP-9, a false contradiction).
    const treatedAfter = mentions.some((m) => m.start >= condition.end && m.entityId !== molecule.entityId && typeOf(m) !== 'condition' && isMarkerType(typeOf(m))) && treatment.test(text.slice(condition.end, sentence.end));
    if (treatedAfter) return;
    // (A contrast naming another molecule, "but this was not seen with E-cadherin", takes nothing back from this one.)
    const otherAfter = mentions.some((m) => m.start >= condition.end && m.entityId !== molecule.entityId && isMarkerType(typeOf(m)) && typeOf(m) !== 'condition');
    if ((!otherAfter && takenBack.test(text.slice(condition.end, sentence.end))) || askedBefore.test(text.slice(sentence.start, molecule.start))) return;
    // Another agent in the sentence (a drug, a cytokine before the molecule): the finding is its own.
    if (mentions.some((m) => m !== molecule && m.end <= molecule.start && isMarkerType(typeOf(m)) && typeOf(m) !== 'condition')) return;
    const context = contextMentions(sentence, [condition.entityId, molecule.entityId]).filter((m) => !(typeOf(m) === 'condition' && isBaseline(m)));
    found.push(claimOf(sentence, condition, risingWord.test(match[2]) ? 'increases' : 'decreases', molecule, {
      negated: match[1] !== undefined,
      context,
      start: molecule.start,
      end: condition.end,
    }));
  });
  return found;
}

export const levelUnderCondition: Construction = {
  name: 'level-under-condition',
  reads: '"MMP-9 had more activity under hypoxia than under normoxia": hypoxia raises MMP-9',
  triggers: ['had', 'has', 'have', 'show', 'display', 'exhibit', 'possess', 'retained', 'presented'],
  example: 'In MDA-MB-231 cells, MMP-9 showed higher activity under hypoxic conditions than under normoxic conditions.',
  expected: ['HYPOXIA increases MMP9 [ctx MDA_MB_231]'],
  apply: replacingWith(read),
};
