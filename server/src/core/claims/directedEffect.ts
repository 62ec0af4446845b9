// "X adversely affected survival", "X favourably influenced the outcome": a verb of effect without direction,
// directed by its adverb. On a patient outcome it is a prognostic association (the marker goes with the
// outcome), not an experiment, as clinical abstracts report it.
import { isFavourableOutcome } from '../kb/outcomes';
import type { Construction } from './construction';

const adverb = /\b(?:(adversely|negatively|unfavou?rably|detrimentally)|(favou?rably|positively|beneficially))\s+(?:affect|influenc|impact)\w*\s+(?:the\s+)?$/i;

export const directedEffect: Construction = {
  name: 'directed-effect',
  reads: '"X adversely affected survival": X goes with worse survival',
  example: 'High vimentin expression adversely affected overall survival.',
  expected: ['VIM associated-with(negative) OVERALL_SURVIVAL'],
  triggers: ['affect', 'influenc', 'impact'],
  apply(claims, { text, kb }) {
    return claims.map((claim) => {
      if (claim.relation !== 'regulates' || claim.object.start <= claim.subject.end || !isFavourableOutcome(claim.object.entityId, kb)) return claim;
      const direction = adverb.exec(text.slice(Math.max(claim.subject.end, claim.object.start - 60), claim.object.start));
      if (!direction) return claim;
      const sign = (direction[1] ? -1 : 1) * (claim.inverted ? -1 : 1);
      return { ...claim, relation: 'associated-with', polarity: sign > 0 ? 'positive' : 'negative' };
    });
  },
};
