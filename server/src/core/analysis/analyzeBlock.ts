// Analysis of one block (a paragraph, heading, list item...): sentences, entities, claims, verdicts and
// citation checks, all in the block's plain-text offsets. Results depend only on the block's text, its
// citations, the document's abbreviations and the knowledge base, which is what makes them cacheable.
import { readSentence, toVerifiable, type ExtractedClaim } from '../claims/extract';
import { anchoredVerifications, withAnchoredClaims } from '../claims/anchored';
import { withLastResort } from '../claims/lastResort';
import { applySentenceFilters } from '../claims/sentenceFilters';
import { aroundView, blanksAroundIn, clutterView, mentionsOfView, withSimplifiedView } from '../claims/simplifiedViews';
import { withMentionSenses } from '../claims/mentionSenses';
import { withImpliedMentions } from '../claims/impliedMentions';
import { sentenceWords } from '../claims/sentenceWords';
import { grantedHalves, mainClauseFirst } from '../claims/sideClauses';
import { withComparisons } from '../claims/comparisons';
import { withDenials } from '../claims/denials';
import { withRoleScale } from '../claims/roleScale';
import { checkCitations, type CitationCheck } from '../citations/check';
import type { DocumentAbbreviations, EntityMention } from '../entities/recognize';
import { recognizeEntities } from '../entities/recognize';
import { lexiconOf } from '../entities/lexicon';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ProseBlock } from '../text/prose';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import { firstAtOrAfter } from '../util/search';
import { genericCancer, readoutOutOfScope, silentWhereClaimed, verifyClaim, type Basis, type ClaimVerification, type Verdict } from '../verify/verify';
import { lostInPlace, withoutLostRoute } from '../claims/lostPlace';
import { readoutsAmong } from '../kb/inference';
import { verbTrigger } from '../claims/vocabulary';
import { opensNotOnlyList } from '../claims/notOnly';
import { deniedRoutesIn, withoutDeniedRoute } from '../claims/deniedRoute';
import { withListedRoute } from './listedRoute';
import { excludedMembersIn, withoutExcludedMember } from '../claims/excludedMember';
import { silentSiblingSubject, unbackedChainLink, unbackedSwitchHalf } from './unbackedPartners';
import { besideUnreadMainClaim } from './unreadMainSlot';
import { unaccountedLink } from './unaccountedLink';
import { unreadDirectedMention } from './unreadDirectedMention';
import { backedOnlyInSideClause } from './backedOnlyInSideClause';
import { contextTypes, moleculeTypes } from '../kb/schema';
import { narrowedClass } from '../claims/restrictedClass';
import { actorsWithFindings, citesLibraryOnItsTopic, excludedPlaces, namedInPassing, nearMissOf, namesUnknownContext, numberedSiblingReported, nonClaimKind, processActsAsSubject } from '../verify/scope';
import { stageCost, stageEnd, stageStart } from '../util/stageCosts';
import { unreadSettings } from '../verify/unreadSettings';
import { hasOwnPlace, unclaimedPlaces } from '../verify/unclaimedPlace';

export interface ClaimResult {
  claim: ExtractedClaim;
  verification: ClaimVerification;
}

export interface SentenceResult {
  /** Plain-text offsets in the block. */
  start: number;
  end: number;
  text: string;
  mentions: EntityMention[];
  claims: ClaimResult[];
  /**
   * Indices into the block's citations. Block results are cached by content and shared between documents
   * and versions, so they never hold source positions; the document analysis resolves these afresh.
   */
  citationIndices: number[];
  citedKeys: string[];
  verdict: Verdict;
  basis: Basis | null;
  /** The claim the sentence's verdict follows (see sentenceVerdict), when there is one. */
  mainClaim?: number;
  /** Not a claim (an aim, a method, a question...): out of scope whatever it names. */
  nonClaim?: string;
  hedged: boolean;
  ownFinding: boolean;
  citationCheck: CitationCheck;
}

export interface BlockResult {
  mentions: EntityMention[];
  sentences: SentenceResult[];
}


/** Kinds of entity that name what happens to cells or tumours: a list of them is a list of outcomes. */
const outcomeTypes: ReadonlySet<string> = new Set(['process', 'phenotype', 'disease']);
const noReadouts: ReadonlySet<string> = new Set();
const outOfScope: ClaimVerification = { verdict: 'out-of-scope', basis: null, evidence: [], nearest: [], conflicting: [] };

/** The entities that name cancer in general (verify.ts): a word before them may name a cancer the lexicon lacks. */
export { genericCancer };

/** The reader's stages in the bench's cost table (util/stageCosts.ts; nothing is timed unless the bench asks). */
const cost = {
  recognize: stageCost('stage', 'recognize entities (per block)'),
  senses: stageCost('stage', 'mention senses and implied mentions'),
  read: stageCost('stage', 'readSentence: verbs, frames and constructions'),
  anchored: stageCost('stage', 'anchored reading'),
  lastResort: stageCost('stage', 'last-resort reading'),
  filters: stageCost('stage', 'sentence filters (all)'),
  order: stageCost('stage', 'main clause, comparisons, denials, role scale'),
  verify: stageCost('stage', 'verification of the claims'),
  nonClaim: stageCost('stage', 'non-claim kinds (scope)'),
  verdict: stageCost('stage', 'sentence verdict and citations'),
};

/**
 * `recognized`: the block's mentions when the caller found them already, as `recognizeEntities(block.text,
 * lexiconOf(kb), abbreviations)` gives them (analyzeDocument recognizes every block it will analyze first).
 */
