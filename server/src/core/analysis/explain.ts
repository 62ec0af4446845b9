// Plain-text explanations of verdicts and citation issues, shared by the CLI, the diagnostics and the
// report. Every explanation names its evidence by citation key, so a reader can always check it.
import type { ExtractedClaim } from '../claims/extract';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Fact } from '../kb/schema';
import type { ClaimVerification } from '../verify/verify';
import type { SentenceResult } from './analyzeBlock';
import { abstractQuote } from '../kb/abstracts';
import { detach } from '../text/prose';
import { actorsWithFindings } from '../verify/scope';

const relationWords: Record<string, string> = {
  increases: 'increases', activates: 'activates', induces: 'induces', upregulates: 'upregulates', promotes: 'promotes',
  decreases: 'decreases', inhibits: 'inhibits', suppresses: 'suppresses', downregulates: 'downregulates',
  'signals-through': 'signals through', binds: 'binds', 'associated-with': 'is associated with', 'no-effect': 'has no effect on',
  regulates: 'regulates',
};

const negatedWords: Record<string, string> = {
  increases: 'does not increase', activates: 'does not activate', induces: 'does not induce', upregulates: 'does not upregulate',
  promotes: 'does not promote', decreases: 'does not decrease', inhibits: 'does not inhibit', suppresses: 'does not suppress',
  downregulates: 'does not downregulate', 'signals-through': 'does not signal through', binds: 'does not bind',
  'associated-with': 'is not associated with', regulates: 'does not regulate', 'no-effect': 'affects',
};

const signalingTypes = new Set(['receptor', 'kinase', 'transcription-factor', 'pathway']);
const placeTypes = new Set(['disease', 'cell-line', 'cell-type']);

const ofWord = /\s+of\s+/;

/**
 * The subject's name is a plural ("growth factors", "cancer-associated fibroblasts", but not "metastasis",
 * "Ras" or "IL-6 family of cytokines", whose head is "family"): the verb must agree with it.
 */
function isPluralName(name: string): boolean {
  // The words before the first " of ", found with exec: split(/\s+of\s+/) copied the pattern for each claim's message
  // (issue 10, stop 39: ~8 µs a call in a full check, ~15 ms of a 100k-word thesis; util/allMatches.ts says why).
  const of = ofWord.exec(name);
  const head = (of ? name.slice(0, of.index) : name).split(/\s+/).pop() ?? '';
  return /[a-z]s$/.test(head) && !/(?:ss|is|us|as)$/.test(head);
}

/** "activates" -> "activate", "suppresses" -> "suppress", "is associated with" -> "are associated with". */
function pluralVerb(phrase: string): string {
  const [first, ...rest] = phrase.split(' ');
  const irregularPlural: Record<string, string> = { is: 'are', has: 'have', does: 'do' };
  const plural = irregularPlural[first] ?? (first.endsWith('sses') ? first.slice(0, -2) : first.endsWith('s') ? first.slice(0, -1) : first);
  return [plural, ...rest].join(' ');
}

/** "IL-11 upregulates MMP-13", "IL-11 does not activate STAT3", "growth factors activate STAT3". */
export function describeClaim(claim: ExtractedClaim, kb: KnowledgeBase): string {
  const subject = kb.label(claim.subject.entityId);
  const object = kb.label(claim.object.entityId);
  // "associated with shorter survival" is read as a negative association: say so, as the facts' descriptions do.
  const inverse = claim.relation === 'associated-with' && claim.polarity === 'negative';
  const relation = inverse ? 'is inversely associated with' : (relationWords[claim.relation] ?? claim.relation);
  const singular = claim.negated ? (inverse ? 'is not inversely associated with' : (negatedWords[claim.relation] ?? `does not ${relation}`)) : relation;
  const verb = isPluralName(subject) ? pluralVerb(singular) : singular;
  const via = claim.mediators.length > 0 ? ` via ${listOf(claim.mediators.map((m) => kb.label(m.entityId)))}` : '';
  return `${subject} ${verb} ${object}${via}`;
}

/**
 * The claim with its context in plain words, "IL-11 signals through STAT1 in OSCC": how the writer names a
 * claim to ignore (claimlens.ignoredClaims). Rewordings of the same claim ("signals via") get the same name.
 */
export function claimName(claim: ExtractedClaim, kb: KnowledgeBase): string {
  const where = describeContext(claim.context.map((m) => m.entityId), kb);
  return `${describeClaim(claim, kb)}${where ? ` ${where}` : ''}`;
}

/**
 * What is written of a fact, kept per fact of a knowledge base: every claim's message describes the facts it rests
 * on (its evidence's contexts, its nearest facts, its diagnostic's related facts), and the claims of a thesis cite
 * the same few library facts over and over (issue 10: ~3% of a full check went to writing them again). A knowledge
 * base's facts and labels never change once built; another knowledge base has a table of its own.
 */
