// Clinical associations: "loss of SMAD4 showed a significant association with lymphovascular invasion and
// distant metastasis", "high nuclear expression of p65 is an independent prognostic factor for better
// survival", "X and Y were associated with poor OS". Clinical abstracts state most of their findings this
// way, often with no verb between the marker and what it goes with, several markers or outcomes coordinated,
// and the marker's state ("loss of", "negative ... expression", "inactivated") deciding the direction. The
// claim reader reads events; this module reads the association construction on its own, for abstracts:
// every marker of the subject phrase goes with every outcome, feature or marker after the cue.
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from './knowledgeBase';
import { isFavourableOutcome, undirectedOutcomeAt } from './outcomes';
import { moleculeTypes } from './schema';
import { frontedPatientSettingEnd } from '../claims/patientSetting';
import { associationParticipleList, associationPrepositions } from '../claims/vocabulary';

export interface ClinicalAssociation {
  subject: EntityMention;
  object: EntityMention;
  /** 'none': two markers coordinated before the cue ("IL-6 and VEGF were associated with stage") are not associated with each other. */
  polarity: 'positive' | 'negative' | 'none';
}

/**
 * The cue: what says that the marker goes with the outcome, without saying that it causes it. A predictor names
 * the same association as "predicted" ("X and Y were independent predictors of poorer prognosis").
 */
const cue = new RegExp(
  String.raw`\b(?:(?:was|were|is|are|being|and)\s+(?:(?:significantly|strongly|closely|independently|positively|negatively|inversely|also|not)\s+)*(?:${associationParticipleList.join('|')})(?:\s+(?:${associationPrepositions.join('|')}))?|` +
  String.raw`(?:showed|had|has|have)\s+(?:a\s+)?(?:(?:significant|strong|close|positive|negative|inverse)\s+)*(?:association|correlation)\s+with|(?:an?\s+)?(?:(?:independent|unfavou?rable|poor|adverse|significant|useful)\s+)*(?:prognostic|predictive|risk)\s+(?:factor|marker|indicator|biomarker)s?\s+(?:for|of)|(?:(?:independent|significant|strong|useful|reliable)\s+)*predictors?\s+(?:of|for)|predict(?:ed|s|ing)?|indicators?\s+of|(?<!\bas\s)indicat(?:es|ed)(?!\s+(?:by|that|in)\b)|adversely\s+affected)\b`,
  'gi',
);

/** Words that turn the association round at the cue. */
const inverseCue = /\b(?:negatively|inversely|negative|inverse|adversely)\b/i;
/** A denial at the cue: "was not associated with". */
const deniedCue = /\bnot\b/i;
/**
 * A denial of a noun cue by its copula, right before it: "X was not a (strong) predictor of Y", "X levels were not
 * prognostic factors for Y", "X is never an indicator of Y", "X was no longer a predictor of Y", "X levels have not been predictors of Y". The noun cue starts at
 * its article or size words, so the copula's "not" falls outside the match and was read as the association
 * (a denied claim called supported). "not only (merely, just) a predictor" asserts it; "not an independent predictor"
 * leaves the association open and reads none either (no finding, never its support).
 */