export function analyzeBlock(block: ProseBlock, kb: KnowledgeBase, abbreviations: DocumentAbbreviations, recognized?: EntityMention[]): BlockResult {
  let since = stageStart();
  const mentions = recognized ?? recognizeEntities(block.text, lexiconOf(kb), abbreviations);
  if (!recognized) stageEnd(cost.recognize, since);
  const spans = sentencesOf(block);
  const sentences: SentenceResult[] = [];
  let previousSubject: EntityMention | undefined;
  // Mentions and citations are handed to sentences by one sweep over each (both sorted by offset, sentences
  // in order) rather than by filtering all of them for every sentence, which is quadratic in a long block.
  const mentionOrder = byOffset(mentions, (m) => m.start);
  const citationOrder = byOffset(block.citations, (c) => c.plainOffset);
  // Mentions nearly always come in text order (byOffset's order is then the identity): a sentence's indices are
  // then ascending as collected, with no sort to pay per sentence.
  const inTextOrder = mentionOrder.every((k, i) => k === i);
  let nextMention = 0;
  let nextCitation = 0;
  // The tests sentenceVerdict asks of entities depend on the library alone: made once per block, not per sentence.
  const isOutcome = (id: string): boolean => outcomeTypes.has(kb.entities.get(id)?.type ?? '');
  const kin: ListKin = {
    nearMiss: (member, backed) => nearMissOf(member, backed, kb),
    answers: (id, named) => kb.answers(id, named),
    siblingReported: (subject, object) => numberedSiblingReported(subject, object, kb),
  };
  const namesItsDrug = (object: string, context: readonly string[]): boolean => kb.drugPhenotype(object) !== undefined || context.some((id) => kb.entities.get(id)?.type === 'drug');
  // Options for a cheaper sentence tried and left (issue 10, stop 25): reading no frame in a sentence whose entities
  // the library links in no pair changes verdicts (a claim on an entity with findings and no link is unsupported,
  // no evidence, with its own diagnostic); results cached by sentence text serve the bench's template sentences,
  // which a thesis rarely repeats, so they would flatter the ratio, not the writer; the own-finding patterns as one
  // alternation saved ~4 ms per 100k words. Tried and left at h-speed2 (stop 25): a larger young generation
  // (node --max-semi-space-size=64) for GC's ~9% left the bench's CPU where it was (2938 vs 2907 ms median, one
  // run each); the claim messages (diagnostics.ts claimText, ~4%) kept per verification rather than per claim
  // result would need every field a message reads in the key (mediators, context, the rival compared with), so
  // they stay per result. Left for later: a literal prefilter for the scope's non-claim alternation (~2%), which
  // would have to be shown exact branch by branch. Looked at and left at h-full28 (stop 28): anchored reading does not
  // chunk per pair (sentenceChunks keeps a sentence's chunks per token array; ~500 of the markdown draft's ~9,700
  // sentences are tagged, ~4% of a check); governorOf already reads a per-sentence table (scanOf), and the
  // loss-of-function and flip tests are now made only for kept participants rather than memoized; a claim message
  // kept per verification and claim wording would mostly serve the bench's repeated template claims.
  // Measured at h-reuse55 (stop 55), the 100k-word Markdown draft: no sentence of a block is tokenized or tagged twice
  // (tokenizeAfresh 6,809 calls, 6,809 distinct sentence, span and mentions; the tagger 512 and 512), since the
  // precision guards after the reader get its token array from tokenize's memo and its chunks from sentenceChunks';
  // the guards together (unaccountedLink, unreadDirectedMention, unreadSettings, namesUnknownContext) were ~2% of a
  // check's CPU profile, the work they redo (findTriggers on ~80 sentences) ~0.1%. The reader's triggers are not
  // handed to unaccountedLink: the reader writes into them (`purpose`, `polarity`: extract.ts), and the guard reads
  // `purpose` as findTriggers made it.
  // The readers read the block without its clutter (a label, a citation, a figure reference, statistics, a fronted
  // time frame or discourse word: simplifiedViews.ts), whose names are no participants; a view keeps the text's
  // length, so every offset, and every diagnostic, holds. The view without asides too is made on first need.
  const clutter = clutterView(block.text, spans);
  const readText = clutter?.text ?? block.text;
  let aroundText: ReturnType<typeof aroundView> | null = null;
  // Made once: `??=` would make it again for every sentence of a block with no aside (aroundView answers undefined
  // then), the whole block each time, quadratic in a long paragraph (issue 11; the bench's 300 kB paragraph row).
  const around = () => (aroundText === null ? (aroundText = aroundView(readText, spans)) : aroundText);
  spans.forEach((span, index) => {
    const nextStart = spans[index + 1]?.start ?? Infinity;
    while (nextMention < mentionOrder.length && mentions[mentionOrder[nextMention]].start < span.start) nextMention++;
    const mentionIndices: number[] = [];
    for (let k = nextMention; k < mentionOrder.length && mentions[mentionOrder[k]].start < span.end; k++) {
      if (mentions[mentionOrder[k]].end <= span.end) mentionIndices.push(mentionOrder[k]);
    }
    if (!inTextOrder) mentionIndices.sort((a, b) => a - b);
    // "The initiation of HCC", "gastric tumorigenesis": mentions the phrase implies (impliedMentions.ts).
    since = stageStart();
    const named = withImpliedMentions(block.text, span.start, span.end, withMentionSenses(block.text, mentionIndices.map((i) => mentions[i]), kb), kb);
    const inSentence = clutter ? mentionsOfView(clutter, named) : named;
    stageEnd(cost.senses, since);
    // Every reader's claims pass the sentence-level claim filters once, whichever reader made them (sentenceFilters.ts:
    // "pathways which X activates dampen Y", "After X raised A, B did not change", a denial under a loss).
    // A class said in passing (claims/classInPassing.ts, `aside`) is held out of the later readers, so that it takes no
    // pair from them ("Y relied on the tumour-promoting cytokine X": the pair X-Y read by anchored reading is the
    // sentence's own claim), and comes after their claims unless one of them reads its pair (stop 38).
    const readAll = (text: string, inView: readonly EntityMention[]) => {
      let at = stageStart();
      const first = readSentence(text, span.start, span.end, inView, kb, previousSubject);
      stageEnd(cost.read, at);
      const asides = first.claims.some((c) => c.aside) ? first.claims.filter((c) => c.aside) : undefined;
      const own = asides ? { ...first, claims: first.claims.filter((c) => !c.aside) } : first;
      at = stageStart();
      const anchored = withAnchoredClaims(own, text, span.start, span.end, inView, kb);
      stageEnd(cost.anchored, at, anchored !== own);
      at = stageStart();
      const lastResort = withLastResort(anchored, text, span.start, span.end, inView, kb);
      stageEnd(cost.lastResort, at, lastResort !== anchored);
      at = stageStart();
      const rest = filtered(lastResort, text, span.start, span.end, inView, kb);
      stageEnd(cost.filters, at, rest !== lastResort);
      const extra = asides?.filter((a) => !rest.claims.some((c) => c.subject.entityId === a.subject.entityId && c.object.entityId === a.object.entityId));
      return extra && extra.length > 0 ? { ...rest, claims: [...rest.claims, ...extra] } : rest;
    };
    // "X, mainly caused by Y, is linked to Z": read again without the aside (simplifiedViews.ts withSimplifiedView).
    // (The block's view is asked for only when the sentence has something to read around: blanksAroundIn.)
    const read = withSimplifiedView(readAll(readText, inSentence), () => (blanksAroundIn(readText, span.start, span.end) ? around() : undefined), span.start, span.end, inSentence, readAll);
    // The verdict follows the first claim: a claim of a side clause ("Although X does Y, ...") goes after the main clause's.
    // "X raised Y more strongly than Z": the claim is ranked against a rival (comparisons.ts).
    // "We found no evidence that X raises Y": the clause is denied (denials.ts).
    // "X plays a minor role in Y", "X is unlikely to be a driver of Y": the role's size (roleScale.ts).
    since = stageStart();
    const ordered = withRoleScale(withDenials(withComparisons(mainClauseFirst(read.claims, block.text, span.start, span.end), block.text, span.start, span.end, inSentence, kb), block.text, span.start, span.end), block.text, span.start, span.end);
    const reading = ordered === read.claims ? read : { ...read, claims: [...ordered] };
    stageEnd(cost.order, since, reading !== read);
    previousSubject = reading.lastSubject;
    // A citation belongs to the sentence it follows, even when written after the full stop ("text.\cite{a}").
    const from = index === 0 ? 0 : span.start;
    while (nextCitation < citationOrder.length && block.citations[citationOrder[nextCitation]].plainOffset < from) nextCitation++;
    const citationIndices: number[] = [];
    for (let k = nextCitation; k < citationOrder.length && block.citations[citationOrder[k]].plainOffset < nextStart; k++) citationIndices.push(citationOrder[k]);
    citationIndices.sort((a, b) => a - b);
    const citedKeys = citedKeysOf(block.citations, citationIndices);
    const text = block.text.slice(span.start, span.end);
    // Only claims are verified in a context: a sentence without one ("1. 1. 1. ...", issue 11) skips the scan.
    since = stageStart();
    // A setting the sentence names that no mention covers and scope.ts does not read either, "in PCa cells", "prostate-derived
    // cells", "gastric CSCs", "mouse tumorigenesis", "gliomagenesis" (verify/unreadSettings.ts, issue 7, stop 54): the
    // same unknown context, so a finding stated elsewhere does not back the claim.
    const unknownContext = reading.claims.length > 0 && (namesUnknownContext(text, span.start, inSentence, genericCancer) || unreadSettings(text, span.start, inSentence).length > 0);
    // A place the sentence excludes ("except in OSCC", excludedPlaces) is no setting of the claim: the claim is
    // checked in its other places, or, when it names no other, as set in a place the library does not name.
    const excluded = reading.claims.length > 0 ? excludedPlaces(text, span.start, inSentence) : [];
    const outside = (m: EntityMention): boolean => excluded.some((x) => x.start === m.start && x.entityId === m.entityId);
    const withoutExcluded = (claim: ExtractedClaim): ClaimVerification | undefined => {
      if (excluded.length === 0 || !claim.context.some(outside)) return undefined;
      const kept = claim.context.filter((m) => !outside(m));
      return verifyClaim(toVerifiable({ ...claim, context: kept }, unknownContext || kept.length === 0, block.text), kb);
    };
    // Without an unknown context the verification is the one anchored reading already made (verifyClaim reads
    // a missing unknownContext as false).
    // A claim on a marker of a panel the sentence names ("A fell while B and C rose": EMT) whose subject the library does not know is out of scope.
    const readouts = reading.claims.length > 0 ? readoutsAmong(inSentence.map((m) => m.entityId)) : noReadouts;
    // "Hypoxia raised MMP-9 in cells lacking IL-11": cells without the molecule every backing finding routes the effect
    // through are a setting no finding covers (issue 7, stop 38: the finding that hypoxia raises MMP-9 through IL-11
    // backed the claim in IL-11-deficient cells).
    const lost = reading.claims.length > 0 ? lostInPlace(block.text, span.start, inSentence) : undefined;
    // "X raised Y independently of Z": a finding routing the effect through Z does not back it (deniedRoute.ts).
    const denied = reading.claims.length > 0 ? deniedRoutesIn(block.text, span.start, inSentence) : undefined;
    // "Cytokines other than IL-11 promote EMT": the excluded member's findings do not back its class (excludedMember.ts).
    const excludedMembers = reading.claims.length > 0 ? excludedMembersIn(block.text, span.start, span.end, inSentence, kb) : undefined;
    // "X drives Y through A, B and C": one backed route of a list backs the claim, as one backed member backs a list (listedRoute.ts).
    const listedRoute = (claim: ExtractedClaim, verification: ClaimVerification): ClaimVerification =>
      withListedRoute(claim, verification, block.text, (mediators) => verifyClaim(toVerifiable({ ...claim, mediators }, unknownContext, block.text), kb), kin.nearMiss);
    // A cell line the reader took for a participant (unclaimedPlace.ts): a supported claim with no place of its own is
    // checked again there.
    const typeOf = (id: string): string | undefined => kb.entities.get(id)?.type;
    const placed = (claim: ExtractedClaim, verification: ClaimVerification): { claim: ExtractedClaim; verification: ClaimVerification } => {
      if (verification.verdict !== 'supported' || hasOwnPlace(claim, typeOf)) return { claim, verification };
      const unclaimed = unclaimedPlaces(text, span.start, inSentence, reading.claims, claim, typeOf);
      if (unclaimed.length === 0) return { claim, verification };
      // (The claim stays the one read, so what else reads the sentence finds it as before; only its verification moves.)
      return { claim, verification: verifyClaim(toVerifiable({ ...claim, context: [...claim.context, ...unclaimed] }, unknownContext, block.text), kb) };
    };
    const claims = reading.claims.map((claim) => placed(claim,
      withoutExcludedMember(claim, withoutDeniedRoute(claim, withoutLostRoute(
        readoutOutOfScope({ subject: claim.subject.entityId, object: claim.object.entityId }, readouts, kb)
          ? outOfScope
          : withoutExcluded(claim) ?? listedRoute(claim, (!unknownContext && anchoredVerifications.get(claim)) || verifyClaim(toVerifiable(claim, unknownContext, block.text), kb)),
        lost,
      ), denied), excludedMembers),
    ));
    // "X raised Y in A cells but not in B cells": the place set against the claim's own place is where the writer
    // says the effect is absent, a claim of its own, denied, after the others (issue 7, stop 34: it was only dropped
    // from the setting, so a finding in B never contradicted it). Only beside a place the claim keeps: "..., but not
    // in HCC" alone names no contrast of places, and stays the setting excluded.
    if (excluded.length > 0) {
      for (const claim of reading.claims) {
        if (claim.negated || claim.relation === 'no-effect' || !claim.context.some(outside)) continue;
        const kept = claim.context.filter((m) => !outside(m));
        if (kept.length === 0) continue;
        for (const place of claim.context.filter(outside)) {
          const absent: ExtractedClaim = { ...claim, context: [place], negated: true, start: Math.min(claim.start, place.start), end: Math.max(claim.end, place.end) };
          claims.push({ claim: absent, verification: verifyClaim(toVerifiable(absent, false, block.text), kb) });
        }
      }
    }
    stageEnd(cost.verify, since);
    const sentenceText: SentenceText = {
      text: block.text,
      start: span.start,
      end: span.end,
      namesSomething: (from, to) => inSentence.some((m) => m.start < to && m.end > from && !contextTypes.has(kb.entities.get(m.entityId)?.type ?? '')),
      moleculesIn: (from, to) => inSentence.filter((m) => m.start < to && m.end > from && moleculeTypes.has(kb.entities.get(m.entityId)?.type ?? '')).map((m) => m.entityId),
    };
    // A supported main claim whose participants are linked by words the reading did not take in (unaccountedLink.ts:
    // another event, a denial, a contrast, a change noun over a participant) is no evidence.
    const unreadLink = (main: number | undefined): boolean => main !== undefined && unaccountedLink(block.text, span.start, span.end, inSentence, claims[main].claim, sentenceText.namesSomething) !== undefined;
    // The reader marks non-claims (issue 7, h-parse's nonClaims.ts) once it has them; verify/scope.ts covers the rest.
    const readerNonClaim = (reading as { nonClaim?: string }).nonClaim;
    // A main claim the library speaks to (backed or contradicted) outweighs a non-claim pattern that does not frame the
    // sentence (scope.ts, framingKinds): "D, approved for liver tumours, lowers Y" is a claim the library contradicts.
    const backedMainClaim = (): boolean => {
      const { verdict, main } = sentenceVerdict(claims, false, isOutcome, kin, sentenceText, namesItsDrug);
      return (verdict === 'supported' && !unreadLink(main)) || verdict === 'contradicted';
    };
    // Whether the sentence names, before a given point of it (its subject before its first "is"), something the library
    // states findings of its own on: a drug defined by its target is a background statement only when the library
    // reports nothing of the drug itself, whatever it reports of the target the drug stands in for (scope.ts).
    const knownBefore = (end: number): boolean => inSentence.some((m) => m.start - span.start < end && kb.inStatedFacts(m.entityId));
    // (The sentence's words were found once for its implied mentions, constructions and these patterns: sentenceWords.ts.)
    // Whether every claim read (of those the library can speak to) starts at or after a given point of the sentence.
    const claimsOnlyFrom = (from: number): boolean => claims.every((c) => c.verification.verdict === 'out-of-scope' || c.claim.start - span.start >= from);
    since = stageStart();
    const nonClaim = readerNonClaim ?? nonClaimKind(text, claims.some((c) => c.verification.verdict !== 'out-of-scope'), backedMainClaim, knownBefore, sentenceWords(block.text, span.start, span.end), claimsOnlyFrom);
    // Whether the sentence names entities with findings is asked only of a sentence without a main claim (issue 10:
    // worked out for every sentence it was ~2% of a full check).
    // An entity named in passing ("an IL-6-dependent cell line", "a variety of growth factors": namedInPassing) is no actor.
    const namesEntitiesWithFindings = (): boolean => {
      // Nor is a class noun narrowed to a family by a name ("IL-17 family cytokines": claims/restrictedClass.ts).
      const actors = inSentence.filter((m) => !namedInPassing(text, span.start, m) && narrowedClass(block.text, m, inSentence, kb, span.start, span.end) === undefined);
      return actors.length > 0 && (actorsWithFindings(actors.map((m) => m.entityId), kb).length > 0 || citesLibraryOnItsTopic(citedKeys, actors.map((m) => m.entityId), kb) || processActsAsSubject(text, span.start, actors, kb));
    };
    stageEnd(cost.nonClaim, since);
    since = stageStart();
    let summary: { verdict: Verdict; basis: Basis | null; main?: number } = nonClaim ? { verdict: 'out-of-scope' as const, basis: null } : sentenceVerdict(claims, namesEntitiesWithFindings, isOutcome, kin, sentenceText, namesItsDrug);
    // A supported main claim whose participants are linked by words the reading did not take in (another event, a
    // negative word, a contrast, a change noun over a participant: unaccountedLink.ts, stop 54) is no evidence: the
    // reader did not understand the link the library's finding would back.
    if (summary.verdict === 'supported' && unreadLink(summary.main)) {
      summary = { verdict: 'unsupported', basis: 'no-evidence', main: summary.main };
    }
    // A second predicate the reader left unread, an infinitive or gerund of directed change on a named partner no claim
    // takes in ("...; one route is to enhance Z", "Known for inhibiting Z, X ..."), is as much what the sentence says as
    // the claim read: no evidence (unreadDirectedMention.ts, stop 54).
    if (summary.verdict === 'supported' && summary.main !== undefined && unreadDirectedMention(block.text, span.start, span.end, inSentence, claims.map((c) => c.claim)) !== undefined) {
      summary = { verdict: 'unsupported', basis: 'no-evidence', main: summary.main };
    }
    // Every backed claim in a side clause (a concession, a reason, a relative clause, a closing inference) while the main
    // clause's own predicate went unread ("Although X raises Y, X governs Z", "X, which is activated by Y, plays a role
    // in Z"): the side remark spoke for the sentence; no evidence (backedOnlyInSideClause.ts, stop 55).
    if (summary.verdict === 'supported' && backedOnlyInSideClause(block.text, span.start, span.end, inSentence, claims, sentenceText.namesSomething!) !== undefined) {
      summary = { verdict: 'unsupported', basis: 'no-evidence', main: summary.main };
    }
    const ownFinding = reading.ownFinding;
    sentences.push({
      start: span.start,
      end: span.end,
      text,
      mentions: inSentence,
      claims,
      citationIndices,
      citedKeys,
      verdict: summary.verdict,
      basis: summary.basis,
      mainClaim: nonClaim ? undefined : summary.main,
      nonClaim,
      hedged: reading.hedged,
      ownFinding,
      // A non-claim (an aim, a method, a title) asks for no citation of what it only names.
      citationCheck: checkCitations(nonClaim ? [] : claims.map((c) => c.verification), citedKeys, kb, ownFinding),
    });
    stageEnd(cost.verdict, since);
  });
  return { mentions, sentences };
}

