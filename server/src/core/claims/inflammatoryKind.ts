// A cytokine called pro- or anti-inflammatory: "X is an anti-inflammatory cytokine", "X is a pleiotropic,
// pro-inflammatory mediator". The adjective says what X does to inflammation (anti: X lowers it; pro: X raises it),
// and the labelling guideline reads it as that claim: calling IL-6 anti-inflammatory contradicts the finding that it
// drives inflammation. The recognizer names "inflammatory cytokine" as a kind of cytokine and the sentence was read as
// a definition with no claim (issue 7). Only the copular form is read: in an apposition ("X, a pro-inflammatory
// cytokine, activates Y") the kind is a side remark on the subject of another claim. A plain denial of the class, "X
// is not a pro-inflammatory cytokine", is that claim denied (stop 38), against a finding that X drives inflammation.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, type SentenceSpan } from './construction';
import { isPair } from './readPairs';
import type { ExtractedClaim } from './extract';
import { moleculeTypes } from '../kb/schema';
import { namedByLoss } from './noLongerAfterLoss';

/**
 * After the subject: "(IL-6) is a pleiotropic, anti-inflammatory cytokine"; past a relative on a class the subject is
 * put in ("is an interleukin that acts as a pro-inflammatory cytokine": the relative's subject is the subject's own
 * class, so what it acts as the subject acts as; not past a preposition, "is a target of cytokines that act as", whose
 * relative speaks of the cytokines); and both kinds at once ("functions as both a pro- and an
 * anti-inflammatory cytokine": a claim each way, as kindAsDirection.ts reads "both pro- and anti-inflammatory roles").
 * Past forms too ("acted as", "served as", "functioned as", "remained"), as a finding is often reported.
 */
const copularKind = /^\s*(?:\([^()]{1,20}\)\s*)?(?<classed>(?:is|was|are|were)\s+(?:an?|the)\s+(?:(?!(?:of|for|in|on|with|to|from|by|among)\s)[\p{L}-]+\s+){1,3}?(?:that|which)\s+)?(?<doesNot>(?:does|did|do)\s+not\s+)?(?:is|was|are|were|remain(?:s|ed)?|act(?:s|ed)?\s+as|serve[sd]?\s+as|function(?:s|ed)?\s+as)\s+(?<denied>not\s+)?(?:(?:widely\s+|generally\s+|often\s+|commonly\s+|now\s+)?(?:considered|regarded\s+as|known\s+as|recogni[sz]ed\s+as|viewed\s+as|seen\s+as|described\s+as|classified\s+as|thought\s+to\s+be|believed\s+to\s+be)\s+(?:to\s+be\s+)?)?(?:both\s+)?(?:an?|the|one\s+of\s+(?:the|its))\s+(?:(?!(?:of|for|in|on|with|to|from|by|among|against|than)\s)[\p{L}-]+,?\s+){0,3}?(?:(?<direction>pro|anti)[-‐]?)?(?:inflammatory)?(?:\s+(?:and|or)\s+(?:an?\s+)?(?<second>pro|anti)[-‐]?)?inflammatory\s+(?:cytokines?|factors?|mediators?|molecules?|agents?|proteins?|signals?|interleukins?|effectors?)\b/iu;
/**
 * After the subject, a role in pro- or anti-inflammatory activity: "(IL-6) has a central role in anti-inflammatory
 * activities", "(X) is thought to possess a key part in pro-inflammatory responses" (issue 7, stop 39). The activity's
 * adjective says what the subject does to inflammation, as the class noun's does. A few words may stand between the
 * subject and the verb (a verb of regard, an auxiliary); a denial among them ("does not play") or "no role" reads nothing.
 */
const roleInKind = /^\s*(?:\([^()]{1,20}\)\s*)?(?<between>(?:[\p{L}-]+\s+){0,4}?)(?:plays?|played|playing|has|have|had|having|possess(?:es|ed|ing)?|exerts?|exerted|fulfils?|fulfills?)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:role|part)\s+in\s+(?:the\s+)?(?:(?:[\p{L}-]+)\s+){0,1}?(?<direction>pro|anti)[-‐]?inflammatory\s+(?:activit(?:y|ies)|effects?|actions?|processes|responses?|functions?|properties)\b/iu;
/**
 * After the subject, a verb acting on the class of pro-inflammatory signals: "(IL-6) may also act to inhibit the effects
 * of pro-inflammatory cytokines", "(X) suppressed the production of proinflammatory mediators" (issue 7, stop 50). To
 * hold back (or raise) what drives inflammation is what "anti-" (or "pro-inflammatory") says of the subject, so it
 * is read as the same claim on inflammation, beside the verb reader's claim on the class. A few words may stand
 * between the subject and the verb (an auxiliary, "act to"), but no clause break, relative, preposition or denial:
 * "X is made by cells that induce ..." speaks of the cells, "X did not inhibit ..." reads nothing, nor do "X failed
 * to (was unable to, rarely) induce ..." (stop 51, h-audit51: read as X raising inflammation, supported against the
 * sentence's denial). A subject named by its loss ("IL-6 blockade reduced ...", "loss of IL-6 increased ...") takes
 * the verb's opposite, as every loss inverts (noLongerAfterLoss.ts namedByLoss; was the verb's own direction, a false
 * contradiction of the finding that IL-6 drives inflammation).
 */