const copulaDeniedBefore = /\b(?:(?:is|are|was|were|be|been|being|remains?|remained|proved|appears?|appeared|seems?|seemed)\s+(?:not|never|no\s+longer)|(?:has|have|had)\s+(?:not|never)\s+been)\s+(?!only\b|merely\b|just\b|simply\b)(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Cues of prognosis ("prognostic factor for", "predicting"): they go with outcomes only. */
const prognosticCue = /\b(?:prognostic|predictive|risk|predict\w*|indicators?|indicat(?:es|ed))\b/i;

/**
 * Nouns of a marker's amount that may stand between its state and its name: "decreased expression of X", "low
 * levels of X", "reduced serum concentrations of X". One list for every such noun: with "expression" alone,
 * "decreased levels of IL-6 were associated with Y" kept IL-6 raised (a false SUPPORTED) while "decreased
 * expression of IL-6 ..." was turned round.
 */
const amountNouns: readonly string[] = ['expression', 'levels?', 'concentrations?', 'amounts?', 'abundance', 'activity', 'activities'];
/** The marker's state named before it: "loss of nuclear SMAD4", "negative SMAD4 expression", "low X", "low levels of X". */
const lossBefore = new RegExp(
  '\\b(?:loss|absence|lack|inactivation|deficiency|deletion|negative|low|lower|reduced|decreased|down-?regulated|down-?regulation|reductions?\\s+in|decreases?\\s+in)\\s+(?:of\\s+)?(?:the\\s+)?' +
    '(?:(?:nuclear|cytoplasmic|membranous?|serum|plasma|circulating|tissue|tumou?r|intratumou?ral|protein|mRNA)\\s+)*' +
    `(?:(?:${amountNouns.join('|')})\\s+of\\s+)?(?:the\\s+)?$`,
  'i',
);
/** …or after it, before the cue: "SMAD4 loss", "SMAD4 is often inactivated and". */
const lossAfter = /^\s*(?:(?:expression|protein|mRNA|status|gene|immuno)\s*)?(?:loss|inactivation|negativity|immunonegativity|deficiency|deletion|(?:is|was|are|were)\s+(?:(?:often|\w+ly)\s+)?(?:inactivated|lost|deleted|absent|silenced))\b/i;

/** A subject phrase that names only a compartment's staining, its level first: "high cytoplasmic staining", "(the) absent nuclear expression". */
const compartmentOnly = /^\s*(?:the\s+|a\s+)?(?:(?:high|strong|positive|increased|elevated)|(low|weak|negative|absent|reduced|decreased|loss\s+of))?\s*(?:nuclear|cytoplasmic|membranous|membrane|stromal)\s+(?:staining|expression|immunoreactivity|immunostaining|positivity|locali[sz]ation)\s*$/i;

/** Only a list's separator between two members: ", ", " and ", ", and ", " or ", " and/or ", "/" (a bracket may stand before it). */
const listSeparator = /^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+|or\s+|and\/or\s+)?|and\s+|or\s+|and\/or\s+|\/\s*)$/i;

/** Where a clause ends: the subject phrase starts after it, the objects end before it. */
const clauseBreak = /;|\bwhereas\b|\bwhile\b|,\s*but\b|\bbut\s+not\b|\bhowever\b|,\s*(?:suggesting|indicating|implying|which|and\s+(?:thus|therefore|was|were|is|are))\b/i;
/** Where the list of what the marker goes with ends: the patients or setting it holds in. */
const objectsEnd = /\b(?:in|among|for)\s+(?:the\s+|a\s+|an\s+|all\s+|those\s+)?(?:patients|cases|women|men|cohort|subgroups?|series)\b|\bas well as\b/i;
/**
 * Between a marker and the cue, the marker must head the subject phrase: its state ("expression", "loss",
 * "status"), other markers and the copula may stand there, not a preposition that makes it a modifier
 * ("resistance to trastuzumab in patients with HER2-positive cancer is associated with").
 */
const notHead = /\b(?:in|with|to|for|by|after|from|than|at|on|under|during)\b/i;
/** Only a list's joint before a mention: ", ", " and ", "expression and ". */
const coordinated = /(?:,|\band|\bor)\s*$/i;
/** A marker denied where it is named, "Tumour size, but not serum X, was ...": no subject of the cue ("not only X" is no denial). */
const markerDeniedBefore = /\bnot\s+(?!only\b|merely\b|just\b)(?:[\w-]+\s+){0,3}$/i;

/** A feature named by its low end ("fewer tumour-infiltrating lymphocytes"): the association turns round. */
const fewerBefore = /\b(?:fewer|less|lower|decreased|reduced|absent)\s+(?:\S+\s+)?$/i;

