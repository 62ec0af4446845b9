// A clause that refers back to the change before it: "one clone had markedly raised X, but this did not
// correlate with higher Y", "X rose in the tumours, which was associated with Y". "This" (or "which") is the
// change of the molecule the previous clause reported, so the association, or its denial, is that
// molecule's. The verb reading finds no subject in "this".
import type { EntityMention } from '../entities/recognize';
import { isMarkerType } from '../kb/clinicalAssociation';
import { addingWith, type Construction, claimOf } from './construction';
import type { ExtractedClaim } from './extract';
import { allMatches } from '../util/allMatches';
import { associationPrepositions, associationWordings } from './vocabulary';

/** The verbs of the referring clause (vocabulary.ts associationWordings): an intransitive one's finite forms, "this
 * correlated with", and every wording's participle, "this was linked to". */
const referringVerbs = associationWordings.flatMap((row) => (row.intransitive ? [row.third, row.participle, row.base] : [row.participle])).join('|');

/**
 * The referring clause: ", but this did not correlate with", "; this was associated with", ", which correlated with";
 * (stop 47) ", but it did not correlate with", ", but it showed no association with", and "but did not correlate with"
 * with no subject of its own: the denial is the marker's when a comparison ("higher in A than in B") or a disease read
 * as the level's partner ("IL-11 was raised in OSCC tissues") stood between, and no reading took it as the marker's.
 */
const referring =
  new RegExp(
    String.raw`(?:,\s*(?:but|and|yet)\s+|;\s*|,\s*|\s+but\s+(?=did\s+not|was\s+not|were\s+not|showed\s+no|had\s+no))(?:(?:this|which|these|it)\s+)?(?:(?:change|increase|rise|upregulation|finding)\s+)?(?:(?:(did\s+not|was\s+not|were\s+not|was|were|did|also|significantly)\s+)*(?:${referringVerbs})|(?:showed|had)\s+no\s+(?:significant\s+)?(?:association|correlation|relationship))\s+(?:${associationPrepositions.join('|')})\s+`,
    'gi',
  );

/** The clause names who correlates: a referring word, or "but" before a verb whose subject is the clause's own. */
const namesReferent = /\b(?:this|which|these|it)\s|\bbut\s+(?:did|was|were|showed|had)\b/i;

export const clauseAnaphora: Construction = {
  name: 'clause-anaphora',
  reads: '"X was markedly raised, but this did not correlate with higher Y": the denial (or the association) is X\'s',
  triggers: ['this', 'which', 'these', 'it', 'but'],
  example: 'One clone had markedly upregulated vimentin, but this did not correlate with higher invasion.',
  expected: ['NOT VIM associated-with(positive) CELL_INVASION'],
  apply: addingWith((sentence, claims) => {
    const { text, start, end, mentions, kb } = sentence;
    const added: ExtractedClaim[] = [];
    for (const match of allMatches(referring, text.slice(start, end))) {
      if (!namesReferent.test(match[0])) continue;
      const at = start + match.index;
      const after = at + match[0].length;
      const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
      const referent = [...mentions].reverse().find((m) => m.start >= start && m.end <= at && isMarkerType(typeOf(m)));
      // What it goes with: the first outcome, process or marker after the cue, up to the clause's end.
      const stop = /[;,.]/.exec(text.slice(after, end));
      const to = stop ? after + stop.index : end;
      const object = mentions.find((m) => m.start >= after && m.end <= to && m.entityId !== referent?.entityId && (isMarkerType(typeOf(m)) || ['process', 'phenotype', 'disease'].includes(typeOf(m))));
      if (!referent || !object) continue;
      if (claims.some((c) => c.subject.entityId === referent.entityId && c.object.entityId === object.entityId)) continue;
      const negated = /\b(?:not|no)\b/i.test(match[0]);
      added.push(claimOf(sentence, referent, 'associated-with', object, { polarity: 'positive', negated }));
    }
    return added;
  }),
};
