// A molecule (or cell) classed by what it does: "X is a tumour suppressor", "X exerts tumour-suppressive effects",
// "X has anti-inflammatory activity", "the oncogenic role of X", "X is a growth inhibitor of tumour cells". The
// class word names a process and a direction, and the labelling guideline reads the classification as that claim:
// calling STAT3 tumour-suppressive contradicts a finding that it drives tumours on, calling IL-6 a growth inhibitor
// contradicts the finding that it raises proliferation (issue 7, stop 36). Without this the sentence named an actor
// and read no claim ("STAT3 can exert tumour suppressor effects") or read the cancer itself as the object.
// inflammatoryKind.ts reads "X is an anti-inflammatory cytokine"; this reads the other shapes of the same idea:
// - copular: "X is (acts as, serves as, functions as) a(n) [few words] <kind noun>": a tumour suppressor, an oncogene,
//   a growth inhibitor, a tumour promoter;
// - predicative: "X is [adverb] <kind adjective>" ending its clause or before "in", "under", "for";
// - effects: "X has (exerts, displays, shows, possesses, plays, drives, elicits) [few words] <kind adjective> effects
//   (activity, roles, functions, properties, actions, outcomes, responses)", "both pro- and anti-inflammatory roles"
//   and "either oncogenic or tumour-suppressive roles" as both; also as the subject's second predicate after "and";
// - nominal: "the <kind adjective> effect (role, function, activity) of X".
// - (stop 43) agent: "X is (acts as) a(n) [few words] <kind adjective> <noun of an agent>", "tumour-promoting agents",
//   "a tumour-suppressive factor"; bearing: "X (subsets) with <kind adjective> properties (activity, ...)";
//   and a contrast's class with no holder of its own, "..., however, tumour-inhibiting actions are also reported".
// Not an apposition ("X, a tumour suppressor in the colon, raises Y" is a side remark), and nothing in a sentence that
// denies, doubts or asks ("X is not a tumour suppressor", "it is unlikely that X is oncogenic", "whether X ..."):
// a false contradiction is worse for a writer than a miss. Not for a drug or a disease (a drug's "anti-tumour
// activity" is its efficacy, read elsewhere).
import type { EntityMention } from '../entities/recognize';
import { type Construction, claimOf, contextMentions, mentionsIn, type SentenceSpan } from './construction';
import type { ExtractedClaim } from './extract';
import { moleculeTypes } from '../kb/schema';
import { isWhoseRemark } from './whoseRelative';

interface Kind {
  /** The process the class word names. */
  process: string;
  sign: 1 | -1;
}

// (h-w22b45, stop 45: "cancer-promoting", "cancer-inhibitory", "cancer-suppressive" are the same classes spelled with
// the disease for the tumour; "the cancer-inhibitory actions of X" read nothing.)
const T = '(?:tumou?r|cancer)[-‐\\s]?';
/** "tumour-suppressive", "tumour-restraining", "anti-tumorigenic": the tumour held back (immunosuppressiveMilieu.ts reads it of a surrounding). */
// (Stop 43, h-actor43: "tumour-inhibiting", "tumour-restricting", "tumour-retarding" are the same class, spelled with
// the verb's participle as "tumour-promoting" is.)
// (Stop 53: "antitumour" / "anti-tumoral" itself, "some CAFs display antitumour properties", read nothing; a drug's
// "antitumour activity" is its efficacy, and this reader leaves drugs alone, below.)
export const tumourRestrainingAdjective = `${T}(?:suppressive|suppressing|suppressor|inhibitory|inhibiting|restraining|restrictive|restricting|retarding)|anti[-‐]?tumou?r(?:igenic|al)?|anti[-‐]?oncogenic`;
/** Adjectives of a class: each with the process it names and its direction. */
const adjectives: readonly { pattern: string; kind: Kind }[] = [
  { pattern: tumourRestrainingAdjective, kind: { process: 'TUMORIGENESIS', sign: -1 } },
  { pattern: `${T}(?:promoting|promotive)|(?:pro[-‐]?)?oncogenic|pro[-‐]?tumou?r(?:igenic)?`, kind: { process: 'TUMORIGENESIS', sign: 1 } },
  { pattern: 'anti[-‐]?inflammatory', kind: { process: 'INFLAMMATION', sign: -1 } },
  { pattern: 'pro[-‐]?inflammatory', kind: { process: 'INFLAMMATION', sign: 1 } },
  { pattern: 'growth[-‐\\s](?:inhibitory|suppressive|inhibiting|suppressing)|anti[-‐]?proliferative', kind: { process: 'CELL_GROWTH', sign: -1 } },
];
/** Nouns of a class (after "a", "an"). */
const nouns: readonly { pattern: string; kind: Kind }[] = [
  { pattern: `${T}suppressors?(?:[-‐\\s](?:genes?|proteins?))?`, kind: { process: 'TUMORIGENESIS', sign: -1 } },
  { pattern: `oncogenes?|oncoproteins?|${T}promoters?`, kind: { process: 'TUMORIGENESIS', sign: 1 } },
  { pattern: 'growth[-‐\\s](?:inhibitors?|suppressors?)', kind: { process: 'CELL_GROWTH', sign: -1 } },
];
const adjective = adjectives.map((a) => a.pattern).join('|');
const noun = nouns.map((n) => n.pattern).join('|');
/** Nouns of what a class adjective qualifies when it is said of X. */
const effectNouns = 'effects?|activit(?:y|ies)|roles?|functions?|properties|property|actions?|potential|capacit(?:y|ies)|behaviou?rs?|outcomes?|responses?';
/**
 * The subject's activity named after it, "IL-6 signalling is pro-inflammatory", "STAT3 activation is oncogenic", "IL-6
 * classic signalling (trans-signalling) is anti-inflammatory": the class is said of what X does, so of X (h-w22b45,
 * stop 45: a head noun between the name and its verb read nothing). Only nouns of X's own working, not of its amount
 * or its loss (a loss word after the name is read by lossAfterSubject, and turns the class round).
 */
