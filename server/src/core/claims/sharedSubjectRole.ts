// "CAFs make up much of the liver stroma, and have a decisive function in HCC progression", "IL-6 is
// made by many cell types and, in turn, is a key player in tumour growth", "CAFs occupy much of the tumour mass,
// standing at the centre of HCC progression": the sentence's subject first gets a description or a predicate of its
// own, then a second predicate after ", and" or a participle after a comma names the role it plays in a process. The
// role readers (frames.ts plays-role-in, has-role-in, important-factor-in, at-the-heart-of) take a subject a few
// words before the role only, so the second predicate read nothing, or read a name inside the first predicate ("the
// liver stroma") as the role's holder. Issue 7, stop 38 (h-actor38): the stage "actor, no claim read". The subject
// is the name that opens the sentence (after a sentence adverb, a fronted place and a determiner); the role predicate
// follows the joining word directly (an "and" before another name opens a clause of that name's own), and no
// relative pronoun, denial or subordinate clause stands before it. A role of restraint ("a protective role") turns the
// claim round; a role sized down ("a minor role") or denied reads nothing.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, contextMentions, mentionListFrom, mentionsIn, onePerEntity, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { wordClasses } from './frames';
import { isLossOfFunctionWord } from './roles';

/**
 * What opens the sentence before its subject: a sentence adverb, a fronted prepositional phrase closed by a comma
 * ("In the TME,", "Among these components,", "Within the stroma,"), a determiner. Issue 7, stop 51 (h-subj51): only a
 * fronted "in" phrase was passed over, so after "Among these cells," or "Here," the role predicate was left to the
 * role frame, which took the name inside the first predicate ("CAFs interact with cancer cells and play a role in
 * Y": cancer promotes Y) as the role's holder.
 */
const opener = /^\s*(?:(?:moreover|furthermore|additionally|in\s+addition|notably|importantly|thus|therefore|hence|collectively|together|finally|also|in\s+turn|in\s+particular|indeed|generally|overall|here|similarly|likewise)\s*,?\s+)?(?:(?:in|within|among|amongst|across|of|at|during|throughout|under|for|through|upon|after|following|beyond|besides)\s+[^,;]{1,60},\s+)?(?:(?:the|these|such|activated)\s+)?$/iu;

