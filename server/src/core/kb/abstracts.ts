// Findings from abstracts: the claim reader (claims/extract.ts) reads each abstract of the writer's library,
// sentence by sentence, and every claim it finds becomes a fact marked as extracted, pointing at the abstract
// sentence it rests on. This is what turns a reference manager's export into a library ClaimLens can check
// claims against; hand-curated facts are still preferred where a paper has them.
//
// The abstract is read as one document: abbreviations it defines ("colorectal cancer (CRC)") hold in every
// sentence, and the context it names anywhere (its cancer, cell lines, conditions, experimental systems)
// carries to each sentence's facts, since abstracts name the setting once and then report results in it.
import { applySentenceFilters } from '../claims/sentenceFilters';
import { withMentionSenses } from '../claims/mentionSenses';
import { withImpliedMentions } from '../claims/impliedMentions';
import { readSentence } from '../claims/extract';
import { aroundView, clutterView, mentionsOfView, withSimplifiedView } from '../claims/simplifiedViews';
import { withRoleScale } from '../claims/roleScale';
import { frontedCauseEnd } from '../claims/frontedChanges';
import { groupChangeClaims } from '../claims/manipulatedGroup';
import { targetBeforeClassNoun } from '../claims/classNounAgent';
import { patientGroupClaims } from '../claims/patientGroups';
import { isDrugMention } from '../claims/construction';
import { documentAbbreviations } from '../entities/abbreviations';
import { compoundEntity, findCompounds } from '../entities/compounds';
import { cellLineEntity, findCellLines, isCellLineId } from '../entities/cellLines';
import { lexiconOf } from '../entities/lexicon';
import { recognizeEntities, type EntityMention } from '../entities/recognize';
import { splitSentences } from '../text/sentences';
import { KnowledgeBase } from './knowledgeBase';
import { clinicalAssociationsIn } from './clinicalAssociation';
import { drugListReferences, listReferences, type ListReference } from './listReference';
import { invert, type ExtractedClaim } from '../claims/extract';
import { associationTurnedAt, drugOutcomeAt, drugResistanceOf, isFavourableOutcome, outcomeTurnedAt, undirectedOutcomeAt } from './outcomes';
import { tumourExpressionIn } from './tumourExpression';
import { blankStatistics } from './statistics';
import { associationParticipleList, verbTrigger, type ClaimRelation } from '../claims/vocabulary';
import { contextTypes, placeTypes, type Entity, type EntityType, type Fact, type Paper } from './schema';

/** The same mention, also when a construction made it anew for each reading ("survived without metastases"). */
function sameMention(a: EntityMention, b: EntityMention): boolean {
  return a === b || (a.entityId === b.entityId && a.start === b.start && a.end === b.end);
}

/** Bumped whenever the reading of abstracts changes, so cached readings are not reused. */
export const abstractReaderVersion = 'abstract-reader/346';

/** Relations with a sign, which a drug's finding turns round for its target. */
const signedRelations = new Set<string>(['increases', 'decreases', 'activates', 'inhibits', 'upregulates', 'downregulates', 'promotes', 'suppresses', 'induces']);


/** Structured-abstract headings that mark prior knowledge. */
const backgroundHeading = /^\s*(?:background|introduction|context|rationale)\s*[:.]/i;
/** Wording of prior knowledge: "previous studies showed", "X has been reported", "is known to". */
const backgroundWording =
  /\b(?:previous(?:ly)?|prior (?:studies|work|reports)|(?:has|have) been (?:shown|reported|implicated|described|demonstrated|suggested|identified|known|linked|associated)|(?:is|are) (?:well[- ])?known|it is (?:well[- ])?(?:known|established|documented)|(?:recent|emerging|accumulating|growing|increasing) (?:studies|evidence|data|reports)|(?:has|have) attracted attention)\b/i;
/** A sentence that reports the paper's own work. */
const ownWork = /\b(?:we|our|here(?:in)?|this study|the present study|the current study|these (?:results|data|findings))\b/i;

/**
 * The aim of a study, stated before its results: "this study was designed to examine the relationship between
 * X and Y", "we investigated whether X affects Y". What follows the aim's verb is a question, not a finding, up
 * to a clause that reports one (", which showed").
 */