const factTexts = new WeakMap<KnowledgeBase, WeakMap<Fact, { fact?: string; context?: string }>>();

function factTextsOf(fact: Fact, kb: KnowledgeBase): { fact?: string; context?: string } {
  let ofKb = factTexts.get(kb);
  if (!ofKb) factTexts.set(kb, (ofKb = new WeakMap()));
  let texts = ofKb.get(fact);
  if (!texts) ofKb.set(fact, (texts = {}));
  return texts;
}

/** "IL-11 upregulates MMP-13 in OSCC". */
export function describeFact(fact: Fact, kb: KnowledgeBase): string {
  const texts = factTextsOf(fact, kb);
  return (texts.fact ??= describeFactAfresh(fact, kb));
}

/** describeContext of a fact's context, kept as describeFact is. */
function factContext(fact: Fact, kb: KnowledgeBase): string {
  const texts = factTextsOf(fact, kb);
  return (texts.context ??= describeContext(fact.context, kb));
}

function describeFactAfresh(fact: Fact, kb: KnowledgeBase): string {
  const subject = kb.label(fact.subject);
  const singular = fact.relation === 'associated-with' && fact.polarity === 'negative' ? 'is inversely associated with' : (relationWords[fact.relation] ?? fact.relation);
  const relation = isPluralName(subject) ? pluralVerb(singular) : singular;
  const object = fact.object ? ` ${kb.label(fact.object)}` : '';
  const via = fact.mediators.length > 0 ? ` via ${listOf(fact.mediators.map((m) => kb.label(m)))}` : '';
  // "CoCl2 increases IL-11 in ATC", not "... in ATC under CoCl2": the subject is its own condition.
  const where = describeContext(fact.context.filter((id) => id !== fact.subject && id !== fact.object), kb);
  return `${subject} ${relation}${object}${via}${where ? ` ${where}` : ''}`;
}

/** "in MDA-MB-231 under hypoxia", "in OSCC", "" for no context. Experimental systems are left out. */
export function describeContext(context: readonly string[], kb: KnowledgeBase): string {
  const places = context.filter((id) => placeTypes.has(kb.entities.get(id)?.type ?? ''));
  const conditions = context.filter((id) => {
    const type = kb.entities.get(id)?.type ?? '';
    return !placeTypes.has(type) && type !== 'experimental-system';
  });
  const parts: string[] = [];
  if (places.length > 0) parts.push(`in ${listOf(places.map((id) => kb.label(id)), 'or')}`);
  if (conditions.length > 0) parts.push(`under ${listOf(conditions.map((id) => kb.label(id)))}`);
  return parts.join(' ');
}

/** Longest first line of a message: what the Problems panel and a CI log show in one row. */
export const summaryLimit = 100;

/**
 * The explanation of a claim's verdict in two parts: a first line under `summaryLimit` characters in plain
 * words (the claim and its verdict), then a line of detail naming the facts, with evidence keys in brackets.
 * Joined by a newline: editors show the first line in lists and the whole message on hover.
 */
export function explainClaim(claim: ExtractedClaim, verification: ClaimVerification, kb: KnowledgeBase): string {
  let ofKb = claimMessages.get(kb);
  if (!ofKb) claimMessages.set(kb, (ofKb = new WeakMap()));
  let byClaim = ofKb.get(verification);
  if (!byClaim) ofKb.set(verification, (byClaim = new Map()));
  const key = explainedWords(claim);
  let text = byClaim.get(key);
  // A flat copy (detach): as written, a message is a tree of a dozen pieces that V8 keeps as they were joined
  // until the string is read; the diagnostics of every claim that says the same thing share this one.
  if (text === undefined) byClaim.set(key, (text = detach(explainClaimAfresh(claim, verification, kb))));
  return text;
}

/**
 * The messages of claims, kept per knowledge base and verification: verify.ts hands one verification object to
 * every claim that asks it the same question, and the claims of a thesis say the same few things over and over
 * (issue 10: writing each claim's message anew was ~3% of a full check of the bench's 100k-word drafts). A
 * message reads only the claim's words (explainedWords), the verification and the knowledge base, whose facts
 * and labels never change once built; a verification is never changed after it is made.
 */
const claimMessages = new WeakMap<KnowledgeBase, WeakMap<ClaimVerification, Map<string, string>>>();

