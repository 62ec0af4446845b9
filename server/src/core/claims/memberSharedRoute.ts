// A family membership that says how the member signals: "X belongs to the F family, whose members share Y", "X is one of
// the F cytokines, all of which use Y", "X is a member of the F family, defined by their common use of Y". The labelling
// guideline reads such a sentence by what it asserts of X: X signals through Y, the receptor or transducer the family
// shares (the reader already reads "..., which all signal through Y" from its verb). Without this reading the claimless
// membership is a definition (verify/scope.ts), and the sentence no finding. A plain membership with no shared
// component ("X is a member of the F family") stays a definition; a shared likeness ("share homology with Y") is no
// route, so only words that describe a receptor may stand between the verb and Y.
import type { EntityMention } from '../entities/recognize';
import { claimOf, type Construction, isMoleculeMention, mentionListTo, mentionsIn, replacingWith, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { membershipSource, membershipWords } from './membership';

/** The membership: "is a member of", "is one of", "belongs to", "is grouped in" (the shared word class, membership.ts). */
const membership = membershipSource('all');
/** The family after it: up to a few words ending in a family or class noun ("the IL-6 family of cytokines", "the gp130 cytokines"). */
const family = String.raw`(?:the\s+)?[^,.;:]{0,60}?\b(?:family|superfamily|subfamily|cytokines|chemokines|ligands|growth\s+factors)(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:cytokines|ligands|proteins|factors))?`;
/** What ties the shared component to the family: a relative, "all of which", a participle of definition. */
const link = String.raw`(?:(?:that|which)\s+(?:(?:is|are)\s+)?(?:(?:defined|characteri[sz]ed|united|unified)\s+by)|(?:defined|characteri[sz]ed|united|unified)\s+by|whose\s+members|all\s+of\s+which|that|which)`;
/** The sharing: a verb of use or sharing, or its noun ("their common use of"). */
const sharing = String.raw`(?:all\s+)?(?:also\s+)?(?:share|shares|use|uses|utili[sz]e|utili[sz]es|employ|employs|signal\s+(?:through|via)|(?:the|their)\s+(?:common|shared|joint)\s+(?:use|usage|utili[sz]ation)\s+of)`;
/** Words that describe the shared receptor or transducer before its name ("the common signal-transducing subunit"). */
const receptorWords = String.raw`(?:(?:the|a|an|their|its|common|shared|same|signal|signalling|signaling|signal-transducing|transducer|transducing|receptor|receptors|subunit|chain|co-receptor|coreceptor|component|glycoprotein|commonality|in)\s+){0,6}`;

/** What a family shares as its way in: a receptor or transducer (a kinase: "all of which use JAK1"), never a transcription factor named as a likeness. */
const routeTypes: ReadonlySet<string> = new Set(['receptor', 'protein', 'kinase']);
/** From the member's end to the shared component's start. */
const memberToRoute = new RegExp(String.raw`^\s*(?:\([^()]*\)\s*)?,?\s*${membership}\s+${family}\s*,?\s*${link}\s+${sharing}\s+${receptorWords}$`, 'i');
/** Between members of a list of members (construction.ts mentionListTo): commas, "and". */
const listGap = /^\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:and\s+)?$/i;

function read(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const found: ExtractedClaim[] = [];
  const typeOf = (m: EntityMention): string | undefined => kb.entities.get(m.entityId)?.type;
  for (let r = 1; r < inSentence.length; r++) {
    const route = inSentence[r];
    if (!routeTypes.has(typeOf(route) ?? '')) continue;
    for (let i = r - 1; i >= 0; i--) {
      const member = inSentence[i];
      if (!memberToRoute.test(text.slice(member.end, route.start))) continue;
      // The member and the members listed before it, "A and B belong to ...".
      for (const m of mentionListTo(text, inSentence, i, listGap).list) {
        // A molecule (construction.ts isMoleculeMention), never the family itself.
        if (m.entityId === route.entityId || !isMoleculeMention(m.entityId, kb) || typeOf(m) === 'protein-family') continue;
        found.push(claimOf(sentence, m, 'signals-through', route, { start: m.start, end: route.end }));
      }
      break;
    }
  }
  return found;
}

export const memberSharedRoute: Construction = {
  name: 'member-shared-route',
  reads: '"X belongs to the F family, whose members share Y", "X is one of the F cytokines, all of which use Y": X signals through Y',
  triggers: membershipWords('all'),
  example: 'IL-11 belongs to the IL-6 family, whose members all share the gp130 subunit.',
  expected: ['IL11 signals-through GP130'],
  apply: replacingWith(read),
};