const aimWording =
  /\b(?:(?:was|were) designed to|aim(?:ed|s)? (?:to|of|was|is)|to (?:investigate|examine|evaluate|explore|determine|assess|study|clarify|observe|analy[sz]e|elucidate)|we (?:investigated|examined|evaluated|explored|assessed|studied|asked) (?:whether|if|how|the))\b/i;
const aimEnd = /,\s*which\s+(?:showed|revealed|demonstrated|had)\b|;/i;

/** The [start, end) of the aim stated in the sentence [from, to), if any. */
function aimSpan(text: string, from: number, to: number): [number, number] | undefined {
  const sentence = text.slice(from, to);
  const aim = aimWording.exec(sentence);
  if (!aim) return undefined;
  const start = from + aim.index;
  const end = aimEnd.exec(text.slice(start, to));
  return [start, end ? start + end.index : to];
}

export interface ReadAbstractOptions {
  /** Where the fact ids start; defaults to a form of the paper key. */
  idPrefix?: string;
}

/** The facts one paper's title and abstract state, as read by the claim reader with `kb`'s lexicon. */
export function readAbstract(paper: Paper, kb: KnowledgeBase, options: ReadAbstractOptions = {}): Fact[] {
  const original = paper.abstract?.trim();
  if (!original) return [];
  // Statistics brackets are read as blanks (statistics.ts); the quotes keep them.
  const abstract = blankStatistics(original);
  const lexicon = lexiconOf(kb);
  const abbreviations = documentAbbreviations([paper.title, abstract], lexicon);
  const known = recognizeEntities(abstract, lexicon, abbreviations);
  const knownInTitle = recognizeEntities(paper.title, lexicon, abbreviations);
  // Research compounds and natural products the lexicon does not know, by form and role (compounds.ts).
  const [titleCompounds, compounds] = findCompounds([paper.title, abstract], [knownInTitle, known]);
  // Cell lines the lexicon does not know, by form and place (cellLines.ts); known names and compounds win.
  const [titleLines, lines] = findCellLines([paper.title, abstract], [merged(knownInTitle, titleCompounds), merged(known, compounds)], (id) => kb.entities.get(id)?.type === 'disease');
  const titleMentions = merged(merged(knownInTitle, titleCompounds), titleLines);
  const named = merged(merged(known, compounds), lines);
  const withAgents = merged(named, agentAnaphora(abstract, named, mainAgent(titleMentions, named, kb), kb));
  const withInfection = merged(withAgents, infectionAnaphora(abstract, withAgents, [...titleMentions, ...named].find((m) => isInfection(m.entityId, kb))?.entityId));
  const spans = splitSentences(abstract);
  // "Each of the four biomarkers ...": the markers the methods measured (listReference.ts).
  // "The treatments raised Y", "both drugs": the drugs the abstract named together last (listReference.ts).
  const lists = [...listReferences(abstract, spans, withInfection, kb), ...drugListReferences(abstract, spans, withInfection, (id) => isDrugMention(id, kb))];
  const treatments = cohortTreatments(abstract, withInfection, kb);
  const mentions = merged(merged(withInfection, lists.map((l) => l.mention)), treatmentAnaphora(abstract, withInfection, treatments[0]));
  const contextOf = (list: readonly EntityMention[]) => list.map((m) => m.entityId).filter((id) => isCellLineId(id) || contextTypes.has(kb.entities.get(id)?.type as EntityType));
  // The treatment the whole cohort received ("All patients received lapatinib and capecitabine") is a condition
  // of every finding the abstract reports, as its cancer is.
  const abstractContext = [...new Set([...contextOf(titleMentions), ...contextOf(mentions), ...treatments])];

  const prefix = options.idPrefix ?? factIdPrefix(paper.key);
  const facts: Fact[] = [];
  let previousSubject: EntityMention | undefined;
  let ownWorkSeen = false;
  const seen = new Set<string>();
  // Clutter (a label, a citation, a fronted time frame or discourse word) read as blanks, and asides read around
  // (claims/simplifiedViews.ts), as in drafts.
  const clutter = clutterView(abstract, spans);
  const readText = clutter?.text ?? abstract;
  let aroundText: ReturnType<typeof aroundView> | null = null;
  // Made once: `??=` would make it again for every sentence of a block with no aside (aroundView answers undefined
  // then), the whole block each time, quadratic in a long paragraph (issue 11; the bench's 300 kB paragraph row).
  const around = () => (aroundText === null ? (aroundText = aroundView(readText, spans)) : aroundText);
  spans.forEach((span, index) => {
    const text = original.slice(span.start, span.end).trim();
    const inSentence = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    const inView = clutter ? mentionsOfView(clutter, inSentence) : inSentence;
    // The sentence-level claim filters run on the reader's claims as in drafts (claims/sentenceFilters.ts), with the
    // mentions the reader read (the senses and implied mentions readSentence adds; each the same array when none).
    const readView = (viewText: string, viewMentions: readonly EntityMention[]) => {
      const mentions = withImpliedMentions(viewText, span.start, span.end, withMentionSenses(viewText, viewMentions, kb), kb);
      const read = readSentence(viewText, span.start, span.end, mentions, kb, previousSubject);
      const kept = applySentenceFilters(read.claims, { text: viewText, start: span.start, end: span.end, mentions, kb, hedged: read.hedged });
      return kept === read.claims ? read : { ...read, claims: [...kept] };
    };
    const reading = withSimplifiedView(readView(readText, inView), around, span.start, span.end, inView, readView);
    // "X plays only a minor role in Y" is no finding that X promotes Y (claims/roleScale.ts), in an abstract as in a draft.
    // A class said in passing ("the pro-inflammatory cytokine IL-6", claims/classInPassing.ts) is what the paper takes for
    // granted, not a finding of its own.
    reading.claims = [...withRoleScale(reading.claims.filter((claim) => !claim.aside).flatMap((claim) => forEachReferent(claim, lists)), abstract, span.start, span.end)];
    previousSubject = reading.lastSubject;
    const own = reading.ownFinding || ownWork.test(text);
    // Prior knowledge comes before the paper's own work; once the abstract turns to its own results, a
    // sentence is a finding unless it says otherwise.
    const background = !own && (backgroundHeading.test(text) || backgroundWording.test(text) || (index === 0 && !ownWorkSeen && spans.length > 2 && !/\b(?:results?|conclusions?)\s*:/i.test(text)));
    ownWorkSeen ||= own;
    // "Loss of X was associated with Y and Z" (see clinicalAssociation.ts): read on its own, and preferred to
    // the reader's association between the same two, whose direction misses the marker's state.
    // The original text: a hazard ratio's value gives an undirected outcome its direction (clinicalAssociation.ts).
    const associations = clinicalAssociationsIn(original, span.start, span.end, inSentence, kb);
    const samePair = (c: { subject: EntityMention; object: EntityMention }, a: { subject: EntityMention; object: EntityMention }) =>
      (c.subject.entityId === a.subject.entityId && c.object.entityId === a.object.entityId) || (c.subject.entityId === a.object.entityId && c.object.entityId === a.subject.entityId);
    const grouped = patientGroupClaims({ text: abstract, start: span.start, end: span.end, mentions: inSentence, kb, hedged: false })?.claims ?? [];
    const claims = [
      ...reading.claims.filter(
        (c) =>
          c.relation !== 'associated-with' ||
          (!associations.some((a) => samePair(c, a)) &&
            // "X was related to overall survival" says that X matters, not which way: no finding to keep
            // (a denial, "was not associated with survival", is one).
            // A comparison of patient groups gives the direction itself (claims/patientGroups.ts).
            (c.negated || grouped.some((g) => sameMention(g.subject, c.subject) && sameMention(g.object, c.object)) || ![c.subject, c.object].some((m) => undirectedOutcomeAt(m.entityId, kb, abstract, m.start, span.start)))),
      ),
      ...associations
        .filter((a) => a.polarity !== 'none' && !reading.claims.some((c) => c.relation !== 'associated-with' && c.relation !== 'regulates' && samePair(c, a)))
        .map((a) => ({ subject: a.subject, object: a.object, relation: 'associated-with' as const, polarity: a.polarity as 'positive' | 'negative', negated: false, hedged: false, context: [], mediators: [] })),
      // "COX-2 was overexpressed in gastric cancer": the gene goes with the disease (see tumourExpression.ts).
      ...tumourExpressionIn(abstract, inSentence, kb)
        .filter((e) => !reading.claims.some((c) => c.subject.entityId === e.gene.entityId && c.object.entityId === e.disease.entityId))
        .map((e) => ({ subject: e.gene, object: e.disease, relation: 'associated-with' as const, polarity: e.polarity, negated: false, hedged: false, context: [], mediators: [] })),
    ];
    // "After treatment with the COX-2 inhibitor NS398, migration fell": the authors report the target's part
    // too (COX-2 promotes migration), as they would for its knockdown. Abstracts only: a draft says what it says.
    for (const claim of [...claims]) {
      // Not a combination's finding (its partners are in its context): that is no loss of the target alone.
      const alone = !claim.context.some((m) => isDrugMention(m.entityId, kb));
      const target = alone && isDrugMention(claim.subject.entityId, kb) && !claim.negated && signedRelations.has(claim.relation) ? targetBeforeClassNoun(abstract, claim.subject, inSentence, kb) : undefined;
      if (target && target.entityId !== claim.object.entityId && !claims.some((c) => c.subject.entityId === target.entityId && c.object.entityId === claim.object.entityId)) {
        claims.push({ ...claim, subject: target, relation: invert(claim.relation as ClaimRelation), inverted: true } as (typeof claims)[number]);
      }
    }
    const readerClaims = new Set<object>(reading.claims);
    const aim = aimSpan(abstract, span.start, span.end);
    // "After treatment with X, A decreased and B increased" (claims/frontedChanges.ts): the changes are X's.
    const frontedEnd = frontedCauseEnd(abstract, span.start, span.end);
    claims.forEach((claim) => {
      if (claim.relation === 'regulates') return;
      if (aim && [claim.subject, claim.object].every((m) => m.start >= aim[0] && m.end <= aim[1])) return;
      let subject = claim.subject.entityId;
      let object = claim.object.entityId;
      // A denied effect ("did not induce apoptosis") is a reported absence of that effect.
      let relation: Fact['relation'] = claim.negated ? 'no-effect' : claim.relation;
      // "inhibition of survivin restored trastuzumab sensitivity": the object is the resistance to the drug,
      // not the drug (an association may name it first: "resistance to X was associated with"). Sensitivity
      // is the opposite of resistance, so the finding turns round.
      const drugEnd = drugOutcomeEnd(abstract, span, relation === 'associated-with' ? [claim.object, claim.subject] : [claim.object], kb);
      if (drugEnd === null) return;
      if (drugEnd && drugEnd.mention === claim.subject) subject = drugEnd.outcome;
      else if (drugEnd) object = drugEnd.outcome;
      const drugContext = drugEnd?.context ?? [];
      const flipPolarity = drugEnd?.opposite === true && relation === 'associated-with';
      if (drugEnd?.opposite && relation !== 'associated-with') relation = invert(relation as ClaimRelation) as Fact['relation'];
      // "E-cadherin decreased, and vimentin and Snail increased": a list of changes measured after one cause;
      // no marker acts on the next.
      // A manipulated group's changes are each the manipulation's (claims/manipulatedGroup.ts).
      if (!(frontedEnd !== undefined && claim.subject.end <= frontedEnd) && !groupChangeClaims.has(claim as ExtractedClaim) && separateChanges(abstract, claim.subject, claim.object)) return;
      if (subject === object) return;
      // A place is where a finding holds, not what acts: "CRC cells" as a subject means the reader missed
      // the real subject (often a gene the lexicon does not know yet), so the reading is not trusted.
      if (placeTypes.has(kb.entities.get(subject)?.type as EntityType)) return;
      // "X mediated (modulated, altered) the expression of Y": a change without its direction, no finding to keep.
      if (claim.object.start > claim.subject.end && undirectedChange.test(abstract.slice(claim.subject.end, claim.object.start))) return;
      // "an experimental metastasis model", "a mouse model of colitis": the model is where the finding holds.
      if ([claim.subject, claim.object].some((m) => namesModel(abstract, m))) return;
      // "These effects were linked to X": the effects the previous sentences report go with a mechanism; the
      // previous subject is not associated with X.
      if (relation === 'associated-with' && claim.subject.start < span.start && /^\s*(?:these|this|such)\s+(?:effects?|changes?|results?|findings?|alterations?)\b/i.test(text)) return;
      // Binding is between molecules: "X activates EMT by binding SMAD4" gives EMT no partner.
      if (relation === 'binds' && [subject, object].some((id) => processLike.has(kb.entities.get(id)?.type as EntityType))) return;
      // ", which may be related to X": the relative clause is said of the whole clause before it (an effect, a
      // finding), not of the process named last in it.
      if (relation === 'associated-with' && processLike.has(kb.entities.get(subject)?.type as EntityType) && claim.object.start > claim.subject.end && clausalWhich.test(abstract.slice(claim.subject.end, claim.object.start))) return;
      // "HR 1.92", "HR: 3.40": a hazard ratio, not the gene HR.
      if ([claim.subject, claim.object].some((m) => hazardRatioMention(abstract, m))) return;
      // A mention cut out of a longer name ("growth factor" in "transforming growth factor-β") is not that entity.
      if (partOfLongerName(abstract, claim.subject) || partOfLongerName(abstract, claim.object)) return;
      // "associated with shorter overall survival": the outcome is named by its bad end, so the association
      // with the outcome itself runs the other way.
      // The reader's own claims have it read already (claims/adverseOutcome.ts).
      // An association with a partner named lowered ("with reduced invasion") runs the other way too.
      const turned = readerClaims.has(claim) ? false
        : relation === 'associated-with' ? associationTurnedAt(claim.subject, claim.object, kb, abstract, span.start)
        : [claim.subject, claim.object].filter((m) => outcomeTurnedAt(m.entityId, kb, abstract, m.start, span.start)).length % 2 === 1;
      const polarity = turned !== flipPolarity ? (claim.polarity === 'negative' ? 'positive' : 'negative') : (claim.polarity ?? 'positive');
      // A sentence that names the cells it reports on ("in GES-1 and AGS cells") holds there: the abstract's other
      // cells (the rabbit parietal cells of another experiment) are no context of it; its cancer still is.
      const ownCells = claim.context.some((m) => isCells(m.entityId, kb));
      const context = [...new Set([...drugContext, ...claim.context.map((m) => m.entityId), ...abstractContext.filter((id) => !ownCells || !isCells(id, kb))])].filter((id) => id !== subject && id !== object);
      const signature = `${subject} ${relation} ${relation === 'associated-with' ? polarity : ''} ${object} ${index}`;
      if (seen.has(signature)) return;
      seen.add(signature);
      facts.push({
        id: `${prefix}/abstract-${index + 1}-${facts.length + 1}`,
        subject,
        relation,
        ...(relation === 'associated-with' ? { polarity } : {}),
        object,
        mediators: claim.mediators.map((m) => m.entityId).filter((id) => id !== subject && id !== object),
        context,
        evidence: {
          paper: paper.key,
          locator: `abstract, sentence ${index + 1}: "${clip(text)}"`,
          kind: background ? 'background' : 'finding',
          extracted: { sentence: index, text, reader: abstractReaderVersion, hedged: claim.hedged || reading.hedged, negated: claim.negated },
        },
        statement: `The abstract of ${paper.key} reports: "${clip(text)}"`,
      });
    });
  });
  return facts;
}