const activityHead = String.raw`(?:(?:(?:classic(?:al)?|canonical|non[-‐]?canonical)\s+)?(?:trans[-‐]?)?(?:signal(?:l)?ing|activation|activity)(?:\s+(?:pathway|axis|cascade))?\s+)?`;
/**
 * The receptor X's activity runs through, between the activity and its verb: "IL-6 signalling via the membrane-bound
 * IL-6R is involved in ..." (stop 53): the class is still said of X's signalling. The receptor there is no subject of
 * its own (`routeBefore`).
 */
const routeAfterSubject = String.raw`(?:(?:via|through)\s+(?:the\s+|its\s+)?(?:(?:membrane[-‐]bound|soluble|cognate)\s+)?[\p{L}\d-]+(?:\s+receptors?)?\s+)?`;
const routeBefore = /\b(?:via|through)\s+(?:the\s+|its\s+)?(?:(?:membrane[-‐]bound|soluble|cognate)\s+)?$/iu;
/** Between the subject and its verb: a bracketed short form, adverbs, modals, "has been shown to". */
const lead = String.raw`^\s*(?:\([^()]{1,20}\)\s*)?${activityHead}${routeAfterSubject}(?:(?:also|may|might|can|could|often|frequently|thus|therefore|further|itself|mainly|primarily|predominantly|has|have|had|been|be|is|are|was|were|shown|known|thought|reported|found|believed|proposed|described|identified|regarded|considered|to)\s+|by\s+(?:several|many|numerous|some|multiple|recent|previous|other)\s+(?:studies|reports|groups)\s+){0,6}`;
const copula = String.raw`(?:is|are|was|were|be|been|(?:plays?|played|has|had)\s+an?\s+(?:(?:central|key|major|important|crucial|critical|pivotal|prominent|essential|dual|main)\s+)?role\s+as|acts?\s+as|acted\s+as|serves?\s+as|served\s+as|functions?\s+as|functioned\s+as|represents?|remains?|behaves?\s+as|works?\s+as)`;
// (stop 43: "drives (elicits) pro-inflammatory outcomes (responses)": a verb of bringing about before the class's results.)
const having = String.raw`(?:has|have|had|exerts?|exerted|exhibits?|exhibited|displays?|displayed|shows?|showed|possess(?:es)?|possessed|plays?|played|mediates?|mediated|drives?|drove|elicits?|elicited)`;
/**
 * "X is involved in (responsible for, underlies) anti-inflammatory activities" (stop 53): the activities X takes part
 * in are its own, as the ones it exerts are.
 */