const actOnKind = /^\s*(?:\([^()]{1,20}\)\s*)?(?<between>(?:(?!(?:by|that|which|who|whose|whereas|while|and|or|but|of|in|from|with|on|than|not|no|never|cannot|fail|fails|failed|unable|rarely|seldom|hardly|barely)\s)[\p{L}]+\s+){0,4}?)(?:(?<lower>(?:inhibit|suppress|block|dampen|counteract|limit)(?:s|es|ed|ing)?|(?:attenuat|antagoni[sz]|oppos|reduc|decreas|down-?regulat|abrogat)(?:e|es|ed|ing))|(?<raise>(?:induc|stimulat|increas|enhanc|promot|up-?regulat|elevat|rais)(?:e|es|ed|ing)|trigger(?:s|ed|ing)?))\s+(?:the\s+)?(?:(?:effects?|actions?|activit(?:y|ies)|production|release|secretion|expression|levels?)\s+of\s+(?:the\s+|several\s+|many\s+|various\s+|other\s+|key\s+)?)?(?<kind>pro[-‐]?inflammatory)\s+(?:cytokines?|mediators?|factors?|signals?|molecules?)\b/iu;
/** What may be called pro- or anti-inflammatory: a molecule or a pathway, not a place or a process. */
const kindTypes = new Set([...moleculeTypes, 'pathway']);
const inflammation = 'INFLAMMATION';

export function inflammatoryKindClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb } = sentence;
  if (!kb.entities.has(inflammation)) return [];
  for (const subject of mentionsIn(sentence)) {
    if (!kindTypes.has(kb.entities.get(subject.entityId)?.type ?? '')) continue;
    const after = text.slice(subject.end, Math.min(sentence.end, subject.end + 160));
    const role = roleInKind.exec(after);
    if (role && !/\b(?:not|no|never|hardly|little)\b/iu.test(role.groups!.between) && !/\bno\s+(?:[\p{L}-]+\s+){0,2}?(?:role|part)\b/iu.test(role[0])) {
      const at = subject.end + role.index + role[0].search(/(?:pro|anti)[-‐]?inflammatory/iu);
      const word = /^[\p{L}‐-]+/u.exec(text.slice(at))![0];
      const object: EntityMention = { entityId: inflammation, start: at, end: at + word.length, text: word };
      return [claimOf(sentence, subject, role.groups!.direction.toLowerCase() === 'anti' ? 'inhibits' : 'promotes', object)];
    }
    const acted = actOnKind.exec(after);
    if (acted) {
      const at = subject.end + acted.index + acted[0].length - acted[0].slice(acted[0].search(/pro[-‐]?inflammatory/iu)).length;
      const word = /^[\p{L}‐-]+/u.exec(text.slice(at))![0];
      const object: EntityMention = { entityId: inflammation, start: at, end: at + word.length, text: word };
      const lowers = (acted.groups!.lower !== undefined) !== namedByLoss(text, sentence.start, subject);
      return [claimOf(sentence, subject, lowers ? 'inhibits' : 'promotes', object)];
    }
    const kind = copularKind.exec(after);
    if (!kind) continue;
    const at = subject.end + kind.index + kind[0].search(/(?:(?:pro|anti)[-‐]?)?inflammatory/iu);
    const word = /^[\p{L}‐-]+/u.exec(text.slice(at))![0];
    const object: EntityMention = { entityId: inflammation, start: at, end: at + word.length, text: word };
    // "X is not a pro-inflammatory cytokine" (stop 38): the class denied, unless the sentence puts it elsewhere ("but
    // a ...", "rather") or doubts or asks before the subject.
    const negated = (kind.groups!.doesNot ?? kind.groups!.denied) !== undefined;
    // A plain "inflammatory cytokine" (stop 53, h-recB53: the usual name of the pro-inflammatory kind, "X is one of the
    // most important inflammatory cytokines") is read only as the whole predicate: denied ("is not an inflammatory
    // cytokine associated with Y") the denial may be of what follows, and a relative or a participle after the noun
    // ("an inflammatory cytokine which protects ...") carries the sentence's claim, the kind a description of it.
    if (kind.groups!.direction === undefined && (negated || /^\s*,?\s*(?:which|that|who|[\p{L}-]+(?:ed|ing))\b/iu.test(after.slice(kind.index + kind[0].length)))) continue;
    if (negated && (/\b(?:but|rather|instead|merely|only)\b/iu.test(text.slice(at, sentence.end)) || /\b(?:whether|if|unclear|unknown|unlikely|doubt\w*|not|no|never)\b/iu.test(text.slice(sentence.start, subject.start)))) return [];
    const directions = new Set([kind.groups!.direction ?? 'pro', kind.groups!.second ?? kind.groups!.direction ?? 'pro'].map((d) => (d.toLowerCase() === 'anti' ? 'inhibits' : 'promotes') as 'inhibits' | 'promotes'));
    return [...directions].map((relation) => claimOf(sentence, subject, relation, object, { negated }));
  }
  return [];
}

export const inflammatoryKind: Construction = {
  name: 'inflammatory-kind',
  reads: '"X is an anti-inflammatory cytokine": X lowers inflammation; "pro-inflammatory": X raises it; "X is not a pro-inflammatory cytokine": denied; "X inhibits (induces) pro-inflammatory cytokines": X lowers (raises) it',
  triggers: ['inflammatory'],
  example: 'In the gut, IL-11 is a potent anti-inflammatory cytokine.',
  expected: ['IL11 inhibits INFLAMMATION'],
  apply: (claims, sentence) => {
    const read = inflammatoryKindClaims(sentence);
    return read.length === 0 ? claims : [...claims.filter((c) => !isPair(c, read[0].subject.entityId, inflammation)), ...read];
  },
};