/**
 * "patients who had received trastuzumab-based chemotherapy", "All patients received X and Y": the drugs a
 * patient cohort was given, up to the end of the clause. Not a prior treatment ("pretreated with", "after
 * failure of"), nor cells treated in an experiment, which set the condition of their own finding only.
 */
const cohortTreated = /\b(?:patients|women|men|cases|cohort|subjects)\b[^.;:]{0,60}?\b(?:received|receiving|were given|(?<!pre)treated with)\b/gi;

function cohortTreatments(text: string, mentions: readonly EntityMention[], kb: KnowledgeBase): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(cohortTreated)) {
    const from = match.index + match[0].length;
    const stop = /[.;]\s|\b(?:until|before|after|prior|followed|whereas|but)\b/i.exec(text.slice(from));
    const to = stop ? from + stop.index : text.length;
    for (const m of mentions) if (m.start >= from && m.end <= to && isDrugMention(m.entityId, kb) && !found.includes(m.entityId)) found.push(m.entityId);
  }
  return found;
}

/** A claim read through a list reference, once for each marker the list names. */
function forEachReferent<C extends { subject: EntityMention; object: EntityMention }>(claim: C, lists: readonly ListReference[]): C[] {
  for (const side of ['subject', 'object'] as const) {
    const list = lists.find((l) => l.mention.start === claim[side].start && l.mention.end === claim[side].end);
    if (list) return list.referents.filter((id) => id !== claim[side === 'subject' ? 'object' : 'subject'].entityId).map((id) => ({ ...claim, [side]: { ...claim[side], entityId: id } }));
  }
  return [claim];
}