/** What may be a marker: genes and their products, families, pathways, drugs, infections and exposures. */
const markerTypes = new Set([...moleculeTypes, 'pathway', 'drug', 'chemical', 'condition']);
/**
 * What a marker may go with: outcomes, tumour features and processes, other markers. Not a drug: "indicator
 * of trastuzumab sensitivity" names a response to the drug, whose direction the drug alone does not carry.
 */
const featureTypes = new Set(['phenotype', 'process', ...[...markerTypes].filter((t) => t !== 'drug')]);

/** Clinical associations of one sentence, [from, to) in `text`; `mentions` are the sentence's. */
export function clinicalAssociationsIn(text: string, from: number, to: number, mentions: readonly EntityMention[], kb: KnowledgeBase): ClinicalAssociation[] {
  const sentence = text.slice(from, to);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const found: ClinicalAssociation[] = [];
  let clauseStart = from;
  let previousSubjects: EntityMention[] = [];
  // "In patients treated with gemcitabine, SMAD4 loss was associated with worse OS": the drug the cohort received is
  // where the association holds (claims/patientSetting.ts), no marker of it.
  const settingEnd = frontedPatientSettingEnd(text, from, to) ?? from;
  const cues = [...sentence.matchAll(cue)];
  cues.forEach((match, n) => {
    const cueStart = from + match.index;
    const cueEnd = cueStart + match[0].length;
    const nextCue = n + 1 < cues.length ? from + cues[n + 1].index : to;
    // The subject phrase runs from the last clause break (or the previous cue) to the cue.
    const before = text.slice(clauseStart, cueStart);
    const breaks = [...before.matchAll(new RegExp(clauseBreak.source, 'gi'))];
    const subjectStart = breaks.length > 0 ? clauseStart + breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length : clauseStart;
    const afterCue = text.slice(cueEnd, nextCue);
    const end = clauseBreak.exec(afterCue);
    clauseStart = end ? cueEnd + end.index : nextCue;
    const listEnd = objectsEnd.exec(text.slice(cueEnd, clauseStart));
    const objectEnd = listEnd ? cueEnd + listEnd.index : clauseStart;
    if (deniedCue.test(match[0]) || (!/^(?:was|were|is|are|being|and)\b/i.test(match[0]) && copulaDeniedBefore.test(text.slice(Math.max(from, cueStart - 60), cueStart)))) return;
    const prognostic = prognosticCue.test(match[0]);
    let subjects = firstOfEach(
      mentions.filter((m) => m.start >= subjectStart && m.start >= settingEnd && m.end <= cueStart && markerTypes.has(typeOf(m)) && !insideBrackets(text, subjectStart, m.start) && !markerDeniedBefore.test(text.slice(Math.max(from, m.start - 12), m.start)) && headsSubject(text, m, cueStart, mentions, typeOf)),
    );
    // "High nuclear X predicted a longer survival, whereas high cytoplasmic staining indicated a worse prognosis": a
    // clause naming only a compartment's staining speaks of the marker of the clause before, in its own state.
    const compartment = subjects.length === 0 && previousSubjects.length > 0 ? compartmentOnly.exec(text.slice(subjectStart, cueStart)) : null;
    const elidedLost = compartment !== null && compartment[1] !== undefined;
    if (compartment) subjects = previousSubjects;
    previousSubjects = subjects;
    const objects = firstOfEach(
      mentions.filter(
        (m) =>
          m.start >= cueEnd &&
          m.end <= objectEnd &&
          !insideBrackets(text, cueEnd, m.start) &&
          // An infection goes with the diseases it causes ("a risk factor for gastric cancer").
          ((prognostic ? typeOf(m) === 'phenotype' : featureTypes.has(typeOf(m))) || (typeOf(m) === 'disease' && subjects.some((s) => typeOf(s) === 'condition'))) &&
          // "related to overall survival" gives no direction; "related to worse overall survival" does.
          // "adversely affected survival" names the direction in its cue, a hazard ratio in its numbers.
          (/adversely/i.test(match[0]) || !undirectedOutcomeAt(m.entityId, kb, text, m.start, cueStart) || hazardRatio.test(sentence)),
      ),
    );
    const inverse = inverseCue.test(match[0]);
    if (objects.length === 0 && subjects.length >= 2 && /correlated|correlation/i.test(match[0])) {
      // "X and Y were inversely correlated": the two sides are the subject phrase's.
      found.push({ subject: subjects[0], object: subjects[1], polarity: inverse ? 'negative' : 'positive' });
      return;
    }
    for (let i = 0; i < subjects.length; i++) for (let j = i + 1; j < subjects.length; j++) found.push({ subject: subjects[i], object: subjects[j], polarity: 'none' });
    if (subjects.length === 0 || objects.length === 0) return;
    // "Reductions in Ki-67, pAKT and pERK", "decreased levels of A, B and C": the state named before a list is
    // every member's, down to a member that names its own ("loss of PTEN and high pAKT").
    const lostBefore: boolean[] = [];
    subjects.forEach((subject, k) => {
      lostBefore[k] = lossBefore.test(text.slice(Math.max(subjectStart, subject.start - 60), subject.start)) || (k > 0 && lostBefore[k - 1] && listSeparator.test(text.slice(subjects[k - 1].end, subject.start)));
      const lost = compartment ? elidedLost : lostBefore[k] || lossAfter.test(text.slice(subject.end, cueStart));
      // The subject's own hazard ratio ("RelA (HR 3.40) and SAA (HR 3.39) were associated with OS"), else the one after the cue.
      const ratio = hazardRatioIn(text.slice(subject.end, k + 1 < subjects.length ? subjects[k + 1].start : cueStart)) ?? hazardRatioIn(text.slice(cueEnd, to));
      for (const object of objects) {
        if (object.entityId === subject.entityId) continue;
        const undirected = !/adversely/i.test(match[0]) && undirectedOutcomeAt(object.entityId, kb, text, object.start, cueStart);
        // An undirected outcome takes its direction from the hazard ratio: above 1, a worse outcome.
        if (undirected && (ratio === undefined || ratio === 1)) continue;
        const worse = undirected && ratio! > 1;
        const fewer = !isFavourableOutcome(object.entityId, kb) && fewerBefore.test(text.slice(Math.max(cueEnd, object.start - 30), object.start));
        const flips = [inverse, lost, fewer, worse].filter(Boolean).length;
        found.push({ subject, object, polarity: flips % 2 === 0 ? 'positive' : 'negative' });
      }
    });
  });
  return [...found, ...associationsBetween(text, from, to, mentions, typeOf, kb)];
}

