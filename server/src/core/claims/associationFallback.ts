// A clinical association the verb reading leaves unread: "X activation (A loss and/or B mutation) was
// associated with poorer response and shorter survival", where a bracketed definition or a fronted setting
// stands between the marker and its cue. Abstracts read these with kb/clinicalAssociation.ts; a draft
// sentence that yields no claim at all is read the same way, so the writer's restatement meets the
// abstract's finding in the same terms (the marker's state and the outcome's bad end decide the direction).
import { clinicalAssociationsIn } from '../kb/clinicalAssociation';
import { associationTurnedAt } from '../kb/outcomes';
import { associationNouns, associationParticipleList } from './vocabulary';
import { type Construction, mentionsIn, claimOf } from './construction';
import type { ExtractedClaim } from './extract';

export const associationFallback: Construction = {
  name: 'association-fallback',
  reads: '"X (A loss or B mutation) was associated with shorter survival", read by nothing else: X goes with survival, the bad end turning it round',
  // The cue words of kb/clinicalAssociation.ts: the association wordings' participles and nouns (vocabulary.ts).
  triggers: [...associationParticipleList, ...associationNouns, 'prognostic', 'predict', 'risk', 'indicator', 'affected'],
  example: 'Snail activation (vimentin gain or E-cadherin loss) was associated with shorter overall survival.',
  expected: ['NCBIGENE_6615 associated-with(negative) OVERALL_SURVIVAL'],
  apply(claims, sentence) {
    if (claims.length > 0) return claims;
    const { text, start, end, kb } = sentence;
    const inSentence = mentionsIn(sentence);
    const read: ExtractedClaim[] = [];
    // A fronted setting ("In disease treated with D, ...") holds the patients, not a marker.
    const fronted = /^\s*(?:In|Among|For|Within|Across)\b[^,;]*,/.exec(text.slice(start, end));
    const settingEnd = fronted ? start + fronted[0].length : start;
    for (const a of clinicalAssociationsIn(text, start, end, inSentence, kb)) {
      if (a.polarity === 'none' || a.subject.start < settingEnd || a.object.start < settingEnd) continue;
      // The association module names the outcome as written; its bad end ("shorter survival") turns it round here,
      // as the abstract reader does for the facts it keeps.
      const polarity = associationTurnedAt(a.subject, a.object, kb, text, start) ? (a.polarity === 'positive' ? 'negative' : 'positive') : a.polarity;
      read.push(claimOf(sentence, a.subject, 'associated-with', a.object, { polarity }));
    }
    return read;
  },
};