const involvedIn = String.raw`(?:(?:is|are|was|were|be|been)\s+(?:(?:mainly|largely|also|primarily|predominantly|chiefly|directly)\s+)?(?:involved\s+in|responsible\s+for|implicated\s+in)|underl(?:ies|ie|ay)|participates?\s+in|participated\s+in)`;
/** "X is a pleiotropic cytokine displaying (with) ... effects": the participle on the predicate noun says it of X. */
const havingAfterNoun = String.raw`(?:is|are|was|were)\s+(?:an?|the)\s+(?:[\p{L}-]+,?\s+){1,4}?(?:displaying|exhibiting|showing|having|exerting|possessing|playing|with)`;
/** A few words before the class word: "a potent", "both pro- and", "important". No clause break, no verb of its own. */
const few = String.raw`(?:(?:an?|the|both|either|potent|potential|important|key|major|strong|marked|novel|direct|putative|bona[-\s]fide|classic(?:al)?|critical|pivotal|significant|dual|context[-‐]dependent)\s+){0,4}`;
/**
 * Another word sharing the class word's head, before it: "a differentiation and growth inhibitor", "regenerative and
 * anti-inflammatory activities" (stop 53): the class word still names what X is or does. Never a class word itself,
 * nor the "pro-" of "pro- and anti-inflammatory" (read as both by the effects shape), nor a name with a digit.
 */
const sharedHead = String.raw`(?:(?!(?:${adjectives.map((a) => a.pattern).join('|')})(?![-‐\p{L}]))(?!pro[-‐]?\s)\p{Ll}+(?:[-‐]\p{Ll}+)*,?\s+(?:and|or)\s+)?`;
/**
 * A plain denial of the class, "X is not a tumour suppressor", "X does not act as an oncogene", "X is not oncogenic",
 * "X does not exert pro-inflammatory effects" (stop 38): the class's claim, denied. Only "not" right before the
 * article (or the adjective), so "not only", "not merely", "not necessarily" never match.
 */
const doesNot = String.raw`(?<doesNot>(?:does|did|do)\s+not\s+)?`;
const denied = String.raw`(?<denied>not\s+)?`;
const copularNoun = new RegExp(`${lead}${doesNot}${copula}\\s+${denied}(?:an?|the)\\s+${few}${sharedHead}(?<kind>${noun})\\b`, 'iu');
const predicative = new RegExp(`${lead}(?:is|are|was|were|be|been|remains?)\\s+${denied}(?:(?:highly|strongly|potently|also|largely|mainly|predominantly|clearly)\\s+)?(?<kind>${adjective})(?=\\s*(?:$|[.,;]|in\\b|under\\b|for\\b|during\\b|within\\b|when\\b|and\\b|but\\b|whereas\\b|while\\b))`, 'iu');
/**
 * Reference numbers pasted as plain digits right after a word, "pro-oncogenic4,5,7 or tumour-suppressive roles8-12"
 * (a superscript citation of a numbered style, its formatting lost): no word of the phrase (stop 43).
 */
const referenceNumbers = String.raw`(?:\d{1,3}(?:[,–‐-]\d{1,3}){0,8})?`;
/**
 * "both oncogenic and tumour-suppressive effects", "tumour-promoting or tumour-restraining roles": two class words
 * joined before the one noun, each said of X (stop 42, h-actor42: before, the first had to stand right before the
 * noun, so a dual role read nothing, or only the second class word as the verb reader's claim).
 */
/**
 * A describing word of another sort joined after the class word, "antitumour and drug-sensitizing properties",
 * "tumour-suppressive and pro-apoptotic effects": the class is still said of X, the other word read by no one here
 * (stop 53: the pair read nothing). One word, maybe hyphened, ending as adjectives and participles do.
 */
const otherDescribingWord = String.raw`(?:\p{L}+[-‐])*\p{L}+(?:ing|ive|ic|al|ory|ant|ent)`;
const pairedKind = String.raw`(?:${referenceNumbers}\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:(?<kind2>${adjective})|${otherDescribingWord}))?${referenceNumbers}`;
/**
 * Issue 7, stop 43 (h-actor43): the class adjective on a noun of what X is, "CAFs act as tumour-promoting agents",
 * "X is a tumour-suppressive factor", "X are tumour-restraining cells": X is such an agent, so it moves the process
 * as "X has tumour-promoting effects" says (the copular noun above reads "a tumour suppressor"; "pro-tumorigenic
 * agents" was read by frames.ts, "tumour-promoting agents" read nothing). The inflammatory kinds on such a noun are
 * inflammatoryKind.ts's ("an anti-inflammatory cytokine"), so this shape reads the tumour and growth kinds only.
 */