/**
 * The sentence's verdict follows its main claim (the first claim the reader found that the library can speak
 * to); a contradicted claim anywhere wins; a supported main claim with an unbacked side remark stays supported.
 * Every claim keeps its own verdict and diagnostic. A sentence naming entities the library has findings on
 * without a readable claim is unsupported (no evidence), never silent and never supported (the test may be
 * handed as a function, asked only then).
 */
export function sentenceVerdict(claims: readonly ClaimResult[], namesEntitiesWithFindings: boolean | (() => boolean), isOutcome?: (entityId: string) => boolean, kin?: ListKin, sentence?: SentenceText, namesItsDrug?: (object: string, context: readonly string[]) => boolean): { verdict: Verdict; basis: Basis | null; main?: number } {
  // A sentence without claims (most of a draft's) has no main claim: answered before the tests below are made.
  if (claims.length === 0) return (typeof namesEntitiesWithFindings === 'function' ? namesEntitiesWithFindings() : namesEntitiesWithFindings) ? { verdict: 'unsupported', basis: 'no-evidence' } : { verdict: 'out-of-scope', basis: null };
  const contradicted = claims.findIndex((c) => c.verification.verdict === 'contradicted');
  if (contradicted >= 0) return { verdict: 'contradicted', basis: null, main: contradicted };
  // A class said in passing ("the pro-inflammatory cytokine IL-6", claims/classInPassing.ts) may contradict (above) and
  // otherwise does not speak for the sentence: the verdict is the one its other claims give (stop 38).
  if (claims.some((c) => c.claim.aside)) {
    const spoken = claims.filter((c) => !c.claim.aside);
    const rest = sentenceVerdict(spoken, namesEntitiesWithFindings, isOutcome, kin, sentence, namesItsDrug);
    return rest.main === undefined ? rest : { ...rest, main: claims.indexOf(spoken[rest.main]) };
  }
  // "AKT is activated in many carcinomas, and AKT-driven EMT provides motility for invasion", "A and B were
  // overexpressed in ESCC; and A raised B": a molecule's level in a disease (read as the disease associated with
  // it) that the library is silent on, or reports only in another tumour (verify.ts silentWhereClaimed, stop 42),
  // sets the scene for the sentence's mechanism: the first other claim the library can check is the main claim
  // (issue 7: the real-prose labels of waves 3 and 7 follow the mechanism, four rows of four in the studied sets).
  // Alone it stays the main claim; it keeps its own diagnostic.
  const levelInDisease = (c: ClaimResult): boolean => c.claim.relation === 'associated-with' && silentWhereClaimed(c.verification) && isOutcome?.(c.claim.subject.entityId) === true && !isOutcome(c.claim.object.entityId);
  const mechanism = claims.findIndex((c) => c.verification.verdict !== 'out-of-scope' && !levelInDisease(c));
  const main = mechanism >= 0 ? mechanism : claims.findIndex((c) => c.verification.verdict !== 'out-of-scope');
  // "X raised A, which might add to B", X beyond the library: the claim the library is silent on carries the
  // out-of-scope claim on from its outcome A (a process, the first claim's object), so the sentence is about X and
  // stays out of scope; a finding on A and B (supported, other-context) or a contradiction still speaks.
  if (main > 0 && continuesOutOfScope(claims[0], claims[main], isOutcome)) return { verdict: 'out-of-scope', basis: null };
  if (main >= 0) {
    const weakest = coordinatedPredicateVerdict(claims, main, listVerdict(claims, main, isOutcome, kin, sentence, namesItsDrug), (k) => listVerdict(claims, k, isOutcome, kin, sentence, namesItsDrug), kin, sentence, isOutcome);
    // "X induction of Y promotes Z" asserts X acting on Y and Y so driving Z at once (eventSubject.ts): backed only
    // when both are; the first the library does not back speaks for the sentence (one it cannot speak to at all is
    // still a claim about the sentence's main event, so no evidence).
    const unbackedJoint = weakest.verification.verdict === 'supported' && weakest.claim.joint !== undefined ? claims.find((c) => c !== weakest && c.claim.joint === weakest.claim.joint && c.verification.verdict !== 'supported') : undefined;
    if (unbackedJoint) return unbackedJoint.verification.verdict === 'out-of-scope' ? { verdict: 'unsupported', basis: 'no-evidence', main: claims.indexOf(unbackedJoint) } : { verdict: unbackedJoint.verification.verdict, basis: unbackedJoint.verification.basis, main: claims.indexOf(unbackedJoint) };
    // The unbacked half of a switch ("X raised A and lowered B"), a silent sibling beside a backed subject ("IL-11 and
    // OSM promote Y") and an unbacked link of a chain ("A raises B, which in turn activates C") are no side remarks: they speak for the sentence (unbackedPartners.ts). Out of scope alone, such
    // a claim still involves the backed claim's entities: no evidence.
    const partner = unbackedSwitchHalf(claims, weakest, sentence, isOutcome) ?? silentSiblingSubject(claims, weakest, sentence, markerPanel(weakest, 'subject', isOutcome) ? undefined : kin?.nearMiss) ?? unbackedChainLink(claims, weakest, sentence);
    if (partner) return partner.verification.verdict === 'out-of-scope' ? { verdict: 'unsupported', basis: 'no-evidence', main: claims.indexOf(partner) } : { verdict: partner.verification.verdict, basis: partner.verification.basis, main: claims.indexOf(partner) };
    // A backed side remark beside a main claim that names nothing the reader knows ("X raised platelet counts and
    // STAT3 phosphorylation"): the main claim, unread, is no evidence, and the side remark does not speak for it.
    if (besideUnreadMainClaim(weakest, sentence)) return { verdict: 'unsupported', basis: 'no-evidence', main: claims.indexOf(weakest) };
    return { verdict: weakest.verification.verdict, basis: weakest.verification.basis, main: claims.indexOf(weakest) };
  }
  if (typeof namesEntitiesWithFindings === 'function' ? namesEntitiesWithFindings() : namesEntitiesWithFindings) return { verdict: 'unsupported', basis: 'no-evidence' };
  return { verdict: 'out-of-scope', basis: null };
}