/**
 * "after treatment", "following therapy": in an abstract whose cohort received one treatment, that treatment
 * (a drug named right after, "after treatment with X", is its own mention).
 */
function treatmentAnaphora(text: string, mentions: readonly EntityMention[], treatment: string | undefined): EntityMention[] {
  if (!treatment) return [];
  const found: EntityMention[] = [];
  for (const match of text.matchAll(/\b(?:after|following|upon)\s+(?:the\s+)?(treatment|therapy|chemotherapy)\b(?!\s+(?:with|of)\b)/gi)) {
    const start = match.index + match[0].length - match[1].length;
    const end = start + match[1].length;
    if (mentions.some((m) => m.start < end + 2 && start - 2 < m.end)) continue;
    found.push({ entityId: treatment, start, end, text: match[1] });
  }
  return found;
}

function merged(a: readonly EntityMention[], b: readonly EntityMention[]): EntityMention[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x.start - y.start);
}

/**
 * The abstract's main agent: the first drug or compound its title names, else the first its abstract names.
 * A study of one compound refers back to it as "the inhibitor", "this compound", "it".
 */
function mainAgent(title: readonly EntityMention[], abstract: readonly EntityMention[], kb: KnowledgeBase): string | undefined {
  return (title.find((m) => isDrugMention(m.entityId, kb)) ?? abstract.find((m) => isDrugMention(m.entityId, kb)))?.entityId;
}