const agentNouns = 'agents?|factors?|cytokines?|cells|molecules?|proteins?|signals?|mediators?|genes?|regulators?|players?|drivers?|effectors?|kinases?|populations?|subsets?|subtypes?';
const copularAgent = new RegExp(`${lead}${doesNot}${copula}\\s+${denied}(?:(?:an?|the)\\s+)?${few}(?<kind>${adjective})${pairedKind}\\s+(?:${agentNouns})\\b`, 'iu');
/** "CAF subtypes with tumour-promoting and tumour-restricting properties", "X with tumour-suppressive activity": X bears the class (stop 43). */
const bearing = new RegExp(`^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:(?:subtypes?|subsets?|populations?)\\s+)?with\\s+${few}(?<kind>${adjective})${pairedKind}\\s+(?:${effectNouns})\\b`, 'iu');
const effects = new RegExp(`${lead}${doesNot}(?:${having}|${havingAfterNoun}|${involvedIn})\\s+${few}(?<both>pro[-‐]?\\s*(?:and|or)\\s+)?${sharedHead}(?<kind>${adjective})${pairedKind}\\s+(?:${effectNouns})\\b`, 'iu');
/**
 * "the tumour-suppressive role of X", also past up to two words that describe X ("the cancer-inhibitory actions of
 * proliferating tumour-residing fibroblasts", "the oncogenic activity of constitutively active STAT3"; h-w22b45, stop
 * 45): each an adverb, an adjective or participle by its ending, or a hyphened compound of letters, so never another
 * name ("IL-6-induced") nor a plural head of its own ("of drugs targeting X", "of cells lacking X"); never a word of
 * loss or change ("of silenced X", "mutant X"), which would turn or void the class.
 */
const describingWord = String.raw`(?!(?:lacking|missing|deficient|depleted|silenced|deleted|blocked|inhibited|suppressed|inactivated|inactive|targeting|blocking|inhibiting|silencing|depleting|deleting|neutrali[sz]ing|neutrali[sz]ed|mutant|mutated|truncated|knocked|antagonized|antagonised)\s)(?:\p{L}+ly|(?:\p{L}+[-‐])*\p{L}+(?:ing|ed|ive|al|ic|ent|ant|ous)|\p{L}+(?:[-‐]\p{L}+)+)\s+`;
const nominalBefore = new RegExp(`(?<kind>${adjective})(?:\\s*,?\\s+(?:and|or)\\s+(?!(?:${adjective})(?![-‐\\p{L}]))\\p{L}+(?:[-‐]\\p{L}+)*)?\\s+(?:${effectNouns})\\s+of\\s+(?:the\\s+)?(?:${describingWord}){0,2}$`, 'iu');
/**
 * Attributive: the class adjective right before the name, "tumour-promoting CAFs", "a distinct, tumour-restraining CAF
 * population" (issue 7, stop 49, h-actor49: read nothing, though "CAFs are tumour-restraining cells" read the class).
 * Said of X as the nominal shape is (a predicate the reader read of X speaks instead). The tumour and growth kinds
 * only: "pro-inflammatory IL-6" is inflammatoryKind.ts's.
 */
