// Changes a cause leads to, each named by its direction: "X led to reduced A and increased B", "X resulted in
// lower levels of A and higher expression of B". The verb of effect is "led to" (no direction), the direction
// is the participle or comparative before each marker, so the verb reading finds none; each marker changes
// with the cause. A cause named as its loss ("knockdown of X", "silencing X", "X knockdown" led to ...) turns the changes round: they are
// what X's absence does. A protein variant written after the gene ("SMAD4 R361H led to ...") is that gene's.
import type { EntityMention } from '../entities/recognize';
import { markerLost } from '../kb/clinicalAssociation';
import { type Construction, mentionsIn, claimOf } from './construction';
import { samePair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { alternation, lossNounsAt, lossPatterns } from './vocabulary';

/** Between the cause and its markers: the verb of result and the first change's direction. */
/** (The nouns of a loss after the cause are vocabulary.ts lossWording's: "X knockdown led to ...".) */
const resultVerb = new RegExp(
  String.raw`^(?:\s+[A-Z]\d{1,4}[A-Z*])?(?:[\s-]+(?:mutant|variant|mutation|overexpression|expression|${alternation(lossNounsAt('after'))}))?\s+(?:(?:also|further|then|significantly)\s+)?(?:led|leads|leading|resulted|results|resulting)\s+(?:to|in)\s+(?:a\s+|an\s+)?(?:(?:significant|marked|substantial|strong|clear)(?:ly)?\s+)?$`,
);
/** The direction word before a marker, with what names the marker's amount between: "reduced expression of". */
const direction = /(?:^|\s)(?:(reduced|decreased|lower|diminished|attenuated|suppressed|downregulated|down-regulated)|(increased|elevated|higher|enhanced|upregulated|up-regulated))\s+(?:(?:mRNA\s+|protein\s+)?(?:expression|levels?|amounts?|abundance)\s+of\s+(?:the\s+)?)?$/i;
/** Between one change and the next: "and", a comma, or both. */
const nextChange = /^\s*(?:,\s*(?:and\s+)?|and\s+)/;
/** The cause named as its loss: "knockdown of X", "X silencing" is read by the general reader already. */
const lossBefore = lossPatterns.before;
/** Or after it: "X knockdown led to ...". */
const lossAfter = lossPatterns.after;

/** A relation that lowers its object. */
function lowers(relation: string): boolean {
  return relation === 'decreases' || relation === 'inhibits' || relation === 'suppresses' || relation === 'downregulates';
}

export const resultingChanges: Construction = {
  name: 'resulting-changes',
  reads: '"X led to reduced A and increased B": X lowers A and raises B',
  triggers: ['led ', 'leads', 'leading', 'result'],
  example: 'ZEB1 overexpression led to reduced levels of E-cadherin and increased levels of vimentin.',
  expected: ['ZEB1 decreases CDH1', 'ZEB1 increases VIM'],
  apply(claims, sentence) {
    const { text, start, end } = sentence;
    const inSentence = mentionsIn(sentence);
    const added: ExtractedClaim[] = [];
    for (let i = 0; i + 1 < inSentence.length; i++) {
      const cause = inSentence[i];
      const first = inSentence[i + 1];
      const between = text.slice(cause.end, first.start);
      // The verb, then the first direction: split where the direction word begins.
      const dir = direction.exec(between);
      if (!dir) continue;
      if (!resultVerb.test(between.slice(0, dir.index + (dir[0].startsWith(' ') ? 1 : 0)))) continue;
      // (A cause named by its lowered amount, "lower levels of X led to ...", is its loss too: the marker state
      // of kb/clinicalAssociation.ts, read before the cause only.)
      const loss = lossBefore.test(text.slice(Math.max(start, cause.start - 30), cause.start)) || lossAfter.test(between) || markerLost(text, cause, start, cause.end);
      const changes: { marker: EntityMention; down: boolean }[] = [{ marker: first, down: !!dir[1] }];
      for (let j = i + 2; j < inSentence.length; j++) {
        const gap = text.slice(inSentence[j - 1].end, inSentence[j].start);
        const link = nextChange.exec(gap);
        const next = link ? direction.exec(gap.slice(link[0].length)) : null;
        if (!link || !next || next.index !== 0) break;
        changes.push({ marker: inSentence[j], down: !!next[1] });
      }
      for (const { marker, down } of changes) {
        if (marker.entityId === cause.entityId) continue;
        const relation = down !== loss ? 'decreases' : 'increases';
        added.push(claimOf(sentence, cause, relation, marker, { inverted: loss }));
      }
      i += changes.length;
    }
    // The direction words decide: a verb reading's claim on the same pair the other way ("led to lower levels"
    // read as an induction) gives way; one that agrees stays, in place of the construction's.
    const agreeing = (a: ExtractedClaim) => claims.some((c) => samePair(a, c) && !c.negated && lowers(c.relation) === lowers(a.relation));
    const kept = added.filter((a) => !agreeing(a));
    return kept.length > 0 ? [...claims.filter((c) => !kept.some((a) => samePair(a, c))), ...kept] : claims;
  },
};