/**
 * "The inhibitor", "this compound", "the extract" (one, with up to three modifiers), and a sentence's subject
 * "It" before a relation verb: the abstract's main agent. Not when a name or a complement follows ("the
 * inhibitor LY294002", "the inhibitor of PI3K"), which names or describes another.
 */
const agentNoun = /\b(?:[Tt]his|[Tt]he)\s+(?:[\p{Ll}\-‐]+\s+){0,3}?(?:compound|inhibitor|agent|drug|extract|molecule)(?![\p{L}\p{N}\-‐])/gu;
const notAnaphor = /^\s*(?:\(|,?\s*(?:of|to|for|against|in combination|plus|and|or|alone)\b|\p{Lu}[\p{L}\p{N}-]*\d)/u;
const sentenceIt = /(?:^|[.!?]\s+)(It)\s+(?:(?:also|further|then|significantly|markedly|potently)\s+)?(\p{L}+)/gu;

function agentAnaphora(text: string, mentions: readonly EntityMention[], agent: string | undefined, kb: KnowledgeBase): EntityMention[] {
  if (!agent) return [];
  const found: EntityMention[] = [];
  const free = (start: number, end: number) => !mentions.some((m) => m.start < end && start < m.end);
  for (const match of text.matchAll(agentNoun)) {
    const end = match.index + match[0].length;
    if (!free(match.index, end) || notAnaphor.test(text.slice(end, end + 30)) || mentions.some((m) => m.start >= end && m.start <= end + 2)) continue;
    // "sensitive to the inhibitor LY294002 ..., and equally sensitive to this agent": a drug named earlier in
    // the same sentence is the one referred to; otherwise the abstract's main agent.
    const sentenceStart = Math.max(0, ...[...text.slice(0, match.index).matchAll(/[.!?]\s/g)].map((m) => m.index + 2));
    // A drug named as a setting ("in the presence of Herceptin") is not the agent studied.
    const nearer = [...mentions].reverse().find((m) => m.end <= match.index && m.start >= sentenceStart && isDrugMention(m.entityId, kb) && !/\b(?:presence|absence)\s+of\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start)));
    found.push({ entityId: nearer?.entityId ?? agent, start: match.index, end, text: match[0] });
  }
  for (const match of text.matchAll(sentenceIt)) {
    const start = match.index + match[0].indexOf('It');
    if (verbTrigger(match[2]) === undefined || !free(start, start + 2)) continue;
    found.push({ entityId: agent, start, end: start + 2, text: 'It' });
  }
  return found;
}

