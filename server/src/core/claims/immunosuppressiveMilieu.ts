// "CAFs create an immunosuppressive microenvironment", "by secreting cytokines, MDSCs shape an immunosuppressive
// tumour milieu", "X, thereby fostering an immunosuppressive TME": a surrounding made immunosuppressive is the tumour's
// immune attack held back, so the agent that makes it lowers antitumour immunity (ANTITUMOR_IMMUNITY). The lexicon
// names no entity in the phrase, and the sentence was read as naming an actor and no claim (issue 7, stop 37: the
// largest stage of wrong rows on every fresh wave). A verb of undoing ("reverses", "relieves") said of it raises the
// immunity. Only the sentence's subject is the agent: the name that opens it (after a sentence adverb, a fronted
// "By V-ing ...," and a determiner), with no relative clause, denial or clause break before the verb, since "X
// recruits cells that create an immunosuppressive milieu" says nothing of X's own.
// Stop 38 (contradicted recall): the opposite surrounding, "an immunostimulatory (immune-activating) milieu", is the
// immune attack helped on, so its maker raises antitumour immunity (against a finding that X lowers it: contradicted);
// and the surrounding may carry other qualities first, "a pro-survival and immunosuppressive niche", "a hypoxic,
// acidic, immunosuppressive TME" (a miss before: only the word right after the article was looked at).
// Stop 40 (contradicted recall): a surrounding made tumour-suppressive ("CAFs shape a tumour-restraining stroma") is the
// tumour itself held back, so its maker lowers tumorigenesis (the class adjective of kindAsDirection.ts, said of the
// surrounding instead of the agent); before, the sentence read an actor and no claim. Only the restraining side: a
// "tumour-promoting milieu" is left to the verb reader, since a supported verdict needs more care than a miss.
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, mentionsIn, replacingPairs, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { isLossOfFunctionWord } from './roles';
import { tumourRestrainingAdjective } from './kindAsDirection';

const immunity = 'ANTITUMOR_IMMUNITY';
const tumorigenesis = 'TUMORIGENESIS';

/** What opens the sentence before its subject: a sentence adverb, a fronted means phrase, a determiner. */
const opener = /^\s*(?:(?:moreover|furthermore|additionally|in\s+addition|notably|importantly|thus|therefore|hence|collectively|together|finally|also|in\s+turn|in\s+particular|in\s+this\s+way)\s*,?\s+)?(?:in\s+[^,;]{1,60},\s+)?(?:(?:by|through|via)\s+[^,;]{1,160},\s+)?(?:(?:the|these|such|activated|many)\s+)?$/iu;

/** From the subject's end to the verb: no clause break, relative pronoun or denial. */
const between = /^(?:(?![;:]|\b(?:which|that|who|whose|where|whereas|while|although|but|not|no|never|cannot|fail(?:s|ed)?|unable|without)\b)[^])*$/iu;

const makingStems = 'creat|generat|establish|shap|foster|promot|induc|build|built|maintain|driv|drove|produc|favou?r|support|sustain|orchestrat|cultivat|construct|form';
const undoingStems = 'revers|reliev|alleviat|overcom|overcame|counteract|disrupt|dismantl|abrogat|remodel';

/** The surrounding's quality: held back (immunosuppressive) or helped on (immunostimulatory). */
const suppressive = String.raw`immuno[-‐]?suppressive|immune[-‐\s]suppressive|immuno[-‐]?suppressing|immune[-‐\s]suppressing`;
const stimulatory = String.raw`immuno[-‐]?stimulatory|immuno[-‐]?stimulating|immune[-‐\s]stimulat(?:ory|ing)|immune[-‐\s]activating|immuno[-‐]?activating`;
/** Other qualities of the surrounding before it, each closed by a comma or "and": "a pro-survival and ...". */
const otherQualities = String.raw`(?:(?!(?:${suppressive}|${stimulatory}|${tumourRestrainingAdjective})\b)[\p{L}][\p{L}-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,3}`;
/** The verb, its article and degree words, and the surrounding (the group `name`, its quality the group `quality`). */
const milieu = new RegExp(
  String.raw`\b(?<verb>(?:${makingStems}|${undoingStems})(?:e|es|ed|ing|s)?)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:(?:highly|strongly|potently|more|profoundly|locally|markedly)\s+)?${otherQualities}(?:(?:highly|strongly|potently|more|profoundly|locally|markedly)\s+)?(?<name>(?<quality>${suppressive}|${stimulatory}|${tumourRestrainingAdjective})\s+(?:(?:tumou?r|local|tissue|immune)\s+)?(?:micro[-‐]?environments?|environments?|milieux?|milieus|niches?|TMEs?|TIMEs?|stroma|landscapes?))\b`,
  'iu',
);
const undoing = new RegExp(String.raw`^(?:${undoingStems})`, 'iu');
const stimulating = new RegExp(String.raw`^(?:${stimulatory})$`, 'iu');
const restrainingTumour = new RegExp(String.raw`^(?:${tumourRestrainingAdjective})$`, 'iu');

export function immunosuppressiveMilieuClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, kb, start, end } = sentence;
  if (!kb.entities.has(immunity) && !kb.entities.has(tumorigenesis)) return [];
  const mentions = mentionsIn(sentence);
  const subject: EntityMention | undefined = mentions.find((m) => opener.test(text.slice(start, m.start)));
  if (!subject) return [];
  const rest = text.slice(subject.end, end);
  const found = milieu.exec(rest);
  if (!found?.groups) return [];
  // The stretch up to the verb may hold no break: it is the subject's own predicate (or a consequence of it).
  const lead = rest.slice(0, found.index);
  if (!between.test(lead)) return [];
  // "STAT3 inhibitors relieve ...", "IL-6 knockdown created ...": the subject's loss acts, which this reading does not
  // turn round; it reads nothing rather than the wrong direction.
  const words = lead.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.some(isLossOfFunctionWord) || /[\p{L}]+/u.test(text.slice(start, subject.start)) && (text.slice(start, subject.start).toLowerCase().match(/[\p{L}]+/gu) ?? []).some(isLossOfFunctionWord)) return [];
  // A tumour-suppressive surrounding holds back the tumour itself; the others, the immune attack on it.
  const process = restrainingTumour.test(found.groups.quality) ? tumorigenesis : immunity;
  if (!kb.entities.has(process)) return [];
  const at = subject.end + found.index + found[0].indexOf(found.groups.name);
  const object: EntityMention = { entityId: process, start: at, end: at + found.groups.name.length, text: found.groups.name };
  // A name inside the phrase ("immunosuppressive tumour microenvironment") is the surrounding itself, and one between
  // the subject and the verb a partner of its ("CAFs talk to T cells, thereby shaping ..."): no setting. The setting
  // is named before the subject ("In HCC, ...") or after the phrase ("... in HCC").
  // A relative clause on the surrounding ("... a TME that hinders T cells") names no setting of the claim either.
  const clauseEnd = object.end + (/[,;:]|\b(?:that|which|who|whereas|while|and|thereby|leading|allowing|enabling)\b/iu.exec(text.slice(object.end, end))?.index ?? end - object.end);
  // A cancer named last, after such a clause ("... a TME that lets cancer cells escape immune surveillance in
  // chondrosarcoma."), places the whole sentence (issue 7, stop 52, h-probe52: the place was dropped and a finding
  // stated for cancer in general backed the claim).
  const closingCancer = (m: EntityMention): boolean => m.start >= clauseEnd && kb.entities.get(m.entityId)?.type === 'disease' && /^[\s)\].]*$/u.test(text.slice(m.end, end));
  const context = claimOf(sentence, subject, 'suppresses', object).context.filter((m) => m.end <= subject.start || (m.start >= object.end && m.end <= clauseEnd) || closingCancer(m));
  // Making a suppressive surrounding lowers the immunity, undoing it raises it; a stimulatory one the other way round.
  const raises = undoing.test(found.groups.verb) !== stimulating.test(found.groups.quality);
  return [claimOf(sentence, subject, raises ? 'promotes' : 'suppresses', object, { context })];
}

export const immunosuppressiveMilieu: Construction = {
  name: 'immunosuppressive-milieu',
  reads: '"X creates an immunosuppressive microenvironment": X lowers antitumour immunity ("reverses" it, or makes it immunostimulatory: X raises it); "a tumour-suppressive microenvironment": X lowers tumorigenesis',
  triggers: ['immunosuppressive', 'immuno-suppressive', 'immuno‐suppressive', 'immune-suppressive', 'immune suppressive', 'immunosuppressing', 'immunostimulat', 'immuno-stimulat', 'immune-stimulat', 'immune stimulat', 'immune-activating', 'immunoactivating', 'immuno-activating', 'suppress', 'restrain', 'restrictive', 'inhibitory', 'tumorigenic', 'tumourigenic', 'oncogenic'],
  example: 'Through the cytokines they release, cancer-associated fibroblasts foster a highly immunosuppressive tumour microenvironment.',
  expected: ['CAF suppresses ANTITUMOR_IMMUNITY'],
  apply: (claims, sentence) => {
    const read = immunosuppressiveMilieuClaims(sentence);
    if (read.length === 0) return claims;
    // The verb reader's reading of a name inside the phrase ("CAFs shape an immunosuppressive TME": CAF raises the
    // TME) is this one, misread.
    const { start, end } = read[0].object;
    return replacingPairs(claims.filter((c) => !(c.object.start >= start && c.object.end <= end)), read);
  },
};
