// A marker named by its loss in an association: "loss of nuclear SMAD4 was associated with invasion". The
// verb reading inverts "loss of X" next to the marker but not across a qualifier of where it is lost
// (nuclear, cytoplasmic, serum, protein); the clinical reading's marker state (kb/clinicalAssociation.ts)
// covers those, so an association whose subject was not inverted yet turns round here.
import { isMarkerType, markerLost } from '../kb/clinicalAssociation';
import type { Construction } from './construction';
import { clinicalGroups } from './cues';

/**
 * The marker names a group by its absence or low end: "STAT3-low tumours", "IL-11-negative cases", "X-deficient
 * carcinomas". "STAT3-low tumours were associated with poor prognosis" ties STAT3's absence to the outcome, the
 * other way round (stop 49: read as STAT3 going with poor prognosis, a false support; "STAT3-low tumours showed a poor
 * prognosis" was already read so by patientGroups.ts, whose state words these are).
 */
const lowNamedGroup = new RegExp(String.raw`^[-‐‑–−](?:negative|immunonegative|low|deficient|null|lost)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...clinicalGroups].join('|')})\b`, 'iu');

export const markerState: Construction = {
  name: 'marker-state',
  reads: '"loss of nuclear X was associated with Y": X goes with Y the other way',
  example: 'Loss of nuclear vimentin was associated with lymph node metastasis.',
  expected: ['VIM associated-with(negative) LYMPH_NODE_METASTASIS'],
  apply(claims, { text, start, end, kb }) {
    // Issue 10: no trigger words, so it ran on every sentence; only an association can change, so a sentence
    // without one is passed over before a copy of its claims is made.
    if (!claims.some((claim) => claim.relation === 'associated-with')) return claims;
    return claims.map((claim) => {
      if (claim.relation !== 'associated-with' || claim.inverted || claim.subject.start < start || claim.subject.end > claim.object.start) return claim;
      const subjectLost = markerLost(text, claim.subject, start, Math.min(end, claim.object.start)) || lowNamedGroup.test(text.slice(claim.subject.end, Math.min(end, claim.object.start)));
      // "Y was associated with low serum levels of X", "... with loss of nuclear X" (stop 48): a marker named by its
      // loss after the cue turns the association round as one before it does. Only an association still read
      // positive: the verb reader turns "decreased X", "loss of X" next to the marker itself (polarity negative).
      const objectLost = claim.polarity !== 'negative' && isMarkerType(kb.entities.get(claim.object.entityId)?.type ?? '') && markerLost(text, claim.object, claim.subject.end, end);
      if (subjectLost === objectLost) return claim;
      return { ...claim, polarity: claim.polarity === 'negative' ? 'positive' : 'negative', inverted: true };
    });
  },
};