/**
 * "X raises A and promotes B": two predicates of one subject joined by "and". The order of the predicates decides
 * nothing, as the order of a list's members does not (listVerdict): read with the backed predicate first ("X
 * promotes B and raises A"), the sentence was supported, its second predicate a side remark keeping its own
 * diagnostic, so the same sentence with the silent predicate first is supported too (issue 7, stop 36). Only when
 * the main claim is silent (no evidence), the later predicate is the main claim's subject acting again, and its
 * object is no sibling of the silent one's (MMP-11 beside MMP-13: a near miss stays unsupported). A later outcome the
 * library reports only elsewhere, after a silent molecular step, speaks for the sentence the same way (stop 50).
 */
function coordinatedPredicateVerdict(claims: readonly ClaimResult[], main: number, weakest: ClaimResult, judge: (k: number) => ClaimResult, kin?: ListKin, sentence?: SentenceText, isOutcome?: (entityId: string) => boolean): ClaimResult {
  if (!sentence || weakest !== claims[main] || weakest.verification.verdict !== 'unsupported' || weakest.verification.basis !== 'no-evidence') return weakest;
  const first = claims[main].claim;
  // "IL-11 raises MMP-11 and promotes migration", the library reporting IL-11 on MMP-13: the silent predicate is a near
  // miss of a finding (the guideline calls near misses unsupported), not a side remark the order happened to put
  // first (stop 37, precision audit: MMP-11 for MMP-13, STAT1 for STAT3, IL-6 for IL-11).
  // The silent predicate may have a list of objects ("raises A and B and promotes C"): the next predicate starts after
  // the list's last member before it, and every member is held to the sibling tests the first one is (stop 52).
  const ownList = listedWith(claims[main], claims.filter((c) => c.verification.verdict !== 'out-of-scope' && c.claim.subject.entityId === first.subject.entityId && c.claim.relation === first.relation && c.claim.negated === first.negated), sentence);
  if (ownList.some((m) => kin?.siblingReported?.(m.claim.subject.entityId, m.claim.object.entityId) === true)) return weakest;
  let elsewhere: ClaimResult | undefined;
  for (let k = main + 1; k < claims.length; k++) {
    const c = claims[k].claim;
    if (c.subject.entityId !== first.subject.entityId || c.negated !== first.negated || c.object.start <= first.object.end || ownList.includes(claims[k])) continue;
    // Two predicates joined by "and" ("raises A and promotes B") or a series of three or more ("promotes A, suppresses
    // B, and mediates C", issue 7, stop 38) have a verb of their own before every object, whatever relation the verbs
    // read as: "raises A and increases B" is two predicates too, as the same sentence with B backed and first is
    // (objectListVerdict sidePredicate, stop 52; before, one relation left the pair to the list rules, which never
    // join two objects a verb stands between).
    const from = ownList.reduce((end, m) => (m.claim.object.end < c.object.start && m.claim.object.end > end ? m.claim.object.end : end), first.object.end);
    const between = sentence.text.slice(from, c.object.start);
    if (!joinsPredicates(between) && !joinsPredicateSeries(between)) continue;
    if (ownList.some((m) => kin?.nearMiss(m.claim.object.entityId, c.object.entityId) === true)) continue;
    const judged = judge(k);
    if (judged.verification.verdict === 'supported' && namedByFinding(judged, 'object', kin)) return judged;
    // "X switches on A and enhances migration", the library silent on A and reporting X on migration only in other
    // contexts: an outcome after a silent molecular step is what the sentence reports the step for; put first it was
    // the main claim and the sentence other-context, so it is here (issue 7, stop 50). Only an outcome after a molecule:
    // a molecule reported elsewhere after a silent outcome stays that outcome's side remark (a held-out set fell when
    // every order was turned). A backed predicate further on still outweighs it, so the search goes on.
    if (elsewhere === undefined && judged.verification.verdict === 'unsupported' && judged.verification.basis === 'other-context' && isOutcome?.(judged.claim.object.entityId) === true && !isOutcome(first.object.entityId)) elsewhere = judged;
  }
  return elsewhere ?? weakest;
}

/**
 * Between the first predicate's object and the second's: the object's form word, the setting it was seen in ("in
 * vitro", "of the cells", "in HCC cells": stop 52, the claims take the setting either way), "and", one verb of the lexicon
 * (an adverb before it) and at most two describing words ("VEGF expression and promotes tumour angiogenesis").
 * Not "and thereby", "and thus", "and consequently" (stop 37: an -ly adverb of consequence passed as a manner adverb):
 * the second predicate then goes through the first, a chain the library must state.
 */
const predicateJoin = /^(?:\s+(?:expression|levels?|activity|activation|phosphorylation|production|secretion))?(?:\s+(?:in|of)\s+(?:the\s+)?(?:vitro|vivo|(?:[a-z0-9-]+\s+){0,2}(?:cells|tumou?rs)))?\s*,?\s+and\s+(?:also\s+|further\s+)?(?:(?!(?:consequently|subsequently|ultimately|eventually|accordingly|presumably|probably|likely)\b)[a-z]+ly\s+)?([a-z-]+)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$/i;
/** Whether `between` joins two predicates (predicateJoin), its verb one of the lexicon's. */
function joinsPredicates(between: string): boolean {
  const verb = predicateJoin.exec(between)?.[1];
  return verb !== undefined && verbTrigger(verb) !== undefined;
}

/** A word of a predicate's object in a series: no coordinator, no relative or consequence word (they open a clause or a chain). */
const seriesWord = String.raw`(?!(?:and|or|but|which|that|who|thereby|thus|hence|whereas|while)\b)[\p{L}\p{N}][\p{L}\p{N}-]*`;
/**
 * A series of predicates of one subject between the first one's object and the last one's: ", V B, (V C,) and V "
 * ("promotes A, suppresses B, and mediates C"): each middle step a verb and its object of at most four words, then
 * "and", one verb and at most two describing words (predicateJoin's last step, "and thereby" and the like left out).
 */
const predicateSeries = new RegExp(
  String.raw`^(?:\s+(?:expression|levels?|activity|activation|phosphorylation|production|secretion))?(?:\s+(?:in|of)\s+(?:the\s+)?(?:vitro|vivo|(?:[a-z0-9-]+\s+){0,2}(?:cells|tumou?rs)))?\s*,\s+((?:(?:also\s+)?[a-z-]+\s+(?:${seriesWord}\s+){0,3}${seriesWord}\s*,\s+)*(?:also\s+)?[a-z-]+\s+(?:${seriesWord}\s+){0,3}${seriesWord})\s*,?\s+and\s+(?:also\s+|further\s+)?(?:(?!(?:consequently|subsequently|ultimately|eventually|accordingly|presumably|probably|likely)\b)[a-z]+ly\s+)?([a-z-]+)\s+(?:the\s+|a\s+|an\s+)?(?:${seriesWord}\s+){0,2}$`,
  'iu',
);
/** Whether `between` is a series of predicates (predicateSeries), every verb one of the lexicon's. */
function joinsPredicateSeries(between: string): boolean {
  const m = predicateSeries.exec(between);
  if (!m) return false;
  const verbs = [...m[1].split(',').map((step) => /^\s*(?:also\s+)?([a-z-]+)/i.exec(step)?.[1]), m[2]];
  return verbs.every((verb) => verb !== undefined && verbTrigger(verb) !== undefined);
}