/** An infection the lexicon names as one ("Helicobacter pylori infection"): a condition named "... infection". */
function isInfection(id: string, kb: KnowledgeBase): boolean {
  const entity = kb.entities.get(id);
  return entity?.type === 'condition' && /\binfection$/i.test(entity.name);
}

/**
 * "Infected cells", "bacterial infection", "the infection": in an abstract about one infection, the
 * infection it names. Not where the agent is named with it ("HP-infected cells" is already a mention).
 */
const infectionWords = /\b(?:infected|(?:(?:bacterial|viral|the|this|chronic|persistent)\s+)infection)\b/gi;

function infectionAnaphora(text: string, mentions: readonly EntityMention[], infection: string | undefined): EntityMention[] {
  if (!infection) return [];
  const found: EntityMention[] = [];
  for (const match of text.matchAll(infectionWords)) {
    const end = match.index + match[0].length;
    if (mentions.some((m) => m.start < end + 1 && match.index - 2 < m.end)) continue;
    if (/^\s+(?:with|by)\b/i.test(text.slice(end, end + 6))) continue;
    found.push({ entityId: infection, start: match.index, end, text: match[0] });
  }
  return found;
}

/**
 * The end of a claim that is a drug named as resistance, sensitivity or response to it (see drugOutcomeAt),
 * as the outcome the KB names with the drug as context; null when the KB cannot say it, so no fact is kept.
 */
