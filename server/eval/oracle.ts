// The oracle diagnostic (`npm run eval -- <real> --split=dev --oracle`): each labelled row's gold claim (the
// annotator's subject, relation, object, mediators and context, as strings) is turned into a claim of ours with
// our own recognizer and verified by the same verifyClaim. A row the checker gets wrong from the sentence but
// right from the gold claim is a reading gap; a row wrong even from the gold claim is a gap in knowledge,
// inference or recognition (the library lacks the finding, or a participant is not an entity we know).
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import type { ClaimRelation } from '../src/core/claims/vocabulary';
import { invert, lossOfFunctionAfter, lossOfFunctionBefore, negations } from '../src/core/claims/vocabulary';
import { recognizeEntities, type EntityMention } from '../src/core/entities/recognize';
import { lexiconOf } from '../src/core/entities/lexicon';
import { verifyClaim, type ClaimToVerify } from '../src/core/verify/verify';
import { hasFindingsInScope } from '../src/core/verify/scope';
import type { Basis, Verdict } from '../src/core/verify/verify';

export interface GoldClaim {
  subject: string | null;
  relation: string | null;
  object: string | null;
  mediators?: string[];
  context?: { cancer?: string | null; cell_line?: string | null; condition?: string | null };
  negated?: boolean;
  hedged?: boolean;
}

export interface OracleReading {
  verdict: Verdict;
  basis: Basis | null;
  /** How the gold claim became ours, for the printout. */
  claim?: ClaimToVerify;
  /** Why no claim could be built: the gold claim is a non-claim, or a participant is no entity we know. */
  note?: string;
}

/** The annotators' relation names in ours. */
const relationMap: Record<string, ClaimRelation> = {
  promotes: 'promotes', suppresses: 'suppresses', inhibits: 'inhibits', activates: 'activates', induces: 'induces',
  upregulates: 'upregulates', downregulates: 'downregulates', increases: 'increases', decreases: 'decreases',
  correlates: 'associated-with', required_for: 'promotes', signals_via: 'signals-through', binds: 'binds',
  regulates: 'regulates', no_effect: 'no-effect',
};

/** Where a participant is a place rather than an actor: a disease named beside a process ("HCC progression"). */
const placeTypes = new Set(['disease', 'cell-line', 'condition', 'experimental-system', 'cell-type']);
/** Types a free-text condition field contributes to the context (not its side remarks about patients or methods). */
const conditionTypes = new Set(['condition', 'experimental-system', 'drug', 'chemical', 'cell-line', 'disease']);

function mentionsOf(text: string | null | undefined, kb: KnowledgeBase): EntityMention[] {
  return text ? recognizeEntities(text, lexiconOf(kb)) : [];
}

/** The participant a phrase names: its first actor with findings, else its first actor, else its first mention. */
function pick(mentions: readonly EntityMention[], kb: KnowledgeBase): EntityMention | undefined {
  const type = (m: EntityMention): string => kb.entities.get(m.entityId)?.type ?? '';
  const actors = mentions.filter((m) => !placeTypes.has(type(m)));
  return actors.find((m) => hasFindingsInScope(m.entityId, kb)) ?? actors[0] ?? mentions[0];
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
}

export function oracleReading(gold: GoldClaim, kb: KnowledgeBase): OracleReading {
  if (!gold.subject || !gold.relation || !gold.object) return { verdict: 'out-of-scope', basis: null, note: 'non-claim' };
  let relation = relationMap[gold.relation];
  if (!relation) return { verdict: 'out-of-scope', basis: null, note: `relation ${gold.relation} has no counterpart` };
  const subjectMentions = mentionsOf(gold.subject, kb);
  const objectMentions = mentionsOf(gold.object, kb);
  const subject = pick(subjectMentions, kb);
  const object = pick(objectMentions.filter((m) => m.entityId !== subject?.entityId), kb);
  const named = [...subjectMentions, ...objectMentions].map((m) => m.entityId);
  if (!subject || !object) {
    const withFindings = named.some((id) => hasFindingsInScope(id, kb));
    return {
      verdict: withFindings ? 'unsupported' : 'out-of-scope',
      basis: withFindings ? 'no-evidence' : null,
      note: `no entity in ${!subject ? `subject "${gold.subject}"` : `object "${gold.object}"`}`,
    };
  }
  // Loss of function written into the participant ("IL-6R blockade", "siRNA against STAT3") turns the relation
  // round; a drug's own loss of function is verifyClaim's business (it stands for its target).
  const subjectWords = words(gold.subject);
  const lossOfFunction = kb.entities.get(subject.entityId)?.type !== 'drug' && subjectWords.some((w) => lossOfFunctionAfter.has(w) || lossOfFunctionBefore.has(w) || w.startsWith('anti-'));
  const objectLoss = words(gold.object).some((w) => lossOfFunctionAfter.has(w) || w === 'reduced' || w === 'decreased' || w === 'lower' || w === 'low');
  if (lossOfFunction) relation = invert(relation);
  if (objectLoss && relationMap[gold.relation] !== 'associated-with') relation = invert(relation);
  const used = new Set([subject.entityId, object.entityId]);
  // The oracle is scored on label_sentence_only, so a context the annotator marks as named only elsewhere in the
  // document ("glioblastoma (document)") is not part of what the sentence alone claims.
  const inSentence = (field: string | null | undefined) => (field && /document/i.test(field) ? null : field);
  const context = [
    ...mentionsOf(inSentence(gold.context?.cancer), kb),
    ...mentionsOf(inSentence(gold.context?.cell_line), kb),
    ...mentionsOf(inSentence(gold.context?.condition), kb).filter((m) => conditionTypes.has(kb.entities.get(m.entityId)?.type ?? '')),
    // A place named inside a participant ("HCC progression") is where the claim holds.
    ...[...subjectMentions, ...objectMentions].filter((m) => placeTypes.has(kb.entities.get(m.entityId)?.type ?? '')),
  ]
    .map((m) => m.entityId)
    .filter((id, i, all) => !used.has(id) && all.indexOf(id) === i);
  // A route named by a word of a participant ("hypoxia-related factors") is no route of its own.
  const mediators = (gold.mediators ?? []).flatMap((m) => pick(mentionsOf(m, kb), kb)?.entityId ?? []).filter((id) => !used.has(id));
  const negated = gold.negated === true || subjectWords.some((w) => negations.has(w) && w !== 'without');
  const claim: ClaimToVerify = { subject: subject.entityId, relation, object: object.entityId, mediators, context, negated };
  const verification = verifyClaim(claim, kb);
  return { verdict: verification.verdict, basis: verification.basis, claim };
}