/** What the list policy asks of the library (listVerdict): whether one member is a near miss of another, and whether a finding names an entity. */
export interface ListKin {
  /** `member` is a sibling of `backed` in one family (scope.ts nearMissOf). */
  nearMiss(member: string, backed: string): boolean;
  /** A finding about `named` speaks to a claim about `id`: the same entity, a kind of it, a part of its pathway. */
  answers(id: string, named: string): boolean;
  /** The library reports `subject` acting on a numbered sibling of `object` (MMP-13 for MMP-11), in any context. */
  siblingReported?(subject: string, object: string): boolean;
}

/**
 * Whether a backed member is backed by a finding that names it in its role (the object, or the subject of a list of
 * subjects), not only reached on a route the library infers: "a PI3K inhibitor blocked Akt and ERK" is backed for Akt
 * only through a finding in which Akt is a mediator of PI3K's effect, and such reasoning carries no unbacked member
 * beside it (the guideline's annotator, dev: such a list is unsupported). A member a finding states carries them.
 */
/**
 * Whether every finding that backs the claim names its subject only as a step of another's route ("IL-11 drives
 * metastasis through IL-11Rα and gp130" backing "IL-11Rα drives metastasis": kb/inference.ts 'route-downstream'),
 * never as the finding's own subject. Such a claim stands alone (the lead: route-downstream stays) but carries no
 * unbacked member of its list (objectListVerdict, stop 52). A drug standing for its target is no route step.
 */
function subjectOnlyOnRoute(c: ClaimResult, kin?: ListKin): boolean {
  if (!kin) return false;
  const id = c.claim.subject.entityId;
  const evidence = c.verification.evidence;
  // The subject itself as the step: a family whose member is a step ("growth factors drive growth", IGF-1 a step of
  // the CAFs' route) is left as before, a studied label calling such a list supported (wave 21).
  return evidence.length > 0 && evidence.every((f) => !kin.answers(id, f.subject) && f.mediators.includes(id));
}

function namedByFinding(c: ClaimResult, role: 'subject' | 'object', kin?: ListKin): boolean {
  if (!kin) return true;
  const id = c.claim[role].entityId;
  return c.verification.evidence.some((f) => {
    const named = role === 'object' ? f.object : f.subject;
    return named !== undefined && kin.answers(id, named);
  });
}

/**
 * The claim that speaks for a main claim and the list it stands in: the main claim itself, a backed member of its
 * list, or the member that keeps the list from being supported. The policy for lists, stated once (issue 7, stop 35):
 * a list ("X raises A, B and C", "A, B and C promote Y", "A as well as B", "A and/or B") with at least one member
 * the library backs and none it contradicts is supported; each unbacked member keeps its own diagnostic, as a side
 * remark does (the guideline's annotator and the labellers of several waves call such lists supported). Not when an
 * unbacked member is a near miss of a backed one: a sibling of the same family (MMP-11 beside MMP-13, IL-6 beside
 * IL-11, STAT1 beside STAT3; scope.ts nearMissOf), which the guideline calls unsupported: in a list of members that
 * act ("IL-11 and IL-6 promote invasion", "raised MMP-13 and MMP-11") the sibling is the near miss the guideline names.
 * A marker panel is not such a list (markerPanel): molecules merely associated with an outcome ("STAT1 and STAT3 are
 * associated with poor survival", "MMP-2, -9 and -13 relate to metastasis") are each an observation of its own, and a
 * sibling there is an unbacked side remark like any other member (issue 7, stop 46: the labels of both such studied
 * rows, waves 15 and 22, call the list supported; no near miss of the team's is one). A member reported only in
 * another context keeps its own rules (below); a contradicted member wins before (sentenceVerdict).
 */
function listVerdict(claims: readonly ClaimResult[], main: number, isOutcome?: (entityId: string) => boolean, kin?: ListKin, sentence?: SentenceText, namesItsDrug?: (object: string, context: readonly string[]) => boolean): ClaimResult {
  const byObjects = objectListVerdict(claims, main, isOutcome, kin, sentence, namesItsDrug);
  // A list of subjects sharing the main claim's verb and object ("A and B promote Y", "Y is raised by A and B"): each
  // subject's own claim is judged with its list of objects, then the subjects are weighed as the objects are. The
  // order of the list decides nothing.
  const first = claims[main].claim;
  const sameObject = claims.filter((c) => c.verification.verdict !== 'out-of-scope' && c.claim.object.entityId === first.object.entityId && c.claim.relation === first.relation && c.claim.negated === first.negated);
  const subjects = listedWith(claims[main], sameObject, sentence, [], (c) => c.claim.subject).filter((c) => c.claim.subject.entityId !== first.subject.entityId || c === claims[main]);
  if (subjects.length < 2) return byObjects;
  const judged = subjects.map((c) => (c === claims[main] ? byObjects : objectListVerdict(claims, claims.indexOf(c), isOutcome, kin, sentence, namesItsDrug)));
  const backed = subjects.filter((_, k) => judged[k].verification.verdict === 'supported' && namedByFinding(judged[k], 'subject', kin));
  // A list of subjects backed only on a route the library infers ("A and B promote Y", A reached as the mediator of a
  // drug's effect on Y) carries no unbacked subject beside it, as a list of objects does not (namedByFinding): the
  // silent subject speaks for the list (issue 7, stop 47; before, the route-backed subject spoke alone).
  if (backed.length === 0) return judged.some((r) => r.verification.verdict === 'supported') ? (judged.find((r) => r.verification.basis === 'no-evidence') ?? byObjects) : byObjects;
  // A subject reported only in another context leaves the list other-context, as a molecule found elsewhere does
  // in a list of objects; an unbacked subject that is a sibling of a backed one is a near miss (not in a marker panel).
  const elsewhere = judged.find((r) => r.verification.basis === 'other-context');
  if (elsewhere) return elsewhere;
  const sibling = subjects.findIndex((c, k) => judged[k].verification.basis === 'no-evidence' && backed.some((b) => !markerPanel(b, 'subject', isOutcome) && kin?.nearMiss(c.claim.subject.entityId, b.claim.subject.entityId) === true));
  if (sibling >= 0) return judged[sibling];
  return judged[subjects.indexOf(backed[0])];
}

/**
 * Whether a list member's claim is one of a marker panel (listVerdict): its relation a plain association and the end
 * the list shares an outcome, a process or phenotype ("A and B are associated with poor survival": `listed` is the
 * subject; "metastasis correlated with A and B": the object). Its members are not rivals of one another.
 */
function markerPanel(c: ClaimResult, listed: 'subject' | 'object', isOutcome?: (entityId: string) => boolean): boolean {
  const shared = listed === 'subject' ? c.claim.object : c.claim.subject;
  return c.claim.relation === 'associated-with' && isOutcome?.(shared.entityId) === true;
}