/** What of a claim its message reads: its entities (subject, object, rival, mediators, context), relation, polarity (an inverse association is said so) and negation. */
function explainedWords(claim: ExtractedClaim): string {
  let key = `${claim.subject.entityId}\0${claim.relation}\0${claim.polarity ?? ''}\0${claim.negated}\0${claim.object.entityId}\0${claim.comparedWith?.entityId ?? ''}\0`;
  for (const m of claim.mediators) key += `${m.entityId}\u0001`;
  key += '\0';
  for (const m of claim.context) key += `${m.entityId}\u0001`;
  return key;
}

function explainClaimAfresh(claim: ExtractedClaim, verification: ClaimVerification, kb: KnowledgeBase): string {
  const text = explainVerdict(claim, verification, kb);
  // A verdict resting on a finding read from an abstract quotes the sentence, so the writer can judge it.
  const quote = verification.verdict === 'out-of-scope' ? undefined : abstractQuote(verification.evidence.length > 0 ? verification.evidence : verification.nearest);
  return quote ? `${text}\n${quote}` : text;
}

function explainVerdict(claim: ExtractedClaim, verification: ClaimVerification, kb: KnowledgeBase): string {
  const what = describeClaim(claim, kb);
  const where = describeContext(claim.context.map((m) => m.entityId), kb);
  const withWhere = `${what}${where ? ` ${where}` : ''}`;
  switch (verification.verdict) {
    case 'supported':
      return message(`${withWhere}: supported`, `Reported by ${cite(verification.evidence)}.`);
    case 'contradicted':
      return message(`${withWhere}: contradicted by the library`, `Instead, the library reports ${facts(verification.evidence, kb)}.`);
    case 'unsupported': {
      const head = `${what}: unsupported${where ? ` ${where}` : ''}`;
      if (verification.basis === 'other-context') {
        return message(head, `The library reports it only ${contexts(verification.evidence, kb)} ${cite(verification.evidence)}${nearestPhrase(claim, verification.nearest, kb, where)}.`);
      }
      if (verification.reason === 'mediators-not-reported') {
        return message(head, `The library reports ${facts(verification.nearest, kb)}, not via ${listOf(claim.mediators.map((m) => kb.label(m.entityId)))}.`);
      }
      if (verification.reason === 'association-only') {
        return message(head, `The library reports only a correlation: ${facts(verification.nearest, kb)}.`);
      }
      if (verification.reason === 'comparison-not-reported') {
        return message(head, `The library reports ${facts(verification.nearest, kb)}, but no finding compares it${claim.comparedWith ? ` with ${kb.label(claim.comparedWith.entityId)}` : ''}.`);
      }
      if (verification.reason === 'only-general') {
        return message(head, `The library states it only in general terms: ${facts(verification.nearest, kb)}.`);
      }
      return message(head, `No finding in the library reports it${nearestPhrase(claim, verification.nearest, kb, where)}.`);
    }
    default:
      // "Stattic blocked STAT3": the drug's own target (kb/inference.ts restatesDrugTarget), a definition.
      if (verification.reason === 'restates-drug-target') return message(`${what}: the drug's own target`, `The lexicon lists ${kb.label(claim.object.entityId)} as a target of ${kb.label(claim.subject.entityId)}; what the drug does through it is the claim to check.`);
      return message(`${what}: outside the library's scope`, '');
  }
}

/**
 * The message of a sentence that the library can speak to but in which no claim the reader could check was found
 * (or only claims outside its scope): its verdict is unsupported, never silent. It says why the sentence is in the
 * library's topic, as verify/scope.ts decided: entities with findings, else the family of a named member, else the
 * cited paper of the library. The editor's diagnostic and the CLI's report say the same.
 */
export function noReadableClaimText(mentions: readonly { entityId: string }[], citedKeys: readonly string[], kb: KnowledgeBase): string {
  const lead = 'no claim could be read that the library backs';
  const ids = [...new Set(mentions.map((m) => m.entityId))];
  const named = ids.filter((id) => kb.hasFindings(id)).map((id) => kb.label(id));
  if (named.length > 0) return `${lead}; the library has findings on ${listOf(named)}`;
  const families = actorsWithFindings(ids, kb).map((id) => {
    const family = [...kb.ancestors(id)].find((a) => a !== id && kb.inStatedFacts(a));
    return family ? `${kb.label(family)} (the family of ${kb.label(id)})` : `the numbered siblings of ${kb.label(id)}`;
  });
  if (families.length > 0) return `${lead}; the library has findings on ${listOf([...new Set(families)])}`;
  const cited = citedKeys.filter((key) => kb.hasFactsFor(key));
  if (cited.length > 0) return `${lead}; the sentence cites ${listOf(cited)}, whose findings are on its topic`;
  return lead;
}

/** The first line of a message (the part lists and CI logs show). */
export function summaryOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}

/** The lines after the first (the evidence), or "" when there are none. */
export function detailOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? '' : text.slice(newline + 1);
}