/** From the subject's end to the joining word: no clause break, relative pronoun, subordinator or denial. */
const firstPredicate = /^(?:(?![;:]|\b(?:which|that|who|whom|whose|where|whereas|while|although|though|because|since|if|when|but|not|no|never|nor|cannot|fail(?:s|ed)?|unable|without|unless)\b|n['’]t\b)[^])*$/iu;

/** The joining word: ", and", "and", a comma before a participle, with a linking adverb ("and, thus,", ", thereby"). */
const joint = String.raw`(?:\s*,\s*and\s*,?|\s+and\s*,?|\s*,)\s*(?:(?:thus|hence|therefore|thereby|consequently|in\s+turn|also|further|so)\s*,?\s+)?`;

const roleNouns = 'roles?|functions?|parts?';
const agentNouns = 'players?|drivers?|contributors?|mediators?|determinants?|orchestrators?|promoters?|regulators?';
/** The role predicate, finite or a participle: "has (plays) a ... role (function, part) in", "is (acts as) a key player (driver) in (of)", "stands (lies) at the heart (centre) of". */
const rolePredicate = new RegExp(
  joint +
    String.raw`(?:` +
    String.raw`(?:has|have|had|having|plays?|played|playing)\s+(?:a|an)\s+(?<roleWords>(?:[\p{L}-]+\s+){0,3}?)(?:${roleNouns})\s+in` +
    String.raw`|(?:is|are|was|were|being|acts?|acted|acting|serves?|served|serving|functions?|functioned|functioning|remains?|emerges?|emerged|emerging)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?<agentWords>(?:[\p{L}-]+\s+){0,3}?)(?:${agentNouns})\s+(?:in|of)` +
    String.raw`|(?:stands?|standing|sits?|sitting|lies|lying|is|are|being)\s+(?:firmly\s+)?at\s+the\s+(?:very\s+)?(?:heart|cent(?:re|er)|core)\s+of` +
    String.raw`)\s+`,
  'iu',
);

/** Words that size a role down or deny it: no claim (roleScale.ts reads these sizes for the role frames). */
// ("not", "never": a plural agent noun needs no article, "are key drivers of", so a denial can stand among the words.)
const sizedDown = /^(?:not|never|no|minor|marginal|limited|negligible|little|modest|small|minimal|dispensable|redundant|unclear|uncertain|unknown|possible|potential|putative)$/iu;

/** Names that are where a claim holds, never the subject of a role. */
const placeKinds = new Set(['disease', 'cell-line', 'experimental-system']);

/** What may stand between the preposition and the object: a few words and places, no punctuation ("the progression of", "GC"). */
const objectGap = /^[\p{L}\p{N}\s-]{0,60}$/u;

export function sharedSubjectRoleClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start, end } = sentence;
  const mentions = mentionsIn(sentence);
  const first = mentions.findIndex((m) => opener.test(text.slice(start, m.start)));
  if (first < 0) return [];
  const subject: EntityMention = mentions[first];
  const subjectType = kb.entities.get(subject.entityId)?.type ?? '';
  if (placeKinds.has(subjectType)) return [];
  // The subject's bracketed short form ("Cancer-associated fibroblasts (CAFs)") is the subject again.
  let subjectEnd = subject.end;
  const short = mentions[first + 1];
  if (short && short.entityId === subject.entityId && /^\s*\($/u.test(text.slice(subjectEnd, short.start)) && text[short.end] === ')') subjectEnd = short.end + 1;
  const rest = text.slice(subjectEnd, end);
  const found = rolePredicate.exec(rest);
  if (!found) return [];
  const lead = rest.slice(0, found.index);
  // The first predicate: some words of its own (not the bare joint), and nothing that opens another clause.
  if (!/[\p{L}]{2,}/u.test(lead) || !firstPredicate.test(lead)) return [];
  // A subject named by its loss ("IL-6 knockdown ..."): its role is no role of the name.
  if ((lead.toLowerCase().match(/[\p{L}]+/gu) ?? []).slice(0, 2).some(isLossOfFunctionWord)) return [];
  const roleWords = ((found.groups?.roleWords ?? '') + (found.groups?.agentWords ?? '')).toLowerCase().split(/\s+/u).filter(Boolean);
  if (roleWords.some((w) => sizedDown.test(w))) return [];
  const after = subjectEnd + found.index + found[0].length;
  // The object: the first process or phenotype a few words on, places and words before it passed over.
  const next = mentions.findIndex((m) => m.start >= after);
  if (next < 0) return [];
  let at = next;
  while (at < mentions.length && placeKinds.has(kb.entities.get(mentions[at].entityId)?.type ?? '') && mentions[at].start - after < 60) at++;
  const head = mentions[at];
  if (!head || !objectGap.test(text.slice(after, head.start))) return [];
  if (!isEvent(kb.entities.get(head.entityId)?.type)) return [];
  // Only words and places between the preposition and the object: no other participant.
  if (mentions.slice(next, at).some((m) => !placeKinds.has(kb.entities.get(m.entityId)?.type ?? ''))) return [];
  const { list } = mentionListFrom(text, mentions, at);
  const objects = list.filter((m) => isEvent(kb.entities.get(m.entityId)?.type) && m.entityId !== subject.entityId);
  const turned = roleWords.some((w) => {
    const meaning = wordClasses.effect[w];
    return meaning === 'inhibits' || meaning === 'suppresses' || meaning === 'decreases';
  });
  // The sentence's places, each once ("in the GC TME, and ... in GC progression").
  return objects.map((object) => claimOf(sentence, subject, turned ? 'suppresses' : 'promotes', object, { context: onePerEntity(contextMentions(sentence, [subject.entityId, object.entityId])) }));
}

function isEvent(type: string | undefined): boolean {
  return type === 'process' || type === 'phenotype';
}

export const sharedSubjectRole: Construction = {
  name: 'shared-subject-role',
  reads: '"X acts as N ..., and has a key role in Y", "X does A, standing at the centre of Y": the role after the first predicate is the subject\'s, X promotes Y',
  triggers: ['role', 'function', 'part', 'player', 'driver', 'contributor', 'mediator', 'determinant', 'orchestrator', 'promoter', 'regulator', 'heart', 'centre', 'center', 'core'],
  example: 'CAFs make up a large share of the liver tumour stroma and have a decisive function in HCC progression.',
  expected: ['CAF promotes TUMOR_PROGRESSION [ctx HCC,LIVER_CANCER]'],
  apply: (claims, sentence) => {
    const read = sharedSubjectRoleClaims(sentence);
    if (read.length === 0) return claims;
    // A claim on the same object whose subject stands inside the first predicate ("the liver stroma ... has a role in
    // Y") is that predicate's name misread as the role's holder; the reader's own reading of the pair gives way.
    const subject = read[0].subject;
    const objects = new Set(read.map((c) => c.object.entityId));
    const roleAt = Math.min(...read.map((c) => c.object.start));
    const kept = claims.filter(
      (c) =>
        !(objects.has(c.object.entityId) && (c.subject.entityId === subject.entityId || (c.subject.start > subject.end && c.subject.end <= roleAt))),
    );
    return [...kept, ...read];
  },
};