/** The claim that speaks for a main claim and the list of its objects (listVerdict). */
function objectListVerdict(claims: readonly ClaimResult[], main: number, isOutcome?: (entityId: string) => boolean, kin?: ListKin, sentence?: SentenceText, namesItsDrug?: (object: string, context: readonly string[]) => boolean): ClaimResult {
  // "X raised A and B" is one main claim with two objects: supported when one is backed and no other is contradicted,
  // reported only elsewhere or a near miss of a backed one (listVerdict, below).
  const first = claims[main].claim;
  const sameClaim = claims.filter((c) => c.verification.verdict !== 'out-of-scope' && c.claim.subject.entityId === first.subject.entityId && c.claim.relation === first.relation && c.claim.negated === first.negated);
  // "controls genes of survival (survivin, Mcl-1), invasion (MMP-2) and angiogenesis (VEGF)": molecules in brackets
  // illustrate the process before them; the list is the processes outside the brackets, and an example the library
  // cannot back is a side remark (a contradicted one still wins above). Only a molecule in a list of outcomes: in
  // "raised MMP-13 (and MMP-11)" the bracket names a second object of the same kind, which stays in the list.
  const inBrackets = (c: ClaimResult): boolean =>
    sentence !== undefined && c !== claims[main] && isOutcome?.(first.object.entityId) === true && !isOutcome(c.claim.object.entityId) && bracketDepth(sentence, c.claim.object.start) > 0;
  // "X raised A, suggesting a role in B" ("..., as evidenced by higher B"): what the writer infers in a closing participle, or the readout named as evidence, is a side remark on the
  // finding, not a second object of its verb (the guideline: a supported main claim with an unbacked side remark stays
  // supported); a contradicted one still wins above. It keeps its own diagnostic.
  const inferredAfter = (c: ClaimResult): boolean =>
    sentence !== undefined && c !== claims[main] && c.claim.object.start > first.object.end && inferenceBetween.test(sentence.text.slice(first.object.end, c.claim.object.start));
  // "X not only raised A but also raised B": A, granted in the first half of a predicate pair, is a side remark (rule 1
  // of notOnly.ts, sideClauses.ts) and no member of B's list, whichever the library backs (stop 50).
  const granted = sentence !== undefined && sameClaim.length > 1 ? grantedHalves(sentence.text, sentence.start, sentence.end ?? sentence.text.length) : [];
  const inGrantedHalf = (c: ClaimResult): boolean => c !== claims[main] && granted.some(([from, to]) => c.claim.object.start >= from && c.claim.object.end <= to);
  const group = sameClaim.filter((c) => !inBrackets(c) && !inferredAfter(c) && !inGrantedHalf(c));
  // A list of outcomes ("promotes motility, invasion and angiogenesis") stays supported when the library backs
  // some and is silent on the others: the silent ones keep their own diagnostics.
  const silentOutcome = (c: ClaimResult): boolean => c.verification.basis === 'no-evidence' && isOutcome?.(c.claim.object.entityId) === true;
  // A list the library is silent on in the sentence's context, though it reports one of its objects elsewhere
  // ("X drives A and B in gastric cancer", X drives B in breast cancer): the library reports part of the claim in
  // other contexts (other-context), which says more than no evidence; never supported. A list of outcomes with a
  // member backed in the sentence's context is not silent there (below).
  const isOutcomeClaim = (c: ClaimResult): boolean => isOutcome?.(c.claim.object.entityId) === true;
  // Members read with the other relation ("proliferation, anti-apoptosis and angiogenesis": less apoptosis) keep the
  // list whole when a backed member is looked for; whether the list is reported elsewhere is asked of its own members.
  const bridges = claims.filter((c) => c.claim.subject.entityId === first.subject.entityId && c.claim.relation !== first.relation && !c.claim.negated && !inBrackets(c));
  const listed = listedWith(claims[main], group, sentence, bridges);
  const ownList = listedWith(claims[main], group, sentence);
  // A member carries the silent ones beside it only when a finding names the list's subject too: "IL-11Rα drives A and
  // B", backed for B only as a step on IL-11's route to it (kb/inference.ts 'route-downstream'), is reasoning the
  // library does, as a member reached on a route is (namedByFinding); it stays supported alone (stop 52).
  const ownBacking = (c: ClaimResult): boolean => c.verification.verdict === 'supported' && !subjectOnlyOnRoute(c, kin);
  const backedOutcome = isOutcomeClaim(claims[main]) ? listed.find((c) => ownBacking(c) && isOutcomeClaim(c)) : undefined;
  // So is an outcome whose named examples the library reports only elsewhere ("X drives metastasis, including EMT and
  // invasion", X driving invasion in another cancer): the examples are part of the claim, as a list's members are
  // (outcomeExamples); an example backed in the sentence's context leaves the rule to the others.
  const examples = claims[main].verification.basis === 'no-evidence' && !backedOutcome ? outcomeExamples(claims[main], group, sentence, isOutcome) : [];
  const exampleElsewhere = examples.some((c) => c.verification.verdict === 'supported') ? undefined : examples.find((c) => c.verification.basis === 'other-context');
  const elsewhere = claims[main].verification.basis === 'no-evidence' && !backedOutcome ? (ownList.find((c) => c.verification.basis === 'other-context') ?? exampleElsewhere) : undefined;
  // The same list with its silent outcome first ("X drives A and B", the library silent on A, reporting B): the
  // order of a list's objects decides nothing, so its first backed outcome speaks for the sentence when every
  // other outcome of the group is silent. Only a list: "A-associated B" names no A that X drives.
  // An unbacked member beside a backed one is a side remark (listVerdict: the list is supported, the member keeps its
  // own diagnostic): "raised N-cadherin and fibronectin", "activates the JAK/STAT3 and PI3K/Akt pathways" with the
  // library backing only the first. A sibling of a backed member (MMP-11 beside MMP-13, STAT1 beside STAT3) is a near
  // miss and leaves the list unsupported, outside a marker panel (markerPanel); a contradicted member wins before. In a list of outcomes, an outcome the
  // library reports only in other contexts is a side remark beside one backed in the sentence's own ("MMPs drive
  // invasion and metastasis of SCC", metastasis backed in OSCC, invasion found in breast cancer cells): the real
  // prose labels of three sets call such lists supported (stop 28). A molecule found elsewhere ("raised MMP-2 and
  // MMP-13 in OSCC cells", MMP-2 in breast cancer cells) is a claim of its own and still leaves the list other-context,
  // as does an outcome that names its drug ("sorafenib or gefitinib resistance": the drug counts, `namesItsDrug`).
  const sideOutcome = (c: ClaimResult): boolean =>
    c.verification.basis === 'other-context' && isOutcomeClaim(c) && namesItsDrug?.(c.claim.object.entityId, c.claim.context.map((m) => m.entityId)) !== true;
  const backedMembers = listed.filter((c) => ownBacking(c) && namedByFinding(c, 'object', kin));
  const aside = (c: ClaimResult): boolean => c.verification.basis === 'no-evidence' && backedMembers.length > 0 && !backedMembers.some((b) => !markerPanel(b, 'object', isOutcome) && kin?.nearMiss(c.claim.object.entityId, b.claim.object.entityId) === true);
  const backed = elsewhere
    ? undefined
    : silentOutcome(claims[main]) || (claims[main].verification.basis === 'other-context' && isOutcomeClaim(claims[main]))
      ? backedOutcome
      : aside(claims[main])
        ? backedMembers[0]
        : undefined;
  const lead = backed ?? claims[main];
  // A lead backed only on an inferred route (ownBacking) makes no silent or elsewhere member of its list a side remark.
  const leadList = lead.verification.verdict === 'supported' ? listedWith(lead, group, sentence, bridges) : [];
  // (Only when no member of the list is backed in its own right: "IGF-1 modulates growth and drug resistance", growth
  // reached on a route and drug resistance stated, carries a silent member as before.)
  const routeOnly = lead.verification.verdict === 'supported' && !leadList.some(ownBacking);
  const sideMembers = routeOnly ? [] : leadList.filter((c) => aside(c) || (sideOutcome(c) && isOutcomeClaim(lead)));
  const excused = (c: ClaimResult): boolean => silentOutcome(c) && !(routeOnly && leadList.includes(c));
  // "X raises A and increases B", the library backing A and silent on B (or B first): B is the object of a predicate of
  // its own, read with the same relation, so it falls in the group without standing in A's list. Read with another relation
  // ("raises A and promotes B") the silent predicate is a side remark (coordinatedPredicateVerdict's policy); the
  // relation the reader gives the verbs decides nothing either (issue 7, stop 52). Not a sibling of the backed object
  // nor one whose sibling the library reports for the subject (MMP-11 beside MMP-13: a near miss), and only silent:
  // a predicate reported elsewhere or contradicted keeps its own rules.
  const sidePredicate = (c: ClaimResult): boolean =>
    !routeOnly && lead.verification.verdict === 'supported' && c.verification.basis === 'no-evidence' && (c.claim.object.start > lead.claim.object.end ? ownPredicateAfter(lead, c, group, sentence) : ownPredicateAfter(c, lead, group, sentence)) && kin?.nearMiss(c.claim.object.entityId, lead.claim.object.entityId) !== true && kin?.siblingReported?.(c.claim.subject.entityId, c.claim.object.entityId) !== true;
  const weakest = lead.verification.verdict === 'supported' ? (group.find((c) => c.verification.verdict !== 'supported' && !excused(c) && !sideMembers.includes(c) && !sidePredicate(c)) ?? lead) : elsewhere ?? lead;
  return weakest;
}

/**
 * Whether `later` is the object of a predicate of its own after the list `earlier` stands in: between the nearest
 * object of that list before it and its own object, "and" and a verb of the lexicon (joinsPredicates), or a series
 * of such predicates (joinsPredicateSeries) that ends at it or runs on through it to a later object of the group
 * ("raises A, increases B, and elevates C": B is a middle predicate's object).
 */
function ownPredicateAfter(earlier: ClaimResult, later: ClaimResult, group: readonly ClaimResult[], sentence?: SentenceText): boolean {
  if (!sentence || later.claim.object.start <= earlier.claim.object.end) return false;
  const before = listedWith(earlier, group, sentence).filter((c) => c.claim.object.end < later.claim.object.start);
  if (before.length === 0) return false;
  const from = before.reduce((a, b) => (b.claim.object.end > a.claim.object.end ? b : a)).claim.object.end;
  const between = sentence.text.slice(from, later.claim.object.start);
  if (joinsPredicates(between) || joinsPredicateSeries(between)) return true;
  return group.some((c) => c.claim.object.start > later.claim.object.end && joinsPredicateSeries(sentence.text.slice(from, c.claim.object.start)));
}

/**
 * The named examples of the main claim's outcome: "promotes metastasis, including EMT, invasion and intravasation",
 * "drives every step of metastasis (such as EMT and invasion)": the outcomes listed after "including", "such as",
 * "e.g." or "notably" straight after the main claim's own object, each an outcome too (a molecule after "including"
 * names a gene of the process, not a step of it). Not joined into the main claim's list (listedWith): a class with
 * examples ("cytokines such as IL-6 and OSM") keeps its members out of the list rules' rivalry of siblings.
 */
function outcomeExamples(main: ClaimResult, group: readonly ClaimResult[], sentence?: SentenceText, isOutcome?: (entityId: string) => boolean): ClaimResult[] {
  if (!sentence || isOutcome?.(main.claim.object.entityId) !== true) return [];
  const after = group.filter((c) => c.claim.object.start > main.claim.object.end).sort((a, b) => a.claim.object.start - b.claim.object.start);
  const first = after.find((c) => exampleOpener.test(sentence.text.slice(main.claim.object.end, c.claim.object.start)));
  if (!first) return [];
  return listedWith(first, group, sentence).filter((c) => c.claim.object.start >= first.claim.object.start && isOutcome(c.claim.object.entityId));
}

