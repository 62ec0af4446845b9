// "The IGF-1R inhibitor NT157 lowered Y": the drug named after its class noun is the agent, not its target.
// The verb reading takes the first entity of the subject phrase (the target) as the subject. Set off by
// commas ("an NF-κB inhibitor, PDTC, lowered Y"), where the reader read the class noun as the target's loss,
// that reading is a finding too and stays beside the drug's.
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { moleculeTypes } from '../kb/schema';
import { isDrugMention, type Construction } from './construction';
import { invert } from './extract';
import { drugClassNounForms, drugClassNouns } from './vocabulary';

// "the IL-6R antibody tocilizumab", "the IL-6 receptor monoclonal antibody": an antibody against a target is its
// class noun as much as an inhibitor is.
// The class nouns are vocabulary.ts drugClassNouns, in either number ("the MEK inhibitors A and B").
const classNoun = new RegExp(
  `^\\s*(?:(?:kinase|receptor|selective|specific|dual|pan|potent|monoclonal|neutralizing|neutralising|blocking)\\s+)*(?:${[...drugClassNounForms].join('|')})\\s*,?\\s*$`,
  'i',
);
/** "IGF-1 receptor (IGF-1R) inhibitor NT157": the target's abbreviation, defined between it and the class noun. */
const definedAbbreviation = /^\s*\([^()]{1,20}\)/;

/** The drug or compound right after "<subject> inhibitor" ("the IGF-1R inhibitor NT157"), if any. */
export function agentAfterClassNoun(text: string, subject: EntityMention, mentions: readonly EntityMention[], kb: KnowledgeBase): EntityMention | undefined {
  const from = subject.end + (definedAbbreviation.exec(text.slice(subject.end, subject.end + 24))?.[0].length ?? 0);
  const next = mentions.find((m) => m.start >= from && m.start <= from + 40);
  return next && isDrugMention(next.entityId, kb) && classNoun.test(text.slice(from, next.start)) ? next : undefined;
}

/**
 * Kinds of entity that are a molecule of the cell, not a drug: an endogenous inhibitor ("the STAT3 inhibitor PIAS3").
 * The library's molecules (schema.ts moleculeTypes) but their families: the name after the class noun is one protein.
 * (The list written out here before held 'gene', no entity's type, and no family.)
 */
const cellMolecules: ReadonlySet<string> = new Set([...moleculeTypes].filter((type) => type !== 'protein-family'));
/** "inhibitor", "antagonist", "repressor", "suppressor" alone before the molecule's name: its class noun as a cell's own protein. */
const endogenousClassNoun = /^\s*(?:(?:endogenous|natural|physiological|negative)\s+)?(?:inhibitor|antagonist|repressor|suppressor)\s*,?\s*$/i;

/**
 * "The STAT3 inhibitor PIAS3 raised Y", "the NF-κB inhibitor IκBα": a cell's own protein named after its class noun
 * is the agent, as a drug is (issue 7, stop 39: the reader took STAT3 for the subject, and a finding on STAT3
 * backed a claim about PIAS3). The claim is the protein's own; no loss of the target is read beside it.
 */
export function moleculeAfterClassNoun(text: string, subject: EntityMention, mentions: readonly EntityMention[], kb: KnowledgeBase): EntityMention | undefined {
  const from = subject.end + (definedAbbreviation.exec(text.slice(subject.end, subject.end + 24))?.[0].length ?? 0);
  const next = mentions.find((m) => m.start >= from && m.start <= from + 40);
  return next && next.entityId !== subject.entityId && cellMolecules.has(kb.entities.get(next.entityId)?.type ?? '') && endogenousClassNoun.test(text.slice(from, next.start)) ? next : undefined;
}

export const classNounAgent: Construction = {
  name: 'class-noun-agent',
  reads: '"the <target> inhibitor <drug> lowered Y": the drug lowers Y',
  example: 'The MEK inhibitor trametinib lowered vimentin expression in colon cancer cells.',
  expected: ['DRUG_TRAMETINIB decreases VIM [ctx DOID_219]'],
  triggers: drugClassNouns.map(([singular]) => singular),
  apply(claims, { text, mentions, kb }) {
    return claims.flatMap((claim) => {
      const agent = agentAfterClassNoun(text, claim.subject, mentions, kb);
      if (!agent) {
        const molecule = moleculeAfterClassNoun(text, claim.subject, mentions, kb);
        if (!molecule || molecule.entityId === claim.object.entityId) return molecule ? [] : [claim];
        return [{ ...claim, subject: molecule, relation: claim.inverted && claim.relation !== 'associated-with' && claim.relation !== 'regulates' ? invert(claim.relation) : claim.relation, inverted: false }];
      }
      // "The PI3K inhibitor X" read as PI3K acting on X is the class noun itself, not a finding.
      if (agent.entityId === claim.object.entityId) return [];
      if (!claim.inverted) return [{ ...claim, subject: agent }];
      return claim.relation === 'associated-with' || claim.relation === 'regulates' ? [claim] : [claim, { ...claim, subject: agent, relation: invert(claim.relation), inverted: false }];
    });
  },
};

/** The target named before the drug's class noun ("COX-2" in "the COX-2 inhibitor NS398"), if any. */
export function targetBeforeClassNoun(text: string, drug: EntityMention, mentions: readonly EntityMention[], kb: KnowledgeBase): EntityMention | undefined {
  const before = [...mentions].reverse().find((m) => m.end <= drug.start && m.end >= drug.start - 40);
  return before && !isDrugMention(before.entityId, kb) && agentAfterClassNoun(text, before, mentions, kb) === drug ? before : undefined;
}
