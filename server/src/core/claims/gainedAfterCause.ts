// Cells that take on a phenotype after (in response to) an agent: "the cells acquired mesenchymal traits after
// TGF-β treatment", "epithelial cells shift into a mesenchymal-like state in response to X", "HCC cells gained
// invasive capacity upon exposure to X". The verb of taking on ("acquired", "shifted into", "underwent") is no
// verb of effect, so the reader named the agent and the phenotype and read nothing (issue 7). The agent brings the
// phenotype about. A denied taking on ("did not acquire", "failed to undergo") reads nothing, and so does a
// place or a process in the agent's place ("after EMT", "in response to hypoxic tumours" is read elsewhere).
import type { EntityMention } from '../entities/recognize';
import { addingWith, claimOf, mentionListFrom, mentionsIn, type Construction, type SentenceSpan } from './construction';
import { readsPair } from './readPairs';
import type { ExtractedClaim } from './extract';

/** Right before the phenotype: the verb of taking on and its article. */
const takingOn =
  /\b(?:acquir(?:e|es|ed|ing)|gain(?:s|ed|ing)?|t(?:ake|akes|ook|aking)\s+on|adopt(?:s|ed|ing)?|shift(?:s|ed|ing)?\s+(?:in)?to|switch(?:es|ed|ing)?\s+(?:in)?to|convert(?:s|ed|ing)?\s+(?:in)?to|mov(?:e|es|ed|ing)\s+into|transition(?:s|ed|ing)?\s+(?:in)?to|underw(?:ent)|undergo(?:es|ing)?)\s+(?:(?:a|an|the)\s+)?(?:(?:more|highly|clearly|distinct|marked|full|fully|pronounced|increased|enhanced|greater|heightened)\s+)?$/i;