function drugOutcomeEnd(text: string, span: { start: number; end: number }, ends: readonly EntityMention[], kb: KnowledgeBase) {
  for (const mention of ends) {
    if (!isDrugMention(mention.entityId, kb)) continue;
    const kind = drugOutcomeAt(text, mention.start, mention.end, span.start, span.end);
    if (!kind) continue;
    if (kind === 'response') return kb.entities.has('TREATMENT_RESPONSE') ? { mention, outcome: 'TREATMENT_RESPONSE', context: [mention.entityId], opposite: false } : null;
    const resistance = drugResistanceOf(mention.entityId, kb);
    return resistance ? { mention, outcome: resistance.object, context: resistance.context, opposite: kind === 'sensitivity' } : null;
  }
  return undefined;
}

/** A change reported without an object: "decreased," "increased;" "was reduced and". */
const changeWithoutObject =
  /\b(?:increased|decreased|reduced|elevated|enhanced|diminished|declined|rose|fell|dropped|upregulated|downregulated|up-regulated|down-regulated|lowered|raised)\s*(?:\([^()]*\)\s*)?(?:[,;]|and\b)/i;

/**
 * True when the subject's own change is reported before the object is named ("E-cadherin levels decreased,
 * and the levels of vimentin increased"): each is a measured change, not one acting on the other.
 */
function separateChanges(text: string, subject: EntityMention, object: EntityMention): boolean {
  if (object.start <= subject.end) return false;
  return changeWithoutObject.test(text.slice(subject.end, object.start));
}


/** Entity types that name what happens, not a molecule. */
const processLike: ReadonlySet<EntityType> = new Set<EntityType>(['process', 'phenotype', 'disease']);
/** ", which may be related to": a relative clause whose antecedent is the clause before the comma. */
const clausalWhich = new RegExp(String.raw`,\s*which\s+(?:(?:may|might|could|is|was|are|were|be|also|probably|possibly|likely)\s+)*(?:${associationParticipleList.join('|')}|due|attributed)\s+to\b`, 'i');

/** True when the mention is the "HR" of a hazard ratio: followed by its value, or by "95% CI". */
function hazardRatioMention(text: string, mention: EntityMention): boolean {
  return /^HR$/i.test(mention.text) && /^[\s\]\)]*[:=,]?\s*(?:\d|\[?95%)/.test(text.slice(mention.end, mention.end + 12));
}

