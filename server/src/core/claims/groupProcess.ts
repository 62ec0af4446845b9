// A group named by a gene's loss, then a verb of what cells do and how much of it: "Cells lacking X migrated faster
// than controls", "X-deficient cells invaded less", "Clones expressing dominant-negative X proliferated more slowly",
// "X knockdown cells failed to invade". Cell-biology papers report a Transwell or growth assay this way, with the
// process named by its verb (no noun "migration" for the reader to take as an object) and the direction by a
// comparative after it. The loss turns it round: cells without X migrating faster say X holds migration back
// (issue 7, stop 35: these read nothing). The group is read as manipulatedGroup.ts reads it (manipulationOf: "X-silenced
// cells", "cells lacking X", "cells expressing dn X"; vocabulary.ts lossWording). A second name after the comparative
// ("faster than cells lacking Y") compares two groups, and a denied comparative ("did not migrate faster") says
// nothing of a direction: both read nothing.
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { addingWith, newPairs, type Construction, contextMentions, mentionsIn, claimOf, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { manipulationOf } from './manipulatedGroup';

/** The verbs of what cells (or tumours) do, by the process they name; "grew" is the cells' proliferation, a tumour's growth. */
export const processVerbs: readonly { forms: readonly string[]; process: string; ofTumours?: string }[] = [
  { forms: ['migrated', 'migrate', 'migrates'], process: 'CELL_MIGRATION' },
  { forms: ['invaded', 'invade', 'invades'], process: 'CELL_INVASION' },
  { forms: ['proliferated', 'proliferate', 'proliferates'], process: 'CELL_PROLIFERATION' },
  { forms: ['metastasized', 'metastasised', 'metastasize', 'metastasise', 'metastasizes', 'metastasises'], process: 'METASTASIS' },
  { forms: ['survived', 'survive', 'survives'], process: 'CELL_SURVIVAL' },
  { forms: ['grew', 'grow', 'grows'], process: 'CELL_PROLIFERATION', ofTumours: 'TUMOR_GROWTH' },
];
/** The degree after the verb: more of the process, or less (tried first: "more slowly" is less). An intensifier may stand before it ("significantly faster"). */
export const more = String.raw`more|faster|further|better|longer|more\s+(?:rapidly|quickly|efficiently|readily|aggressively|extensively|strongly|actively|avidly|vigorously)|to\s+a\s+(?:greater|larger)\s+extent`;
export const less = String.raw`less|slower|poorly|more\s+slowly|less\s+(?:rapidly|quickly|efficiently|readily|aggressively|extensively|strongly|actively|well)|to\s+a\s+(?:lesser|smaller)\s+extent|barely|hardly`;
const allForms = processVerbs.flatMap((row) => row.forms).join('|');
/**
 * Right after the group: an adverb, a modal ("may migrate": the sentence's hedge), the verb, an intensifier and the
 * degree; or a denial and the bare verb ("failed to invade").
 */
const degreeAfterVerb = new RegExp(String.raw`^\s*,?\s*(?:(?:also|then|consistently|clearly|\w+ly)\s+)?(?:(?:may|might|could|can|would|will|should|tend\s+to|tended\s+to|appear\s+to|appeared\s+to|seem\s+to|seemed\s+to)\s+)?(${allForms})\s+(?:(?:significantly|markedly|much|far|considerably|substantially|slightly|dramatically|notably|even|about|nearly|roughly|\w+ly)\s+)?(?:(${less})|(${more}))(?![\p{L}])`, 'iu');
const deniedVerb = new RegExp(String.raw`^\s*,?\s*(?:did\s+not|could\s+not|cannot|can\s+not|failed\s+to|(?:were|was)\s+(?:unable|not\s+able)\s+to|no\s+longer)\s+(${allForms})(?![\p{L}])(?!\s+(?:${more}|${less})(?![\p{L}]))`, 'iu');
/** Group nouns of tumours, for "grew". */
const tumourGroup = /\b(?:tumou?rs|xenografts)\b/i;

/**
 * A verb of the table as a whole word's end (not "grow" of "growth"): both readings need one inside the sentence.
 * Asked first, it rules out the sentences the trigger words let through for "growth" (760 of a 100k-word thesis's,
 * 90 µs each in the bench's cost table, none read; issue 10, stop 40).
 */
const anyVerb = new RegExp(String.raw`(?:${allForms})(?![\p{L}])`, 'iu');

export function groupProcessClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, end, kb } = sentence;
  if (!anyVerb.test(text.slice(sentence.start, end))) return [];
  const inSentence = mentionsIn(sentence);
  const out: ExtractedClaim[] = [];
  for (const m of inSentence) {
    if (!isMarkerType(kb.entities.get(m.entityId)?.type ?? '')) continue;
    const manipulation = manipulationOf(sentence, m, end);
    if (!manipulation) continue;
    const rest = text.slice(manipulation.end, end);
    const graded = degreeAfterVerb.exec(rest);
    const denied = graded ? undefined : deniedVerb.exec(rest);
    const match = graded ?? denied;
    if (!match) continue;
    const degree = graded ? (graded[3] !== undefined ? 1 : -1) : -1;
    // A second name after the verb compares two groups ("faster than cells lacking Y"): no direction of X's alone.
    const after = manipulation.end + match.index + match[0].length;
    if (inSentence.some((o) => o.start >= after && o.entityId !== m.entityId && isMarkerType(kb.entities.get(o.entityId)?.type ?? ''))) continue;
    const verb = match[1].toLowerCase();
    const row = processVerbs.find((r) => r.forms.includes(verb))!;
    // The group's noun stands before the name ("tumours lacking X") or after it ("X-deficient xenografts").
    const process = row.ofTumours && tumourGroup.test(text.slice(Math.max(sentence.start, m.start - 40), manipulation.end)) ? row.ofTumours : row.process;
    if (!kb.entities.has(process)) continue;
    const at = manipulation.end + match.index + match[0].indexOf(match[1]);
    const object: EntityMention = { entityId: process, start: at, end: at + match[1].length, text: match[1] };
    const sign = manipulation.sign * degree;
    out.push(claimOf(sentence, m, sign > 0 ? 'increases' : 'decreases', object, { inverted: manipulation.sign < 0, context: contextMentions(sentence, [m.entityId]), start: m.start, end: manipulation.end + match.index + match[0].length }));
  }
  return out;
}

export const groupProcess: Construction = {
  name: 'group-process',
  reads: '"cells lacking X migrated faster than controls": X lowers migration; "X-deficient cells failed to invade": X raises invasion',
  triggers: processVerbs.flatMap((row) => row.forms),
  example: 'Cells lacking STAT3 invaded far less than control cells.',
  expected: ['STAT3 increases CELL_INVASION'],
  // Only where the reader read nothing of the gene on that process.
  apply: addingWith((sentence, claims) => newPairs(groupProcessClaims(sentence), claims)),
};
