// "X promoted migration without affecting proliferation": the clause after "without" has the main clause's
// subject, not the nearest entity before it (the reader's verb reading takes "migration" as its subject).
import type { Construction } from './construction';

const without = /^[^.;]{0,60}?\bwithout\s+(?:significantly\s+)?[\p{L}-]+ing\b/iu;

export const withoutClause: Construction = {
  name: 'without-clause',
  reads: '"X raised Y without affecting Z": X did not change Z (not Y)',
  example: 'Trametinib promoted apoptosis and autophagy without affecting cell proliferation.',
  expected: ['DRUG_TRAMETINIB no-effect CELL_PROLIFERATION', 'DRUG_TRAMETINIB promotes APOPTOSIS', 'DRUG_TRAMETINIB promotes GO_0006914'],
  triggers: ['without'],
  apply(claims, { text }) {
    return claims.map((claim) => {
      if (claim.object.start <= claim.subject.end || !without.test(text.slice(claim.subject.end, claim.object.start))) return claim;
      // The main clause's claim: its object is the entity the reader took for the subject, or one coordinated
      // with it before "without" ("promoted migration and invasion without affecting ...").
      const main = claims.find((c) => c !== claim && c.subject.end <= c.object.start && c.object.start <= claim.subject.start && c.subject.end <= claim.subject.start && !/[.;]/.test(text.slice(c.object.end, claim.subject.start)));
      return main ? { ...claim, subject: main.subject, context: main.context } : claim;
    });
  },
};