/** A verb of change without direction before what changed: "mediated the expression of", "altered levels of". */
const undirectedChange = /\b(?:mediated|modulated|altered|affected|influenced|changed)\s+(?:the\s+)?(?:expression|levels?|activity|activities|abundance)\s+(?:of\b|$)/i;

/** True when the mention names an experimental model: "metastasis model", "a model of lung metastasis". */
function namesModel(text: string, mention: EntityMention): boolean {
  return /^[\s-]*models?\b/i.test(text.slice(mention.end, mention.end + 10)) || /\bmodels?\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}

/** True when the mention runs on into a longer name: "growth factor" followed by "-β" or "-1". */
function partOfLongerName(text: string, mention: EntityMention): boolean {
  return /^-[\p{N}\u0370-\u03ff]/u.test(text.slice(mention.end, mention.end + 2));
}

/**
 * The ad-hoc compound and cell-line entities the facts name (compounds.ts, cellLines.ts) that `entities` lacks:
 * they join the library, so that a claim naming "resveratrol" or "MFC cells" in the manuscript is recognised as
 * the compound or line its abstracts report on.
 */
export function compoundEntitiesOf(facts: readonly Fact[], entities: ReadonlyMap<string, Entity>): Entity[] {
  const ids = new Set<string>();
  for (const fact of facts) for (const id of [fact.subject, fact.object, ...fact.mediators, ...fact.context]) if (id && !entities.has(id)) ids.add(id);
  return [...ids].flatMap((id) => compoundEntity(id) ?? cellLineEntity(id) ?? []);
}

/** 'The abstract of [key] reports: "..."' for the first fact read from an abstract, if any. */
export function abstractQuote(facts: readonly Fact[]): string | undefined {
  const fact = facts.find((f) => f.evidence.extracted);
  if (!fact?.evidence.extracted) return undefined;
  return `The abstract of [${fact.evidence.paper}] reports: "${clip(fact.evidence.extracted.text)}"`;
}

/** Fact ids are lower-case words; citation keys may hold capitals and other characters. */
export function factIdPrefix(key: string): string {
  const slug = key.toLowerCase().replace(/[^a-z0-9_./-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return slug || 'paper';
}

/** A cell line or a kind of cell: where an experiment was done, as opposed to the cancer it models. */
function isCells(id: string, kb: KnowledgeBase): boolean {
  return isCellLineId(id) || ['cell-line', 'cell-type'].includes(kb.entities.get(id)?.type ?? '');
}

function clip(text: string, max = 240): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Readings keyed by what they depend on: the reader's version, the lexicon (by the knowledge base's entity
 * fingerprint) and the paper's key, title and abstract. A reload re-reads only abstracts that changed.
 */
export class AbstractReadingCache {
  readonly #entries = new Map<string, Fact[]>();
  #lexiconKey = '';
  #reader: KnowledgeBase | undefined;

  /**
   * The knowledge base abstracts are read with: the entities only (the reader needs the lexicon and the
   * hierarchy, not the facts), kept while the entities stay the same so its lexicon is built once.
   */
  readerFor(entities: readonly Entity[]): KnowledgeBase {
    const key = hashText(entities.map((e) => `${e.id}:${e.name}:${e.symbol ?? ''}:${e.synonyms.join('|')}:${e.parents.join('|')}:${e.components.join('|')}:${e.receptors?.join('|') ?? ''}:${e.type}`).join('\n'));
    if (key !== this.#lexiconKey || !this.#reader) {
      this.#entries.clear();
      this.#lexiconKey = key;
      this.#reader = new KnowledgeBase([], [...entities], []);
    }
    return this.#reader;
  }

  /** The facts of `paper`, from the cache when the same text was read with the same reader. */
  read(paper: Paper, reader: KnowledgeBase): Fact[] {
    if (reader !== this.#reader) return readAbstract(paper, reader);
    const key = `${abstractReaderVersion}\u0000${paper.key}\u0000${paper.title}\u0000${paper.abstract ?? ''}`;
    let facts = this.#entries.get(key);
    if (!facts) {
      facts = readAbstract(paper, reader);
      this.#entries.set(key, facts);
    }
    return facts;
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** FNV-1a over the text, with its length: a cache key, not a security hash. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${text.length}`;
}