/** "A (positive) correlation was found between X and Y": the association named first, its two sides after. */
const between = /\b(?:(positive|negative|inverse|significant|strong|close)\s+)?(?:correlation|association|relationship|one)\s+(?:was\s+|were\s+)?(?:(?:also\s+)?(?:found|observed|seen|noted|detected|shown|existed)\s+)?between\b/gi;

/** A denial of the association noun right before it: "no", "no clear", "no statistically significant", "lack of (a)". */
const associationDeniedBefore = /\b(?:no|nor|lack\s+of|absence\s+of)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}$/i;

/** Associations stated with "between X and Y" in [from, to). */
function associationsBetween(text: string, from: number, to: number, mentions: readonly EntityMention[], typeOf: (m: EntityMention) => string, kb: KnowledgeBase): ClinicalAssociation[] {
  const found: ClinicalAssociation[] = [];
  const sentence = text.slice(from, to);
  const cues = [...sentence.matchAll(between)];
  cues.forEach((match, n) => {
    // "No (significant) correlation existed between X and Y" denies the association: no finding of one (the claim
    // reader reads it denied; before stop 41 an abstract's denial was kept as the association).
    if (associationDeniedBefore.test(text.slice(Math.max(from, from + match.index - 40), from + match.index))) return;
    const cueEnd = from + match.index + match[0].length;
    const next = n + 1 < cues.length ? from + cues[n + 1].index : to;
    const end = clauseBreak.exec(text.slice(cueEnd, next));
    const stop = end ? cueEnd + end.index : next;
    const inside = mentions.filter((m) => m.start >= cueEnd && m.end <= stop && !insideBrackets(text, cueEnd, m.start));
    const subject = inside[0];
    // (A second name after a slash is the same molecule's: "NFκB1/p50", "RelA/p65".)
    if (!subject || !markerTypes.has(typeOf(subject)) || !/^\s*and\b/i.test(text.slice(subject.end, stop).replace(/\([^()]*\)/g, ' ').replace(/^\/[\p{L}\p{N}-]+/u, '').replace(/^\s*(?:expression|levels?|status)\b/i, ''))) return;
    const lost = lossBefore.test(text.slice(cueEnd, subject.start));
    const negative = /^(?:negative|inverse)$/i.test(match[1] ?? '');
    for (const object of firstOfEach(inside.slice(1))) {
      if (object.entityId === subject.entityId || !featureTypes.has(typeOf(object)) || undirectedOutcomeAt(object.entityId, kb, text, object.start, cueEnd)) continue;
      found.push({ subject, object, polarity: [lost, negative].filter(Boolean).length % 2 === 0 ? 'positive' : 'negative' });
    }
  });
  return found;
}

