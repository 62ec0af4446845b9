// "X and Y reduced Z": drugs coordinated before a predicate share it. The reader's frames give it to the
// nearest one only. Drugs only: a list of markers before a relative clause ("X, Y and Z, which are important
// for") is not a list of agents. A combination ("X plus Y", combinations.ts) is read as one agent.
import type { EntityMention } from '../entities/recognize';
import { isDrugMention, type Construction } from './construction';
import { readsPair } from './readPairs';

/** The mentions coordinated right before `subject` ("X, Y and <subject>"), nearest last. */
export function coordinatedBefore(text: string, subject: EntityMention, mentions: readonly EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  let at = subject;
  for (let k = mentions.indexOf(subject) - 1; k >= 0; k--) {
    const between = text.slice(mentions[k].end, at.start);
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(between)) break;
    found.unshift(mentions[k]);
    at = mentions[k];
  }
  return found;
}

export const coordinatedDrugs: Construction = {
  name: 'coordinated-drugs',
  reads: '"X and Y lowered Z": X lowers Z and Y lowers Z',
  example: 'Trametinib and gefitinib lowered vimentin expression.',
  expected: ['DRUG_GEFITINIB decreases VIM', 'DRUG_TRAMETINIB decreases VIM'],
  apply(claims, { text, mentions, kb }) {
    // Issue 10: no trigger words ("and", a comma), so it ran on every sentence; it only adds to a claim of a drug,
    // so a sentence with none is passed over before its claims are copied.
    const acting = (claim: (typeof claims)[number]) => isDrugMention(claim.subject.entityId, kb) && claim.relation !== 'associated-with' && !claim.negated;
    if (!claims.some(acting)) return claims;
    const out = [...claims];
    for (const claim of claims) {
      if (!acting(claim)) continue;
      for (const other of coordinatedBefore(text, claim.subject, mentions).filter((m) => isDrugMention(m.entityId, kb))) {
        if (readsPair(out, other.entityId, claim.object.entityId)) continue;
        out.push({ ...claim, subject: other });
      }
    }
    return out;
  },
};