/** Between an outcome and its first named example: ", including ", " (such as ", ", e.g. ", ", notably the ". */
const exampleOpener = /^\s*[,(]?\s*(?:including|such\s+as|e\.\s?g\.,?|for\s+example,?|notably|in\s+particular,?)\s+(?:the\s+)?$/i;

/** A claim the library is silent on whose subject is the outcome (a process) that an out-of-scope claim before it acts on. */
function continuesOutOfScope(first: ClaimResult, later: ClaimResult, isOutcome?: (entityId: string) => boolean): boolean {
  return first.verification.verdict === 'out-of-scope' && later.verification.basis === 'no-evidence' && later.claim.subject.entityId === first.claim.object.entityId && later.claim.subject.start >= first.claim.object.start && isOutcome?.(later.claim.subject.entityId) === true;
}

/**
 * A closing participle that draws an inference from the clause before it (", suggesting a role in ..."), or a closing
 * phrase that names the readout it was seen by (", as evidenced by higher vimentin").
 */
const inferenceBetween = /,\s*(?:(?:thus\s+|thereby\s+|therefore\s+)?(?:suggesting|indicating|implying|pointing\s+to|hinting\s+at|raising\s+the\s+possibility)|as\s+(?:evidenced|shown|indicated|reflected|judged|demonstrated|revealed)\s+by)\b/i;

/** The widest gap between two objects of one list: ", and " (", or "). */
const listGap = 6;

/**
 * The claims of `group` whose objects stand in one list with the main claim's object ("growth, invasion and
 * lymphangiogenesis"): each a list's gap from the next, so objects of other predicates are left out. `member` reads
 * another role instead (the subjects of "A and B promote Y").
 */
function listedWith(main: ClaimResult, group: readonly ClaimResult[], sentence?: SentenceText, bridges: readonly ClaimResult[] = [], member: (c: ClaimResult) => { start: number; end: number } = (c) => c.claim.object): ClaimResult[] {
  // A member read with another relation (an "anti-" process turned round) still stands in the list: it links the
  // members on either side of it, and is left out of what the list returns.
  // (The group's claims are distinct, being a filter of one sentence's: a bridge already among them is the only
  // repeat to leave out, without a Set and two spread copies per call; issue 10, stop 37.)
  const sorted = group.slice();
  for (const bridge of bridges) if (!group.includes(bridge)) sorted.push(bridge);
  sorted.sort((a, b) => member(a).start - member(b).start);
  const at = sorted.indexOf(main);
  if (at < 0) return [];
  const gap = (a: ClaimResult, b: ClaimResult): number => (sentence ? gapOutsideBrackets(sentence.text, member(a).end, member(b).start, member(a).start, sentence.start) : member(b).start - member(a).end);
  let from = at;
  while (from > 0 && gap(sorted[from - 1], sorted[from]) <= listGap) from--;
  let to = at;
  while (to < sorted.length - 1 && gap(sorted[to], sorted[to + 1]) <= listGap) to++;
  return sorted.slice(from, to + 1).filter((c) => group.includes(c));
}

/** The block's text and where the sentence starts in it: what the list rules read between objects. */
export interface SentenceText {
  text: string;
  start: number;
  /** Where the sentence ends in the block's text, and whether a name other than a place or condition lies in a span of it (unreadMainSlot.ts). */
  end?: number;
  namesSomething?: (from: number, to: number) => boolean;
  /** The molecules (schema.ts moleculeTypes) named in a span of it, by entity id (unreadMainSlot.ts). */
  moleculesIn?: (from: number, to: number) => string[];
}

/** How many round brackets are open at `offset`, counted from the sentence's start. */
function bracketDepth(sentence: SentenceText, offset: number): number {
  let depth = 0;
  for (let k = sentence.start; k < offset && k < sentence.text.length; k++) {
    const ch = sentence.text.charCodeAt(k);
    if (ch === 40) depth++;
    else if (ch === 41 && depth > 0) depth--;
  }
  return depth;
}

/**
 * What may stand between two members of a list: commas, slashes, dashes and "and" / "or" ("A, B, and C", "A or B",
 * "A/B", "A- and B-"), and the longer joins a writer uses the same way ("A and/or B", "A as well as B", "A along with
 * B", "A together with B"), each counted as long as "and" (gapOutsideBrackets). A passive's agents may repeat "by"
 * after the join ("induced by A and by B", stop 38): the same list of agents; so may another preposition that governs
 * the first member ("the signals of A and of B", stop 50); so may a degree ("A, and to a lesser
 * extent B,"; coordination.ts degreeJoin). "but also" joins the members of a "not only" list ("raised not only A but
 * also B", "the signals not only of A but also of B": the preposition said again), as "and" does, only where a "not
 * only" before the first member opens a list and no predicate pair (notOnly.ts; stop 50, the lead's policy).
 */
const listSeparator = /^[\s,;/&\-\u2013]*(?:((?:and\/or|and|or|as\s+well\s+as)\s+(?:by|of|in|on|to|for|from|with)|and\/or|and|or|as\s+well\s+as|along\s+with|together\s+with|but\s+also(?:\s+(?:of|in|by|on|to|for|from|with))?)[\s,\-\u2013]*)?$/i;
/** "A, and to a lesser extent B", "A and, to some degree, by B": a join with a degree (coordination.ts degreeJoin). */
const degreeSeparator = /^[\s,]*((?:and|or)\s*,?\s*(?:to|in)\s+(?:a\s+|an\s+|some\s+|the\s+same\s+)?(?:(?:lesser|smaller|greater|larger|similar|much|far|lower|minor|comparable|certain)\s+)*(?:extent|degree)\s*,?\s*(?:by\s+)?)$/i;

/**
 * The characters between two list members, a bracketed aside and the space before it left out: "survival (survivin,
 * Mcl-1), invasion" is ", ". Words other than "and" / "or" end the list: in "migration and invasion in a
 * STAT3-dependent manner" the gap " in a " is short, but STAT3 is no third member (its claim is no list's).
 */
function gapOutsideBrackets(text: string, from: number, to: number, opener: number, sentenceStart: number): number {
  // A list's separator; "but also" only after a "not only" that opens the list at its first member (`opener`).
  // Another preposition than "by" said again after the join ("the signals of A and of B") only where the same one
  // governs the first member, as coordination.ts joins reads it.
  const separates = (between: string): RegExpExecArray | null => {
    const join = listSeparator.exec(between);
    if (!join || join[1] === undefined) return join;
    if (/^but\b/i.test(join[1])) return opensNotOnlyList(text, opener, sentenceStart) ? join : null;
    const repeated = /\s(of|in|on|to|for|from|with)$/i.exec(join[1]);
    return repeated && !new RegExp(String.raw`\b${repeated[1]}\s+$`, 'i').test(text.slice(Math.max(sentenceStart, opener - 8), opener)) ? null : join;
  };
  let count = 0;
  let depth = 0;
  let spaces = 0;
  let outside = '';
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 40) {
      if (depth === 0) count -= spaces;
      depth++;
    } else if (ch === 41 && depth > 0) depth--;
    else if (depth === 0) {
      count++;
      outside += text[k];
    }
    spaces = depth === 0 && ch === 32 ? spaces + 1 : 0;
  }
  // "proliferation, anti-apoptosis, angiogenesis": the "anti" tied to the next member is that member's own word
  // (it names the opposite process), not a gap that ends the list.
  // So is "resistance to" before a process ("proliferation, resistance to apoptosis, and invasion"; roles.ts resisted).
  const anti = /(?:anti[-\u2010]?|resistance\s+to\s+)$/i.exec(outside);
  if (anti && /[\s,;]$/.test(outside.slice(0, anti.index))) return separates(outside.slice(0, anti.index)) ? count - anti[0].length : Number.POSITIVE_INFINITY;
  // "STAT3 phosphorylation and MMP-11", "IL-6 levels, VEGF": the form a molecule is measured in, after a member, is
  // that member's own word (as "anti" is the next one's), when a comma or a join follows it.
  // "A, and to a lesser extent B": the degree's article is no member's determiner (memberDescription, below).
  const degree = degreeSeparator.exec(outside);
  if (degree) return count - Math.max(0, degree[1].length - 3);
  // "invasion, spread, and growth": a member the lexicon does not name, between two it does, is a member all the
  // same; the list goes on through it, and it is left out of the count as a member's own words are.
  const unnamed = unnamedMember.exec(outside) ?? unnamedMemberBeforeJoin.exec(outside) ?? unnamedMemberEndingInName.exec(outside);
  if (unnamed) return count - unnamed[1].length;
  const form = memberForm.exec(outside);
  const formless = form ? outside.slice(form[0].length) : outside;
  // "JAK/STAT and SAPK/MAPK signalling": a name the lexicon does not know, joined by a slash to the next member's name,
  // is that member's other name, not a word of the gap (issue 7, stop 38).
  const alias = slashAlias.exec(formless);
  const afterForm = alias ? formless.slice(0, alias.index + 1) : formless;
  // "IL-6R and the membrane glycoprotein gp130": a determiner and a few describing words after the join open the
  // next member's noun phrase; they belong to it, as the form word belongs to the member before.
  // "raised proliferation, expression of N-cadherin and ...": the form a molecule is measured in, named before it
  // ("expression of", "the levels of"), opens the next member as a determiner does (issue 7, stop 36).
  const formed = memberFormBefore.exec(afterForm);
  const described = formed ?? memberDescription.exec(afterForm);
  const undetermined = described ? afterForm.slice(0, described.index) : afterForm;
  const grade = memberGrade.exec(undetermined) ?? memberPlace.exec(undetermined);
  const between = grade ? undetermined.slice(0, undetermined.length - grade[1].length) : undetermined;
  const join = separates(between);
  // A grade or place word opens a member after a comma or a join word, never after nothing ("STAT3 high expression").
  if (grade && !/[,;/]|\b(?:and|or)\b/i.test(between)) return Number.POSITIVE_INFINITY;
  if (!join || (form && join[1] === undefined && !/[,;/&]/.test(between)) || (described && join[1] === undefined && !(formed && /,/.test(between)))) return Number.POSITIVE_INFINITY;
  return count - (form?.[0].length ?? 0) - (alias ? alias[0].length - 1 : 0) - (described?.[0].length ?? 0) - (grade?.[1].length ?? 0) - Math.max(0, (join[1]?.length ?? 0) - 3);
}