/** A hazard ratio and its value: "HR 3.40", "hazard ratio (HR): 1.92", "HR, 1.27; 95% CI". */
const hazardRatio = /\b(?:HR|hazard ratio)\b(?:\s*\[[^\]]{0,30}\]|\s*\([^)]{0,30}\))?\s*[:=,]?\s*(\d+(?:\.\d+)?)/i;

function hazardRatioIn(text: string): number | undefined {
  const found = hazardRatio.exec(text);
  return found ? Number(found[1]) : undefined;
}

/** One mention per entity, the first: "overall survival (OS)" is one outcome. */
function firstOfEach(list: EntityMention[]): EntityMention[] {
  return list.filter((m, i) => list.findIndex((n) => n.entityId === m.entityId) === i);
}

/** True when `marker` heads the phrase that ends at the cue (see notHead). */
function headsSubject(text: string, marker: EntityMention, cueStart: number, mentions: readonly EntityMention[], typeOf: (m: EntityMention) => string): boolean {
  let gap = '';
  let at = marker.end;
  for (const m of mentions) {
    if (m.start < at || m.end > cueStart) continue;
    // "HER2-overexpressing breast cancer": a marker before a disease or process names a kind of it. A clinical
    // variable coordinated with the marker, "X expression and lymph node metastasis were ...", is a second subject.
    if (!markerTypes.has(typeOf(m)) && !coordinated.test(text.slice(at, m.start))) return false;
    gap += text.slice(at, m.start);
    at = m.end;
  }
  gap += text.slice(at, cueStart);
  return !notHead.test(gap.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' '));
}

/** True when `at` sits inside brackets opened after `from` ("(HR 3.4, 95% CI ...)"). */
function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) depth += text[i] === '(' || text[i] === '[' ? 1 : text[i] === ')' || text[i] === ']' ? -1 : 0;
  return depth > 0;
}

/**
 * True when the marker is named by its loss or low end: "loss of PTEN", "negative X expression", "PTEN loss"
 * ([from, to) bounds the look-around). Shared with the patient-group reading (claims/patientGroups.ts).
 */
export function markerLost(text: string, marker: EntityMention, from: number, to: number): boolean {
  return lossBefore.test(text.slice(Math.max(from, marker.start - 60), marker.start)) || lossAfter.test(text.slice(marker.end, Math.min(to, marker.end + 40)));
}

/** Entity types that may be a clinical marker (genes, families, pathways, drugs, exposures). */
export function isMarkerType(type: string): boolean {
  return markerTypes.has(type);
}
