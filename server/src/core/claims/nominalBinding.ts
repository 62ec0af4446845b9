// A binding named as the subject of an event: "the interaction of IL-6 with IL-6R triggers classic signalling",
// "binding of IL-11 to IL-11RA starts signalling in tumour cells", "IL-6 binding to its receptor leads to ...". The
// event's own object is often no name of the library ("classic signalling", "signal transduction"), so the sentence named
// two molecules and read no claim (issue 7, stop 38, h-actor38: the stage "actor, no claim read", the nominal signalling
// events). The noun phrase itself states that the first binds the second: that claim is added after the sentence's
// other claims, so a verb's own claim stays the sentence's main one. Only two molecules (never a process, place or
// drug as partner), only as the subject of a verb (a binding that is studied, "we examined the interaction of X with
// Y", is no finding), and not under a denial.
import { adjacentMoleculePairs, type Construction, claimOf, isDrugMention, isMoleculeMention, type MentionPair, mentionsIn, type SentenceSpan } from './construction';
import type { EntityMention } from '../entities/recognize';
import { isOwnReceptor } from './ligandReceptor';
import { samePair } from './readPairs';
import type { ExtractedClaim } from './extract';

/** Before the first partner: "the interaction of", "(the) binding of", "the engagement of"; or nothing, for "X binding to Y". */
const nounBefore = /(?:^|[\s(])(?:the\s+)?(?:(?:direct|specific|physical|high-affinity)\s+)?(?:interaction|binding|engagement|ligation)\s+of\s+$/iu;
/** Between the partners: "with", "to", "with the (membrane-bound)". */
const partnerCue = /^\s*(?:(?:with|to)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?)$/iu;
const gerundCue = /^\s*(?:binding\s+(?:to|with|of)|bound\s+(?:to|with))\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
/**
 * After the second partner (its bracketed short form, the part of its gene bound, "the IL-6R promoter", and any listed
 * partners): the verb the binding is subject of, raising or lowering ("sarilumab binding to IL-6R blocks Y": an
 * inhibitory verb is a denial below, so the binding itself is then no claim, but what it blocks is the first partner's).
 */
const verbAfter = /^\s*(?:\([^()]{1,20}\))?\s*(?:(?:promoter|gene|enhancer|locus)\s+(?:regions?\s+)?|(?:(?:alpha|beta|α|β)\s+)?(?:subunit|chain|receptor)s?\s+)?\s*(?:(?:,\s*|\s)(?:and|or)\s+[^,;.]{1,40}?)?\s*(?:(?:then|in\s+turn|subsequently|also|thereby|directly|rapidly)\s+)?(?:(?:does|did|do|can|could|may)\s*(?:not|n['’]t)\s+)?(?:triggers?|triggered|initiates?|initiated|starts?|started|leads?|led|results?|resulted|induces?|induced|activates?|activated|causes?|caused|elicits?|elicited|promotes?|promoted|drives?|drove|stimulates?|stimulated|sets?\s+off|forms?|formed|is|are|was|were|recruits?|recruited|enables?|enabled|allows?|allowed|blocks?|blocked|inhibits?|inhibited|prevents?|prevented|suppress(?:es|ed)?|abrogates?|abrogated|abolish(?:es|ed)?|reduces?|reduced|decreases?|decreased|attenuates?|attenuated|impairs?|impaired)\b/iu;
const denial = /\b(?:not|no|never|neither|nor|without|fail(?:s|ed)?|unable|cannot|prevent(?:s|ed)?|block(?:s|ed)?|disrupt(?:s|ed)?|inhibit(?:s|ed)?)\b|n['’]t\b/iu;

/**
 * A drug bound to a molecule: "sarilumab binding to IL-6R blocks STAT3 activation". The drug is the agent of what
 * the binding does (stop 49: the verb's reader took the bound receptor, "IL-6R inhibits STAT3", a false contradiction);
 * bound to a target the data gives it (its stand-ins, kb/inference.ts drugTargets) the binding is what the drug is,
 * no route and no claim of its own, as a ligand's own receptor.
 */
function drugMoleculePairs(sentence: SentenceSpan): MentionPair[] {
  const { text, kb } = sentence;
  const mentions = mentionsIn(sentence);
  const pairs: MentionPair[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, second] = [mentions[i], mentions[i + 1]];
    if (isDrugMention(first.entityId, kb) && isMoleculeMention(second.entityId, kb)) pairs.push({ first, second, index: i, between: text.slice(first.end, second.start) });
  }
  return pairs;
}

/** Whether binding `bound` is how `agent` acts: a ligand's own receptor (ligandReceptor.ts), a drug's own target. */
function ownPartner(sentence: SentenceSpan, agent: string, bound: string): boolean {
  const { kb } = sentence;
  if (isOwnReceptor(kb, agent, bound)) return true;
  return isDrugMention(agent, kb) && kb.standIns(agent).some((s) => s.rule === 'drug-target' && (s.id === bound || kb.isA(bound, s.id) || kb.parts(bound).has(s.id)));
}

/** A drug bound to its own target: that is what the drug is, no finding to check. */
function drugOnTarget(sentence: SentenceSpan, binding: ExtractedClaim): boolean {
  return isDrugMention(binding.subject.entityId, sentence.kb) && ownPartner(sentence, binding.subject.entityId, binding.object.entityId);
}

/** The binding the sentence names as its subject, and whether the sentence denies something (then the binding is no claim). */
export function nominalBindingRead(sentence: SentenceSpan): { binding: ExtractedClaim; denied: boolean } | undefined {
  const { text, start, end } = sentence;
  for (const { first, second, between } of [...adjacentMoleculePairs(sentence), ...drugMoleculePairs(sentence)].sort((a, b) => a.index - b.index)) {
    const lead = text.slice(Math.max(start, first.start - 60), first.start);
    const named = nounBefore.test(lead) && partnerCue.test(between);
    // "X binding to Y" only as what opens its clause: nothing but an article or a sentence adverb before X.
    const gerund = !named && gerundCue.test(between) && /^\s*(?:(?:moreover|notably|importantly|furthermore|thus|hence|in\s+turn)\s*,?\s+)?(?:the\s+)?$/iu.test(text.slice(start, first.start));
    if (!named && !gerund) continue;
    if (!verbAfter.test(text.slice(second.end, Math.min(end, second.end + 80)))) continue;
    return { binding: claimOf(sentence, first, 'binds', second), denied: denial.test(text.slice(start, Math.min(end, second.end + 80))) };
  }
  return undefined;
}

export function nominalBindingClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const read = nominalBindingRead(sentence);
  return read && !read.denied && !drugOnTarget(sentence, read.binding) ? [read.binding] : [];
}

export const nominalBinding: Construction = {
  name: 'nominal-binding',
  reads: '"the interaction of X with Y triggers ...", "binding of X to Y starts ...": X binds Y, after the sentence\'s other claims',
  triggers: ['interaction', 'binding', 'bound', 'engagement', 'ligation'],
  example: 'The interaction of IL-6 with IL-6R triggers classic signalling.',
  expected: ['IL6 binds IL6R'],
  apply: (claims, sentence) => {
    const read = nominalBindingRead(sentence);
    if (!read) return claims;
    const { binding, denied } = read;
    // What the binding leads to is done by the first partner through the second, not by the second alone: the verb's
    // reader took the nearest name before it, the bound partner ("ATF3 binding to the IL-6R promoter leads to STAT3
    // phosphorylation" read IL-6R raising it, and a finding on IL-6R backed a claim about ATF3; issue 7, stop 39).
    // The route is the bound partner, unless it is the first partner's own receptor (ligandReceptor.ts: binding it is
    // how a ligand acts, stop 48), and so in both wordings: "X binding to Y triggers Z", where the verb's reader took
    // Y, and "Binding of X to Y triggers Z", where it took X ("IL-6 binding to IL-11Rα" is a route either way).
    const bound = binding.object;
    const ownReceptor = ownPartner(sentence, binding.subject.entityId, bound.entityId);
    const routed = (c: ExtractedClaim): ExtractedClaim['mediators'] => {
      const named = c.mediators.some((m) => m.entityId === bound.entityId);
      if (ownReceptor) return named ? c.mediators.filter((m) => m.entityId !== bound.entityId) : c.mediators;
      return named ? c.mediators : [...c.mediators, bound];
    };
    const at = (c: ExtractedClaim, m: EntityMention): boolean => c.subject.start === m.start && c.subject.entityId === m.entityId;
    // The binding's own word read once more past its partner, where no verb of the sentence was read ("X binding to
    // Y starts Z" gave "X binds Z" or "Y binds Z"): the binding is read above, what it starts the reader did not read.
    const strayBinding = (c: ExtractedClaim): boolean =>
      c.relation === 'binds' && (at(c, bound) || at(c, binding.subject)) && c.object.start >= bound.end && !/\b(?:bind|binds|bound|binding|interacts?|interacting)\b/iu.test(sentence.text.slice(bound.end, c.object.start));
    const own = claims.filter((c) => !strayBinding(c)).map((c) => {
      if (c.object.start < bound.end || c.object.entityId === binding.subject.entityId) return c;
      if (at(c, bound)) return { ...c, subject: binding.subject, mediators: routed(c) };
      if (at(c, binding.subject)) return { ...c, mediators: routed(c) };
      return c;
    });
    // A reading of the same pair stands; otherwise the binding follows the sentence's claims. Under a denial the
    // binding is no claim ("X binding to Y did not trigger Z"), but what it did not lead to is X's, as above.
    if (denied || drugOnTarget(sentence, binding) || own.some((c) => samePair(c, binding))) return own;
    return [...own, binding];
  },
};
