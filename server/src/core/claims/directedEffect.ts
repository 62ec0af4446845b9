// "X adversely affected survival", "X favourably influenced the outcome": a verb of effect without direction,
// directed by its adverb. On a patient outcome it is a prognostic association (the marker goes with the
// outcome), not an experiment, as clinical abstracts report it. On anything else the adverb says which way X moves
// it (issue 7, stop 36): "hypoxia negatively affects the efficacy of radiotherapy", "Y is adversely influenced by X",
// "X positively affects Y" are a fall and a rise, which a finding the other way contradicts (read as "regulates",
// every signed finding backed them). Only the adverbs of sign there: "favourably" and "beneficially" judge the
// change for the patient and say nothing of its direction on a process.
import { isFavourableOutcome } from '../kb/outcomes';
import type { Construction } from './construction';

const adverb = /\b(?:(adversely|negatively|unfavou?rably|detrimentally)|(favou?rably|positively|beneficially))\s+(?:affect|influenc|impact)\w*\s+(?:the\s+)?$/i;
/** Between the two names, in either voice: "negatively affects", "is adversely affected by". */
const signedAdverb = /\b(?:(adversely|negatively|detrimentally)|(positively))\s+(?:affect|influenc|impact)\w*\b/i;

export const directedEffect: Construction = {
  name: 'directed-effect',
  reads: '"X adversely affected survival": X goes with worse survival; "Y is negatively affected by X": X lowers Y',
  example: 'High vimentin expression adversely affected overall survival.',
  expected: ['VIM associated-with(negative) OVERALL_SURVIVAL'],
  triggers: ['affect', 'influenc', 'impact'],
  apply(claims, { text, kb }) {
    return claims.map((claim) => {
      if (claim.relation !== 'regulates') return claim;
      if (isFavourableOutcome(claim.object.entityId, kb)) {
        if (claim.object.start <= claim.subject.end) return claim;
        const direction = adverb.exec(text.slice(Math.max(claim.subject.end, claim.object.start - 60), claim.object.start));
        if (!direction) return claim;
        const sign = (direction[1] ? -1 : 1) * (claim.inverted ? -1 : 1);
        return { ...claim, relation: 'associated-with', polarity: sign > 0 ? 'positive' : 'negative' };
      }
      const [first, second] = claim.subject.start < claim.object.start ? [claim.subject, claim.object] : [claim.object, claim.subject];
      const between = text.slice(first.end, second.start);
      if (between.length > 80) return claim;
      const direction = signedAdverb.exec(between);
      if (!direction) return claim;
      const sign = (direction[1] ? -1 : 1) * (claim.inverted ? -1 : 1);
      return { ...claim, relation: sign > 0 ? 'increases' : 'decreases' };
    });
  },
};