/** A word that opens a list member the lexicon does not name: no function word, verb of being or adverb ("respectively", "thus"). */
const unnamedOpening = String.raw`(?!(?:in|of|on|by|to|for|with|from|at|into|that|which|who|whom|whose|where|when|while|whereas|is|are|was|were|be|been|has|have|had|and|or|not|than|as|the|a|an|its|their|this|these|those|it|they|thus|then|thereby|also|however|therefore|hence|respectively|too|both|either|neither|each|all|but|so|yet|e\.g|i\.e)\b)[a-z][a-z-]*[a-z](?<!ly)`;
/** A later word of such a member: no preposition, relative word, verb of being or join. */
const unnamedLater = String.raw`(?!(?:in|of|on|by|to|for|with|from|at|into|that|which|is|are|was|were|and|or|than|as)\b)[a-z][a-z-]*[a-z](?<!ly)`;
/** One unnamed member: one to three plain words ("spread", "tissue repair"). */
const unnamedOne = String.raw`${unnamedOpening}(?:\s+${unnamedLater}){0,2}`;
/**
 * Members the lexicon does not name, between two it does: "spread, " of ", spread, and ", "immunomodulation, " of
 * ", immunomodulation, " in "metastasis, immunomodulation, angiogenesis", "development, tissue repair, " of a longer
 * run. Each one to three plain words with a comma after it, then a join or the next member straight after the comma
 * (issue 7, stop 43: a list of four or five processes with one the lexicon does not know ended at it). A clause or an
 * aside between two names is no member: a function word, a verb of being or an adverb opens none.
 */
const unnamedMember = new RegExp(String.raw`^\s*,\s+((?:${unnamedOne}\s*,\s*)+)(?:(?:and|or)\s+)?$`);
/**
 * The same with no comma before the join, the list's usual punctuation: ", development and " of "tumorigenesis,
 * development and malignant behaviours", ", spread or " (issue 7, stop 50: only the comma before the join kept the
 * list whole, so "A, B and C" with B unnamed split into two lists). The unnamed member right before the join is one
 * or two plain words, none a participle or past form in -ed ("A, cells treated and B" opens a clause, no member).
 */
const unnamedMemberBeforeJoin = new RegExp(String.raw`^\s*,\s+((?:${unnamedOne}\s*,\s*)*(?![a-z-]*ed\b)${unnamedOpening}(?:\s+(?![a-z-]*ed\b)${unnamedLater})?\s+)(?:and|or)\s+$`);
/**
 * The last member before a named one, which the named one ends: "tissue fibrosis in chronic " of ", tissue fibrosis in
 * chronic inflammation and ...": a member the lexicon does not name whose own phrase closes on the next name after
 * "in" or "of" (issue 7, stop 43). Not a participle ("resulting in", "expressed in") or a word of dependence
 * ("independent of"): those open a clause or a relation, not a member.
 */
const unnamedMemberEndingInName = new RegExp(
  String.raw`^\s*,\s+((?:${unnamedOne}\s*,\s*)*(?!(?:[a-z-]*(?:ing|ed)|independent|dependent|regardless|irrespective|because|instead|outside|ahead|out|part|one|some|most|many|none|any|each)\b)${unnamedOne}\s+(?:in|of)\s+(?:${unnamedLater}\s+)?)$`,
);

/** A short name and a slash right before a list member's name: "SAPK/" of "SAPK/MAPK", "p38/" of "p38/MAPK". */
const slashAlias = /\s[A-Za-z][A-Za-z0-9-]{0,11}\/$/;

/**
 * The opening of a list member's noun phrase after the join: a determiner and up to three describing words, none a
 * preposition, a verb of being or a relative word ("the signal-transducing subunit", "its membrane-bound receptor").
 */
const memberDescription = /\b(?:the|its|their|a|an)(?:\s+(?!(?:in|of|on|by|to|for|with|from|at|into|that|which|who|is|are|was|were|be|been|has|have|had|and|or|not|than|as)\b)[a-z][a-z-]*){0,3}\s+$/;

/**
 * A list member opened by its grade or stage without a determiner, after the separator: "poor survival, high clinical
 * stage and distant metastasis", "larger tumour size, advanced stage, and lymph node metastasis". Clinical lists name
 * each feature by its bad end; the word belongs to the member, as a determiner does (issue 7, stop 41). Only these
 * words of degree, none a verb's form ("IL-6 and lower interferon-gamma" is a second predicate, "lower" a verb): any
 * other word between two names ends the list.
 */
const memberGrade = /(?:^|[\s,;/])((?:high|higher|low|advanced|early|late|poor|poorer|distant|large|larger|greater|shorter|longer|worse)(?:\s+(?:and|or)\s+(?:high|higher|low|advanced|early|late|poor|poorer|distant|large|larger|greater|shorter|longer|worse))?\s+)$/i;

/**
 * A list member opened by the tumour it is a trait of, without a determiner, after the separator: "tumorigenesis,
 * tumour survival and drug resistance", "angiogenesis, cancer cell invasion and metastasis". Review prose names each
 * process of a list by its place; the word (the sentence's place, read as context) belongs to the member, as a grade
 * word does (memberGrade; issue 7, stop 51: before, the list ended at the place word and its silent first member spoke
 * alone for a list whose later members the library backs). Only the generic tumour words, at most with "cell(s)": a
 * named cancer or any other word between two names still ends the list, and only after a comma or a join (the rule
 * memberGrade's members keep).
 */
const memberPlace = /(?:^|[\s,;/])((?:tumou?r|cancer|neoplastic)(?:\s+cells?)?\s+)$/i;

/** The form a molecule is measured in, named before it: "expression of", "the levels of", "activation of the". */
const memberFormBefore = /\b(?:(?:the|its|their)\s+)?(?:expression|levels?|activity|activation|phosphorylation|secretion|production|abundance)\s+of\s+(?:the\s+)?$/i;

/**
 * The form a molecule is named in after its name ("STAT3 phosphorylation", "IL-6 levels"), or the head a process
 * named by its adjective stands before ("anti-apoptotic responses", "invasive capacity", "angiogenic effects"): part
 * of a list member, so "proliferation, anti-apoptotic responses, and angiogenesis" stays one list.
 */
const memberForm = /^\s+(?:phosphorylation|expression|levels?|activity|activation|secretion|production|signal(?:l)?ing|proteins?|mRNAs?|responses?|effects?|capacity|potential|properties|behaviou?r)\b/i;

/**
 * The block's sentences that can say something: a piece without a single letter ("1." of "1. 1. 1. ...", a
 * row of numbers) names no entity and asserts nothing, so it is no sentence of the draft unless a citation
 * stands in it. A paragraph of "1. " x 5,400 was 5,400 sentences, each paying a sentence's fixed cost (issue 11).
 */
function sentencesOf(block: ProseBlock): SentenceSpan[] {
  const offsets = block.citations.map((c) => c.plainOffset).sort((a, b) => a - b);
  const citedWithin = (span: SentenceSpan): boolean => {
    const first = firstAtOrAfter(offsets, span.start);
    return first < offsets.length && offsets[first] <= span.end;
  };
  return splitSentences(block.text).filter((span) => hasLetter(block.text, span.start, span.end) || citedWithin(span));
}

/** Whether `text[start, end)` holds a letter, read in place (every sentence of every block is asked). */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
      continue;
    }
    // A trailing surrogate is read with the leading one before it, never alone (as in a copy of the sentence).
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    letterAt.lastIndex = at;
    // A letter written as a surrogate pair counts only when the pair lies inside the sentence.
    if (letterAt.test(text) && letterAt.lastIndex <= end) return true;
  }
  return false;
}

const letterAt = /\p{L}/uy;

/**
 * The keys the sentence's citations name, each once, in the order first named. A loop: the spread of a set of
 * flattened key lists was ~8% of analyzeBlock's own time (issue 10). Past a few keys a set keeps it linear.
 */
function citedKeysOf(citations: ProseBlock['citations'], indices: readonly number[]): string[] {
  const keys: string[] = [];
  if (indices.length === 0) return keys;
  let seen: Set<string> | undefined;
  for (const i of indices) {
    for (const { key } of citations[i].keys) {
      if (seen ? seen.has(key) : keys.includes(key)) continue;
      keys.push(key);
      if (seen) seen.add(key);
      else if (keys.length > 16) seen = new Set(keys);
    }
  }
  return keys;
}

/** Indices of `items` ordered by an offset (ties in their original order). */
function byOffset<T>(items: readonly T[], offset: (item: T) => number): number[] {
  const order = items.map((_, i) => i);
  // The recognizer's mentions come nearly always in text order already: then the order is the identity, with no
  // sort (thousands of comparisons through two closures in a long sentence).
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = offset(items[i - 1]) <= offset(items[i]);
  return sorted ? order : order.sort((a, b) => offset(items[a]) - offset(items[b]) || a - b);
}


/** A reading with its claims as the sentence-level claim filters leave them (sentenceFilters.ts). */
function filtered<R extends { claims: readonly ExtractedClaim[]; hedged: boolean }>(reading: R, text: string, start: number, end: number, mentions: readonly EntityMention[], kb: KnowledgeBase): R {
  if (reading.claims.length === 0) return reading;
  const kept = applySentenceFilters(reading.claims, { text, start, end, mentions, kb, hedged: reading.hedged });
  return kept === reading.claims ? reading : { ...reading, claims: [...kept] };
}