/** A first line shortened to `summaryLimit` at a word boundary (long entity lists), then the detail. */
function message(summary: string, detail: string): string {
  let first = summary;
  if (first.length > summaryLimit) {
    // The verdict closes the line, so keep it and shorten the claim before it.
    const colon = first.lastIndexOf(': ');
    const tail = colon === -1 ? '' : first.slice(colon);
    const room = summaryLimit - tail.length - 1;
    const head = first.slice(0, colon === -1 ? first.length : colon);
    const cut = head.lastIndexOf(' ', room);
    // "…, ERK…" rather than "…, ERK and…": a dangling joining word reads as a mistake.
    first = `${head.slice(0, cut > 0 ? cut : room).replace(/(,| and| or| via| in| under)+$/, '')}…${tail}`;
  }
  return detail ? `${first}\n${detail}` : first;
}

/** "; in OSCC the library reports IL-11 acting through gp130, PI3K/Akt and AP-1 [wu2022interleukin]". */
function nearestPhrase(claim: ExtractedClaim, nearest: readonly Fact[], kb: KnowledgeBase, where: string): string {
  if (nearest.length === 0) return '';
  const lead = where ? `; ${where} the library reports` : '; the library reports';
  const subjectId = claim.subject.entityId;
  const aboutSubject = nearest.filter((f) => f.subject === subjectId || kb.isA(f.subject, subjectId));
  if (aboutSubject.length > 0) {
    const partners = new Set<string>();
    const signaling = claim.relation === 'signals-through' || signalingTypes.has(kb.entities.get(claim.object.entityId)?.type ?? '');
    const isSignaling = (id: string): boolean => signalingTypes.has(kb.entities.get(id)?.type ?? '');
    for (const fact of aboutSubject) {
      if (signaling) {
        fact.mediators.filter(isSignaling).forEach((m) => partners.add(m));
        if (fact.object && isSignaling(fact.object)) partners.add(fact.object);
      } else if (fact.object) {
        partners.add(fact.object);
      }
    }
    const shown = collapseParts([...partners], kb).map((id) => kb.label(id));
    if (shown.length > 0) {
      const verb = signaling ? 'acting through' : '->';
      return `${lead} ${kb.label(subjectId)} ${verb} ${listOf(shown)} ${cite(aboutSubject)}`;
    }
  }
  return `${lead} ${facts(nearest.slice(0, 3), kb)}`;
}

/** Replaces entities by the listed pathway they are part of, in order: PI3K, Akt become PI3K/Akt. */
function collapseParts(ids: string[], kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const whole = ids.find((other) => other !== id && kb.parts(other).has(id)) ?? id;
    if (!out.includes(whole)) out.push(whole);
  }
  return out;
}

function facts(list: readonly Fact[], kb: KnowledgeBase): string {
  const shown = list.slice(0, 3).map((fact) => `${describeFact(fact, kb)} ${cite([fact])}`);
  const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
  return shown.join('; ') + more;
}

function contexts(list: readonly Fact[], kb: KnowledgeBase): string {
  const described = [...new Set(list.map((fact) => factContext(fact, kb)).filter(Boolean))];
  return described.length > 0 ? listOf(described, 'and') : 'in other settings';
}

/** "[wu2022interleukin; lim2014inhibition (background, citing Onnis et al., ref. 12)]". */
export function cite(list: readonly Fact[]): string {
  const keys = new Map<string, string>();
  for (const fact of list) {
    if (keys.has(fact.evidence.paper)) continue;
    const note = fact.evidence.kind === 'background' ? ` (background${fact.evidence.cites ? `, citing ${fact.evidence.cites}` : ''})` : '';
    keys.set(fact.evidence.paper, `${fact.evidence.paper}${note}`);
  }
  return `[${[...keys.values()].join('; ')}]`;
}

export function citationMessage(sentence: SentenceResult): string | undefined {
  const check = sentence.citationCheck;
  const supporting = check.supportingPapers.slice(0, 3).join(', ');
  switch (check.issue) {
    case 'undefined':
      return `unknown citation key${check.undefinedKeys.length > 1 ? 's' : ''} ${check.undefinedKeys.join(', ')}: not in the library or any .bib file`;
    case 'mismatch':
      return `the cited paper${sentence.citedKeys.length > 1 ? 's' : ''} ${sentence.citedKeys.join(', ')} ${sentence.citedKeys.length > 1 ? 'do' : 'does'} not report this; ${supporting} ${check.supportingPapers.length > 1 ? 'do' : 'does'}`;
    case 'missing':
      return `supported claim without a citation: cite ${supporting}`;
    default:
      return undefined;
  }
}

export function listOf(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