/** Before the verb, in its clause: a denial. */
const denied = /\b(?:not|no|never|neither|nor|failed\s+to|unable\s+to)\b[^,;]*$|n['’]t\b[^,;]*$/i;
/** After the phenotype, up to the agent: "after", "in response to", "upon exposure to the". */
const afterCue =
  /^\s*(?:(?:only|also|again|mainly|shortly|soon|rapidly)\s+)?(?:after|following|upon|in\s+response\s+to)\s+(?:(?:prolonged|chronic|continuous|repeated|long-term)\s+)?(?:(?:treatment|exposure|incubation|stimulation|challenge)\s+(?:with|to)\s+)?(?:the\s+)?$/i;
/** What cannot be the agent: places and the phenotypes and processes themselves. */
const notAgents = new Set(['disease', 'cell-line', 'cell-type', 'experimental-system', 'process', 'phenotype']);

/**
 * Each process or phenotype the sentence says cells take on (the verb of taking on right before it), with its place
 * among the sentence's mentions and where the verb starts: what both readings of this file start from.
 */
function phenotypesTakenOn(sentence: SentenceSpan, inSentence: readonly EntityMention[], typeOf: (m: EntityMention) => string): { phenotype: EntityMention; i: number; from: number; verbAt: number }[] {
  const { text, start } = sentence;
  const found: { phenotype: EntityMention; i: number; from: number; verbAt: number }[] = [];
  inSentence.forEach((phenotype, i) => {
    const type = typeOf(phenotype);
    if (type !== 'process' && type !== 'phenotype') return;
    const from = Math.max(start, phenotype.start - 80);
    const verb = takingOn.exec(text.slice(from, phenotype.start));
    if (verb) found.push({ phenotype, i, from, verbAt: from + verb.index });
  });
  return found;
}

export function gainedAfterCauseClaims(claims: readonly ExtractedClaim[], sentence: SentenceSpan): ExtractedClaim[] {
  const { text, end, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const read: ExtractedClaim[] = [];
  for (const { phenotype, i, from, verbAt } of phenotypesTakenOn(sentence, inSentence, typeOf)) {
    if (denied.test(text.slice(from, verbAt))) continue;
    const agent = inSentence[i + 1];
    if (!agent || notAgents.has(typeOf(agent)) || agent.entityId === phenotype.entityId || agent.start >= end) continue;
    if (!afterCue.test(text.slice(phenotype.end, agent.start))) continue;
    if (readsPair(claims, agent.entityId, phenotype.entityId)) continue;
    read.push(claimOf(sentence, agent, 'promotes', phenotype, { start: Math.min(phenotype.start, agent.start), end: agent.end }));
  }
  return read;
}

export const gainedAfterCause: Construction = {
  name: 'gained-after-cause',
  reads: '"cells acquired mesenchymal traits after X treatment": X brings the phenotype about',
  triggers: ['after', 'following', 'upon', 'response'],
  example: 'The hepatoma cells took on a mesenchymal morphology after prolonged exposure to IL-6.',
  expected: ['IL6 promotes EMT [ctx HCC]'],
  apply(claims, sentence) {
    const read = gainedAfterCauseClaims(claims, sentence);
    if (read.length === 0) return claims;
    // The phenotype does not act on its agent: a reading of the pair the other way round ("EMT raises X" from the
    // phenotype named before "exposure to X") gives way.
    const reversed = (c: ExtractedClaim) => readsPair(read, c.object.entityId, c.subject.entityId);
    return [...claims.filter((c) => !reversed(c)), ...read];
  },
};

// Stop 38 (h-actor38): cells that take on a phenotype under a condition, "tumour cells under hypoxic conditions gain a
// more aggressive phenotype", "breast cancer cells survive under hypoxia and may acquire a more invasive phenotype",
// "hypoxic HCC cells adopt a mesenchymal phenotype", "In hypoxia, the cells acquired mesenchymal traits": the condition
// the cells are kept in brings the phenotype about, as an agent named after the phenotype does above (the sentences
// named the condition and the phenotype and read nothing: the stage "actor, no claim read"). Only a condition (hypoxia,
// not a cancer or a drug: "in HCC cells" is where), named before the verb in its clause as what the cells are under
// ("under", "in", "during", "exposed to") or as the cells' own adjective ("hypoxic cells"), with no other name that could
// act and no denial between.
/** Before the condition: the word that puts the cells under it; or nothing, when it qualifies the cells ("hypoxic cells"). */
const underCue = /(?:\b(?:under|in|during|within|exposed\s+to|cultured\s+in|grown\s+in|kept\s+in|upon\s+exposure\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:(?:prolonged|chronic|severe|harmful|harsh|acute|continuous|intermittent|low|mild)\s+)?|^\s*(?:[\p{L}-]+\s+){0,2})$/iu;
/** From the condition to the verb: words only (the cells, a first predicate joined by "and"), no clause break or denial. */
const toVerb = /^(?:(?![,;:()]|\b(?:which|that|who|whereas|while|although|but|not|no|never|nor|unless|without|than|unlike|fail(?:s|ed)?)\b|n['’]t\b)[^])*$/iu;
/** Cells in the clause: the condition qualifies or surrounds cells (a noun of cells before the verb). */
const cellWord = /\b(?:cells?|lines|clones|spheroids|tissues?|tumou?rs?)\b/iu;

export function gainedUnderConditionClaims(claims: readonly ExtractedClaim[], sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  const read: ExtractedClaim[] = [];
  for (const { phenotype, i, verbAt } of phenotypesTakenOn(sentence, inSentence, typeOf)) {
    // The nearest condition before the verb, in its clause.
    for (let k = i - 1; k >= 0; k--) {
      const condition = inSentence[k];
      if (condition.end > verbAt) continue;
      const t = typeOf(condition);
      // The tumour's surroundings are no condition of the cells; a baseline (normoxia, named by the condition it lacks)
      // is what a change is measured against, never its cause (cellsUnderCondition.ts).
      if (t === 'condition' && (condition.entityId === 'TUMOR_MICROENVIRONMENT' || kb.standIns(condition.entityId).some((s) => s.inverted))) break;
      if (t !== 'condition') {
        // Places (the cells' cancer) may stand between; any other name could act and ends the search.
        if (t === 'disease' || t === 'cell-line' || t === 'cell-type' || t === 'experimental-system') continue;
        break;
      }
      const between = text.slice(condition.end, verbAt);
      // A fronted "In hypoxia, ..." is the clause's too: the comma after it is no break of the clause.
      const lead = text.slice(start, condition.start);
      const fronted = /^\s*(?:under|in|during)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(lead) && /^\s*,\s*(?:the\s+|these\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:cells?|lines|clones|tumou?rs?)\s+(?:(?:can|could|may|might|often|also|then|even|eventually|rapidly)\s+)*$/iu.test(text.slice(condition.end, verbAt));
      if (!fronted && !toVerb.test(between)) break;
      if (!underCue.test(text.slice(Math.max(start, condition.start - 60), condition.start))) break;
      if (!cellWord.test(text.slice(Math.max(start, condition.start - 60), verbAt))) break;
      if (denied.test(text.slice(start, verbAt))) break;
      if (readsPair(claims, condition.entityId, phenotype.entityId)) break;
      read.push(claimOf(sentence, condition, 'promotes', phenotype, { start: condition.start, end: phenotype.end }));
      break;
    }
  }
  return read;
}

export const gainedUnderCondition: Construction = {
  name: 'gained-under-condition',
  reads: '"tumour cells under hypoxia gain a more aggressive phenotype", "hypoxic cells adopt a mesenchymal phenotype": the condition brings the phenotype about',
  triggers: ['acquir', 'gain', 'take on', 'takes on', 'took on', 'taking on', 'adopt', 'shift', 'switch', 'convert', 'mov', 'transition', 'underw', 'undergo'],
  example: 'Breast cancer cells survive under hypoxia and may acquire a more invasive phenotype.',
  expected: ['HYPOXIA promotes CELL_INVASION [ctx BREAST_CANCER]'],
  apply: addingWith((sentence, claims) => gainedUnderConditionClaims(claims, sentence)),
};

// Stop 48 (h-w25b48b): cells that take on a phenotype through a means named first, "Through EMT, tumour cells acquire
// increased invasiveness", "Via STAT3 activation, carcinoma cells gain motility and invasiveness". The fronted "through"
// names what brings the phenotype about; the cells are only where it happens (the sentences named the means and the
// phenotype and read nothing, or read a name of the cells' first predicate, "lose adhesion and acquire increased
// motility", as the agent of the participle). Only a means that opens the sentence and is closed by its comma, a subject
// of cells (a cancer's name may qualify them), and words only from there to the verb of taking on (a first predicate
// joined by "and" may stand between, "lose their polarity and"); a denial there denies the claim; every phenotype listed
// after the verb is taken on. A place or a cell type is no means; nor is the phenotype itself.
/** The sentence opens with the means: "Through", "Via", "By way of", "By means of" and an article. */
const meansOpening = /^\s*(?:through|via|by\s+way\s+of|by\s+means\s+of)\s+(?:(?:the|an?|its|their)\s+)?$/i;
/** After the means: at most two words of its phrase ("Through EMT induction"), its comma, the cells and the words up to the verb. */
const meansToCells = /^(?:\s+[\p{L}-]+){0,2}\s*,\s*(?:(?:the|these|such|many|most)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:cells?|lines|clones)\b/iu;
/** Places and cell types are where the phenotype arises, never its means. */
const notMeans = new Set(['disease', 'cell-line', 'cell-type', 'experimental-system']);

export function gainedThroughMeansClaims(sentence: SentenceSpan): ExtractedClaim[] {
  const { text, start, kb } = sentence;
  const inSentence = mentionsIn(sentence);
  const means = inSentence[0];
  if (!means || !meansOpening.test(text.slice(start, means.start))) return [];
  const typeOf = (m: EntityMention) => kb.entities.get(m.entityId)?.type ?? '';
  // The tumour's surroundings are where cells pass ("through the stroma"), never a means (as for a condition above).
  if (notMeans.has(typeOf(means)) || means.entityId === 'TUMOR_MICROENVIRONMENT') return [];
  const cells = meansToCells.exec(text.slice(means.end));
  if (!cells) return [];
  const subjectEnd = means.end + cells.index + cells[0].length;
  const read: ExtractedClaim[] = [];
  for (const { phenotype, i, verbAt } of phenotypesTakenOn(sentence, inSentence, typeOf)) {
    if (verbAt < subjectEnd || phenotype.entityId === means.entityId || read.length > 0) continue;
    // A denial ("do not acquire", "failed to gain") denies the means' effect, as the guideline reads a negated claim.
    const between = text.slice(subjectEnd, verbAt);
    const negated = denied.test(between);
    if (!negated && !toVerb.test(between)) continue;
    // The phenotypes listed after the verb: "acquire motility and invasiveness".
    const { list } = mentionListFrom(text, inSentence, i);
    for (const taken of list) {
      const t = typeOf(taken);
      if ((t !== 'process' && t !== 'phenotype') || taken.entityId === means.entityId) break;
      read.push(claimOf(sentence, means, 'promotes', taken, { start: means.start, end: taken.end, negated }));
    }
  }
  return read;
}

export const gainedThroughMeans: Construction = {
  name: 'gained-through-means',
  reads: '"Through EMT, tumour cells acquire increased invasiveness": the means named first brings the phenotype about',
  triggers: ['through', 'via', 'by way of', 'by means of'],
  example: 'By way of EMT, carcinoma cells shed their polarity and gain invasiveness.',
  expected: ['EMT promotes CELL_INVASION [ctx CARCINOMA]'],
  apply(claims, sentence) {
    const read = gainedThroughMeansClaims(sentence);
    if (read.length === 0) return claims;
    // What the cells take on has its means named: another name read as the agent of a phenotype they take on (the
    // first predicate's object read as the subject of the adjective "increased") gives way.
    const taken = new Set(read.map((c) => c.object.entityId));
    return [...claims.filter((c) => !taken.has(c.object.entityId)), ...read];
  },
};
