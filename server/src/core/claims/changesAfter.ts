// Changes reported after a cause, with the changes first: "significant reductions in A, B and C expression
// were seen after X", "increases in A and B were observed following X treatment". Each marker of the list
// changes with the cause; the noun of change gives the direction. The verb reading finds no verb of effect
// here, and the frame of one change after its cause stops at the list's commas.
import { type Construction, mentionsIn, claimOf, mentionListFrom } from './construction';
import { isPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { namedAsLost } from './lossClause';

// Also the nouns of induction and suppression: "induction of IGF-1 followed IL-6 exposure".
const change = /\b(?:(reductions?|decreases?|declines?|falls?|drops?|losses|downregulation|down-regulation|suppression)|(increases?|elevations?|rises?|gains?|inductions?|upregulation|up-regulation|accumulation))\s+(?:in|of)\s+(?:the\s+)?$/i;
/** After the list: "(expression|levels) were seen after", "was observed following treatment with". */
/** Or the active "followed": "a sharp rise in A followed X treatment" (not "was followed by", the cause after). */
const afterList = /^\s*(?:(?:mRNA|protein|expression|levels?|phosphorylation|activity)\s+){0,2}(?:(?:were|was)\s+(?:(?:also|consistently|clearly)\s+)?(?:seen|observed|found|noted|detected|measured|reported)\s+(?:after|following|upon)|(?:(?:also|consistently|rapidly|quickly|promptly|soon|shortly|closely|invariably)\s+)?followed)\s+(?:(?:treatment|exposure|incubation|therapy|stimulation)\s+(?:with|to)\s+)?(?:the\s+)?$/i;

const listGap = /^\s*(?:,\s*(?:[\p{L}\p{N}\/-]+\s*,\s*){0,2}(?:and\s+|or\s+)?|and\s+|or\s+)$/u;

export const changesAfter: Construction = {
  name: 'changes-after',
  reads: '"reductions in A, B and C were seen after X": X lowers A, B and C',
  triggers: ['after', 'following', 'upon', 'followed'],
  example: 'Marked reductions in vimentin, Snail and MMP-9 expression were observed after trametinib treatment.',
  expected: ['DRUG_TRAMETINIB decreases MMP9', 'DRUG_TRAMETINIB decreases NCBIGENE_6615', 'DRUG_TRAMETINIB decreases VIM'],
  apply(claims, sentence) {
    const { text, start } = sentence;
    const inSentence = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (let i = 0; i < inSentence.length; i++) {
      const head = change.exec(text.slice(Math.max(start, inSentence[i].start - 40), inSentence[i].start));
      if (!head) continue;
      // The list: mentions one comma or "and" apart; a name the lexicon does not know may stand among them.
      const { list, next: j } = mentionListFrom(text, inSentence, i, listGap);
      const cause = inSentence[j];
      if (!cause || !afterList.test(text.slice(list[list.length - 1].end, cause.start))) continue;
      // "... were seen after X knockdown (after X was silenced)": the changes are the loss's, turned round for X.
      const lost = namedAsLost(text, cause);
      const relation = (head[1] !== undefined) !== lost ? 'decreases' : 'increases';
      for (const marker of list) {
        if (claims.some((c) => isPair(c, cause.entityId, marker.entityId) && c.inverted === lost)) continue;
        added.push(claimOf(sentence, cause, relation, marker, { start: Math.min(marker.start, cause.start), end: cause.end, inverted: lost }));
      }
      i = j;
    }
    if (added.length === 0) return claims;
    // A reading of the same pair that took the loss for the agent gives way.
    const lostPairs = new Set(added.filter((c) => c.inverted).map((c) => c.subject.entityId + '>' + c.object.entityId));
    return [...claims.filter((c) => !lostPairs.has(c.subject.entityId + '>' + c.object.entityId) || c.inverted), ...added];
  },
};