const attributiveBefore = new RegExp(`(?<![-‐\\p{L}])(?<kind>${adjective})\\s+$`, 'iu');
/** A second class in the same clause: "... in some settings and anti-inflammatory in others", "but growth-inhibitory". */
const secondKind = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:and|but|yet|whereas|while)(?:\s*,\s*[^,.;]{1,30},)?\s+(?:(?:is|are|was|were|be|can\s+be|may\s+be|also|even|sometimes|potently|strongly|highly|rather|instead|largely|mainly)\s+){0,3}(?<kind>${adjective})(?![-‐\p{L}])(?!\s+(?:${effectNouns}|cytokines?|factors?|genes?|cells?|molecules?|mediators?|signals?)\b)`, 'iu');
/**
 * The subject's second predicate, "X is characterised by ... and can drive both pro- and anti-inflammatory outcomes",
 * "X binds its receptor and exerts anti-inflammatory effects": where each "and" (or ", and") in X's clause opens a
 * verb phrase, tried with the effects shape after X's first predicate (stop 43). The caller reads it only for the
 * clause's first actor and drops a start with a molecule, pathway or cell between: the predicate may be that name's
 * ("X activates Y and exerts ...", "Y binds X in the nucleus and exerts ...").
 */
function coordinatedStarts(after: string): number[] {
  // A bracketed short form right after the name is the name's own ("Cancer-associated fibroblasts (CAFs) are ... and
  // have both ..."; issue 7, stop 44: the bracket closed the clause before its first predicate, and nothing was read).
  const clause = /^\s*(?:\([^()]{1,20}\))?[^.;:()]*/u.exec(after)?.[0] ?? '';
  return [...clause.matchAll(/\band\s+/giu)].map((a) => a.index + a[0].length).filter((from) => from > 8);
}
/**
 * "X acts as a tumour-promoting agent; however, tumour-inhibiting actions are also reported": the contrasted clause names
 * the other class on an effect noun with no holder of its own (no "of" after it), so it is X's (stop 43: read alone,
 * the first class made a dual role a false support). A semicolon may open the contrast, as "; however," does.
 */
const contrastedKind = new RegExp(String.raw`^[^.:]{0,80}?\b(?:however|but|yet|whereas|while)\b,?\s+(?:(?:also|even|sometimes|other)\s+)?(?<kind>${adjective})\s+(?:${effectNouns})\b(?!\s+(?:of|on)\b)`, 'iu');
/** Denial, doubt or a question anywhere before the class word: no claim (precision first). */
const doubt = /\b(?:not|no|never|neither|nor|n't|unlikely|doubt(?:ful|ed|s)?|whether|if|lacks?|lacked|lacking|without|rather\s+than|instead\s+of|unclear|unknown|controversial|debated)\b|n't\b/iu;
/**
 * The subject named by its loss ("deletion of IL-6 was pro-inflammatory", "IL-6 inhibitors are anti-inflammatory",
 * "blocking IL-11 had anti-inflammatory effects"): the class is said of the loss, not of X, and turns round for X
 * (the guideline: loss of function inverts). Read as X's own class it was a false finding (stop 37, precision audit).
 */
const lossBeforeSubject = /(?:\b(?:deletion|loss|lack|absence|knock-?down|knock-?out|silencing|depletion|ablation|inhibition|blockade|neutrali[sz]ation|deficiency|removal|inactivation)\s+of\s+(?:the\s+)?|\b(?:deleting|silencing|blocking|inhibiting|neutrali[sz]ing|depleting|targeting|knocking\s+down|knocking\s+out|removing|ablating|inactivating)\s+(?:the\s+)?|\banti-|\bsi-?|\bsh-?)$/iu;
const lossAfterSubject = /^[\s-]*(?:(?:knock-?down|knock-?out|silencing|deletion|depletion|ablation|blockade|inhibition|inhibitors?|deficiency|loss|neutrali[sz]ation|antagonists?|antibod(?:y|ies)|null|deficient)\b|\/-)/iu;
/**
 * After a nominal classification, a predicate that doubts or denies it ("the oncogenic role of X is debated",
 * "... remains unclear", "... has not been examined"): the sentence asserts no class (stop 37, precision audit).
 */
const doubtAfterNominal = /^[^.;]{0,80}?\b(?:is|are|was|were|remains?|remained|has|have|had)\s+(?:(?:still|also|largely|poorly|rather|far|yet|so\s+far|thus\s+far)\s+)*(?:debated|controversial|unclear|unknown|uncertain|disputed|elusive|obscure|contentious|unresolved|not|never|less|ill[-\s]defined|understudied|unexplored|questioned|a\s+matter\s+of\s+debate|under\s+debate|to\s+be\s+(?:determined|established|clarified|explored|elucidated|defined|shown))\b/iu;
/**
 * A nominal class challenged by evidence of the opposite class, with no holder of its own (no "of" after it): "the
 * oncogenic role of X has been questioned (challenged, disputed) by reports that suggest a tumour-suppressive activity"
 * (stop 53). The evidence's class is said of X.
 */
const challengedBy = new RegExp(String.raw`^[^.;]{0,60}?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:(?:recently|repeatedly|also|since|increasingly|seriously)\s+)?(?:questioned|challenged|disputed|contradicted)\s+by\s+(?:[\p{L}-]+\s+){0,3}?(?:reports?|studies|findings|data|evidence|observations|work|experiments)\s+(?:(?:that|which)\s+(?:suggest|suggested|show|showed|have\s+shown|indicate|indicated|reveal|revealed|point\s+to|pointed\s+to|demonstrate|demonstrated|report|reported)|showing|suggesting|indicating|revealing|pointing\s+to|demonstrating)\s+(?:an?\s+|the\s+)?${few}(?<kind>${adjective})\s+(?:${effectNouns})\b(?!\s+(?:of|on|in\s+other)\b)`, 'iu');
/** What may be classed so: molecules, pathways and cells (not drugs, diseases, processes or places). */
const actorTypes = new Set([...moleculeTypes, 'pathway', 'cell-type']);

function kindOf(word: string): Kind | undefined {
  for (const row of [...adjectives, ...nouns]) if (new RegExp(`^(?:${row.pattern})$`, 'iu').test(word)) return row.kind;
  return undefined;
}

interface Found {
  subject: EntityMention;
  /** "the tumour-suppressive role of X": the classification as a noun phrase, often the topic of a predicate. */
  nominal?: boolean;
  /** Named by its loss: the class turns round for X. */
  lost?: boolean;
  /** Denied in its own predicate ("X is not a tumour suppressor"): where the denial stands. */
  denial?: { start: number; end: number };
  kinds: { kind: Kind; start: number; end: number }[];
}

/**
 * A class word anywhere in the sentence: every shape reads one inside it (after its subject, or before it for the
 * nominal). Asked first, it rules out nearly every sentence the trigger words let through ("promot", "inhibit":
 * 2,000 of a 100k-word thesis's sentences, 60 µs each in the bench's cost table, none of them a classification;
 * issue 10, stop 40).
 */
const kindWord = new RegExp(`${adjective}|${noun}`, 'iu');

/** The classifications of the sentence's actors, in the four shapes. */
export function kindClaims(sentence: SentenceSpan, others: readonly ExtractedClaim[] = []): ExtractedClaim[] {
  const { text, kb } = sentence;
  if (!kindWord.test(text.slice(sentence.start, sentence.end))) return [];
  const mentions = mentionsIn(sentence);
  const found: Found[] = [];
  for (const subject of mentions) {
    if (!actorTypes.has(kb.entities.get(subject.entityId)?.type ?? '')) continue;
    if (routeBefore.test(text.slice(Math.max(sentence.start, subject.start - 40), subject.start))) continue;
    const lost = lossBeforeSubject.test(text.slice(Math.max(sentence.start, subject.start - 40), subject.start)) || lossAfterSubject.test(text.slice(subject.end, subject.end + 30));
    // (A loss word after the subject stands before its verb: "IL-6 knockdown is ...", so it is skipped as the lead is.)
    const lossWords = lost ? /^[\s-]*(?:[\p{L}-]+\s+)?(?:knock-?down|knock-?out|silencing|deletion|depletion|ablation|blockade|inhibition|inhibitors?|deficiency|loss|neutrali[sz]ation|antagonists?|antibod(?:y|ies)|null|deficient|\/-)(?:\s+(?:mice|cells|animals))?/iu.exec(text.slice(subject.end, subject.end + 40))?.[0].length ?? 0 : 0;
    // Not an apposition or a list member: the subject's verb follows it (checked by `lead`), and the subject is not
    // the second name of a pair ("IL-6 and STAT3 are ..."): a list's members are each classed, but only the first
    // match is read, for simplicity, from the mention before the verb.
    const after = text.slice(subject.end + lossWords, Math.min(sentence.end, subject.end + 200));
    // The second predicate is read only for the clause's first actor, and up to a second actor (see coordinatedStarts).
    const isActor = (o: EntityMention): boolean => o !== subject && actorTypes.has(kb.entities.get(o.entityId)?.type ?? '');
    const clauseStart = sentence.start + (/^(?:.*[,;:(])?/su.exec(text.slice(sentence.start, subject.start))?.[0].length ?? 0);
    const firstOfClause = !lost && !mentions.some((o) => isActor(o) && o.start >= clauseStart && o.start < subject.start);
    // (The subject's own bracketed short form is no second actor.)
    const coordinated = firstOfClause ? coordinatedStarts(after).filter((from) => !mentions.some((o) => isActor(o) && o.entityId !== subject.entityId && o.start > subject.end && o.start < subject.end + from)) : [];
    for (const [pattern, skip] of [[copularNoun, 0], [predicative, 0], [effects, 0], [copularAgent, 0], [bearing, 0], ...coordinated.map((from) => [effects, from] as const)] as const) {
      const m = pattern.exec(after.slice(skip));
      if (!m?.groups?.kind) continue;
      if (pattern === copularAgent && /inflammatory/iu.test(m.groups.kind)) continue;
      const at = subject.end + lossWords + skip + m.index + m[0].lastIndexOf(m.groups.kind);
      const kind = kindOf(m.groups.kind);
      if (!kind) continue;
      const kinds = [{ kind, start: at, end: at + m.groups.kind.length }];
      // "both oncogenic and tumour-suppressive effects": the second class word before the noun, of the same subject.
      if (m.groups.kind2) {
        const from = at + m.groups.kind.length + m[0].slice(m[0].lastIndexOf(m.groups.kind) + m.groups.kind.length).indexOf(m.groups.kind2);
        const other = kindOf(m.groups.kind2);
        if (other) kinds.push({ kind: other, start: from, end: from + m.groups.kind2.length });
      }
      // "both pro- and anti-inflammatory roles": the pro- reading too.
      if (m.groups.both && kind.process === 'INFLAMMATION') kinds.push({ kind: { process: kind.process, sign: kind.sign === 1 ? -1 : 1 }, start: at, end: at + m.groups.kind.length });
      // "X is pro-inflammatory in some settings and anti-inflammatory in others": a second class of the same subject
      // after "and", "but", "whereas" in its clause, no other name between (stop 37: only the first was read, so a
      // sentence that also calls X the opposite came out supported).
      const rest = text.slice(at + m.groups.kind.length, sentence.end);
      const plainSecond = secondKind.exec(rest);
      const second = plainSecond ?? (kinds.length === 1 ? contrastedKind.exec(rest) : null);
      if (second?.groups?.kind) {
        const from = at + m.groups.kind.length + second.index + second[0].lastIndexOf(second.groups.kind);
        const other = kindOf(second.groups.kind);
        // (A place between, "in the liver", is the first class's setting; another molecule makes another subject.)
        // (The contrast's class stands right after its connective, so a name between is the first clause's: "a
        // tumour-promoting cytokine; however, ..." names no rival.)
        const rival = plainSecond !== null && mentions.some((o) => o !== subject && o.start >= at + m.groups!.kind.length && o.start < from && actorTypes.has(kb.entities.get(o.entityId)?.type ?? ''));
        if (other && !rival) kinds.push({ kind: other, start: from, end: from + second.groups.kind.length });
      }
      // A plain denial: its place, so the doubt test below looks past it; none for a subject named by its loss, nor
      // with a second class (the denial would be of the first only), nor before "but" or "rather" ("X is not a
      // tumour suppressor but an oncogene" puts the class elsewhere).
      const not = m.groups.doesNot ?? m.groups.denied;
      let denial: { start: number; end: number } | undefined;
      if (not) {
        if (lost || kinds.length > 1 || /\b(?:but|rather|instead|merely|only)\b/iu.test(text.slice(at, sentence.end))) break;
        const from = subject.end + lossWords + skip + m.index + m[0].indexOf(not);
        denial = { start: from, end: from + not.length };
      }
      found.push({ subject, kinds, lost, denial });
      break;
    }
    if (found.some((f) => f.subject === subject)) continue;
    // Nominal: "the tumour-suppressive role of X".
    const before = nominalBefore.exec(text.slice(Math.max(sentence.start, subject.start - 80), subject.start));
    // ("the oncogenic effects of TGF-beta on cell migration": effects named on a target of their own say what X does
    // to that target, which the reader reads; the class word is no claim of its own, stop 36.)
    if (before?.groups?.kind && !/^\s*(?:\([^)]*\)\s*)?on\s/i.test(text.slice(subject.end, subject.end + 60))) {
      const kind = kindOf(before.groups.kind);
      const at = subject.start - (text.slice(Math.max(sentence.start, subject.start - 80), subject.start).length - before.index);
      if (kind) found.push({ subject, nominal: true, lost, kinds: [{ kind, start: at, end: at + before.groups.kind.length }] });
      // "The oncogenic role of X has been questioned by reports that suggest a tumour-suppressive activity": the
      // class the challenging evidence names, the opposite one, is X's (stop 53); the questioned class is doubted, no claim.
      const challenge = kind && !lost ? challengedBy.exec(text.slice(subject.end, sentence.end)) : null;
      const other = challenge?.groups?.kind ? kindOf(challenge.groups.kind) : undefined;
      if (challenge && other && other.process === kind!.process && other.sign !== kind!.sign) {
        const from = subject.end + challenge.index + challenge[0].lastIndexOf(challenge.groups!.kind);
        found.push({ subject, kinds: [{ kind: other, start: from, end: from + challenge.groups!.kind.length }] });
      }
    }
    if (found.some((f) => f.subject === subject) || lost) continue;
    const window = text.slice(Math.max(sentence.start, subject.start - 40), subject.start);
    const attributive = attributiveBefore.exec(window);
    // Not a class word the other shapes read ("a tumour-promoting cytokine", "the tumour-promoting cytokines IL-6 and
    // TNF": copularAgent, classInPassing.ts), nor a predicate noun ("IL-6 is a tumour-promoting cytokine").
    const classWord = new RegExp(`^(?:${agentNouns})$`, 'iu').test(subject.text);
    const predicateNoun = /\b(?:is|are|was|were|be|been|as|remains?|represents?)\s+(?:(?:an?|the|one\s+of\s+the)\s+)?(?:[\p{L}-]+,?\s+){0,3}$/iu.test(window.slice(0, attributive?.index ?? 0));
    if (attributive?.groups?.kind && !/inflammatory/iu.test(attributive.groups.kind) && !classWord && !predicateNoun) {
      const kind = kindOf(attributive.groups.kind);
      const at = subject.start - (window.length - attributive.index);
      if (kind) found.push({ subject, nominal: true, kinds: [{ kind, start: at, end: at + attributive.groups.kind.length }] });
    }
  }
  const claims: ExtractedClaim[] = [];
  for (const { subject, kinds, nominal, lost, denial } of found) {
    for (const { kind, start, end } of kinds) {
      // "The anti-tumorigenic role of X is the promotion of Y": a nominal classification that is the topic of a
      // predicate the reader read a claim of X from is what the sentence takes for granted; the predicate speaks.
      // (An association inside a "whose" relative on X, "a tumour-restraining CAF population whose function is linked
      // to Z", is a side remark on X, not its predicate: whoseRelative.ts.)
      if (nominal && others.some((c) => c.subject.entityId === subject.entityId && (c.object.end <= start || c.object.start >= end) && c.object.start > subject.end && !isWhoseRemark(c, text))) continue;
      if (!kb.entities.has(kind.process)) continue;
      // Anything that denies, doubts or asks before the class word: no claim.
      // (A plain denial of the class is read as such: the test looks past its own words.)
      if (doubt.test(denial ? `${text.slice(sentence.start, denial.start)} ${text.slice(denial.end, end)}` : text.slice(sentence.start, end))) continue;
      if (nominal && doubtAfterNominal.test(text.slice(subject.end, sentence.end))) continue;
      // The class word's own mentions ("tumour" in "tumour suppressor") are neither context nor participants.
      // (Every class word of the subject's: "both oncogenic and tumour-suppressive" holds no setting for the first.)
      const context = contextMentions(sentence, [subject.entityId, kind.process]).filter((c) => kinds.every((k) => c.end <= k.start || c.start >= k.end));
      const object: EntityMention = { entityId: kind.process, start, end, text: text.slice(start, end) };
      const sign = lost ? -kind.sign : kind.sign;
      claims.push(claimOf(sentence, subject, sign > 0 ? 'promotes' : 'inhibits', object, { context, inverted: lost === true, negated: denial !== undefined, start: Math.min(subject.start, start), end: Math.max(subject.end, end) }));
    }
  }
  return claims;
}

export const kindAsDirection: Construction = {
  name: 'kind-as-direction',
  reads: '"X is a tumour suppressor", "X exerts anti-inflammatory effects", "the oncogenic role of X", "X is a growth inhibitor": X lowers (raises) the process the class word names',
  triggers: ['suppress', 'inhibit', 'oncogen', 'oncoprotein', 'promot', 'inflammatory', 'anti', 'restrain', 'restrict', 'retard'],
  example: 'In several carcinomas, STAT3 can also exert tumour-suppressive effects.',
  expected: ['STAT3 inhibits TUMORIGENESIS [ctx CARCINOMA]'],
  apply: (claims, sentence) => {
    const read = kindClaims(sentence, claims);
    if (read.length === 0) return claims;
    // The reader's own claims on the class word's words (the cancer named by "tumour", "inhibitor of growth") or on the
    // same pair give way to the classification's.
    const replaced = (c: ExtractedClaim): boolean =>
      read.some((r) => c.subject.entityId === r.subject.entityId && (c.object.entityId === r.object.entityId || (c.object.start >= r.object.start && c.object.end <= r.object.end) || (r.object.entityId === 'TUMORIGENESIS' && ['CANCER', 'SOLID_TUMOR', 'CARCINOMA'].includes(c.object.entityId))));
    return [...claims.filter((c) => !replaced(c)), ...read];
  },
};
