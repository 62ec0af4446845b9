// A participant's phrase in anchored reading: the chunks that name one entity of a pair, the preposition before
// them, and whether they name more or less of it ("knockdown of STAT3", "a fall in IL-6 levels", "the expression
// of IL-6"), read once per chunk and cached (`phraseOf`), and the carriers of an entity, "IL-6-positive tumours"
// (`bearerPhrase`). What a phrase says of its own entity is decided here, apart from the cue that links the two
// participants (anchored.ts), so that the one question has one place.
import type { Chunk, ChunkWord } from '../../language/chunks';
import { classHeads, conditionNouns, formNouns, lessWords, measureNouns, moreWords, propertyNouns, isClassNoun, namesOtherThingAt, headSays, ownSignalling, producedFactors, namesProductsAt, bearerWords, gainQualifiers, gainVerbGroups, clinicalGroups, experimentalGroups } from '../cues';
import { decreasingNouns, determiners, doseNouns, doseUnits, lossOfFunctionAfter, lossOfFunctionBefore, lossOfFunctionPrefixes, lossOfFunctionQualifiers, relationSign, verbTrigger } from '../vocabulary';

/** A participant's phrase: its chunks, the preposition before them, and whether it names more (+1) or less (-1) of the entity. */
export interface Phrase {
  firstChunk: number;
  lastChunk: number;
  preposition: string;
  sign: 1 | -1;
  change: boolean;
  /** A group that carries the entity ("X-positive tumours", "X transfected cells"): experimental or clinical. */
  bearer?: 'experimental' | 'clinical';
  /** The phrase denies any change of the entity: "no (significant) change in X". */
  unchanged?: boolean;
}

/** The indices of the chunk's entity words. (A loop: slice and flatMap made two arrays per word read, issue 11.) */
export function entitiesIn(words: readonly ChunkWord[], c: Chunk): number[] {
  const found: number[] = [];
  for (let k = c.from; k < c.to && k < words.length; k++) if (words[k].entity) found.push(k);
  return found;
}

/**
 * The phrase an entity stands in, and its sign: "knockdown of STAT3" (-1), "the expression of IL-6" (+1),
 * "a fall in IL-6 levels" (-1), "IL-6 receptor antibody" (-1). Undefined when the phrase's head is a word
 * that says neither (the entity then modifies something else).
 */
export function phraseOf(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number, entity: number): Phrase | undefined {
  // Read once per entity of a sentence: every pair asks again, and a phrase walks its chunk (issue 11).
  let known = phrases.get(chunks);
  if (!known) phrases.set(chunks, (known = new Map()));
  const key = k * 0x100000 + entity;
  if (known.has(key)) return known.get(key);
  const phrase = readPhrase(words, chunks, k, entity);
  known.set(key, phrase);
  return phrase;
}

export const phrases = new WeakMap<readonly Chunk[], Map<number, Phrase | undefined>>();

/** The knowledge-base type of each entity word whose class nouns cues.ts classHeads names, by the sentence's words (readAnchored). */
export const entityTypes = new WeakMap<readonly ChunkWord[], readonly (string | undefined)[]>();

/** An entity written as a process adjective: "invasive", "metastatic", "migratory", "proliferative". */
const processAdjective = /(?:ic|ive|ory)$/;

/**
 * A dose between a word of giving and the agent chunk k: "with 50 ng/ml IL-11" (chunked [with 50 ng] / [ml IL-11]),
 * "with 10 ng/ml of IL-11", "to a high dose of X", "with the same concentration of X", "to increasing
 * concentrations of X"; the first chunk of the dose and the preposition that opens it ("with", "to"), or undefined.
 */
function doseBetween(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number): { first: number; preposition: string } | undefined {
  const c = chunks[k];
  const noEntity = (d: Chunk): boolean => words.slice(d.from, d.to).every((w) => !w.entity);
  const giving = (d: Chunk | undefined, head: ReadonlySet<string>): boolean => d?.kind === 'PP' && ['with', 'to'].includes(d.lemma) && head.has(words[d.head].lower) && noEntity(d);
  const slash = (d: Chunk | undefined): boolean => d?.kind === 'O' && words[d.head].lower === '/';
  // "[with 50 ng] / [ml IL-11]": the unit's second half opens the agent's phrase.
  if (c.kind === 'NP' && doseUnits.has(words[c.from].lower) && slash(chunks[k - 1]) && giving(chunks[k - 2], doseUnits)) return { first: k - 2, preposition: chunks[k - 2].lemma };
  if (c.kind !== 'PP' || c.lemma !== 'of') return undefined;
  const unit = chunks[k - 1];
  // "[with 10 ng] / [ml] [of IL-11]"
  if (unit?.kind === 'NP' && noEntity(unit) && doseUnits.has(words[unit.head].lower) && slash(chunks[k - 2]) && giving(chunks[k - 3], doseUnits)) return { first: k - 3, preposition: chunks[k - 3].lemma };
  // "[to a high dose] [of X]", "[with the same concentration] [of X]"
  if (giving(unit, doseNouns)) return { first: k - 1, preposition: unit.lemma };
  // "[to increasing] [concentrations] [of X]": the tagger's verb group of "to" and the participle.
  const opener = chunks[k - 2];
  if (unit?.kind === 'NP' && noEntity(unit) && doseNouns.has(words[unit.head].lower) && opener?.kind === 'VG' && opener.to === opener.from + 2 && words[opener.from].lower === 'to' && /ing$/.test(words[opener.from + 1].lower)) return { first: k - 2, preposition: 'to' };
  return undefined;
}

/**
 * How many words right after the entity name its own class (cues.ts classHeads, by its type): the longest run
 * from entity + 1 that is one class head and ends at `to` or before a noun the phrase reads on ("the MMP-13 enzyme
 * activity", "the gp130 receptor antibody"); 0 when none.
 */
function classHeadAfter(words: readonly ChunkWord[], entity: number, to: number): number {
  const heads = classHeads.byType[entityTypes.get(words)?.[entity] ?? ''];
  if (!heads) return 0;
  let run = '';
  let found = 0;
  for (let w = entity + 1; w < to && w <= entity + 3; w++) {
    run += (w === entity + 1 ? '' : words[w].hyphenBefore ? '-' : ' ') + words[w].lower;
    const next = words[w + 1]?.lower ?? '';
    if (heads.has(run) && (w + 1 === to || measureNouns.has(next) || lossOfFunctionAfter.has(next))) found = w - entity;
  }
  return found;
}

function readPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number, entity: number): Phrase | undefined {
  const c = chunks[k];
  // "the regression of HCC" (impliedMentions.ts): an entity named by a decreasing noun is its own fall.
  let sign: 1 | -1 = decreasingNouns.has(words[entity].lower) ? -1 : 1;
  let change = sign < 0;
  // "an anti-IL-6R antibody": the prefix and the noun after the name say the one loss (not a loss of a loss).
  let prefixed = false;
  // Inside the entity's own chunk: words before it (modifiers) and after it (up to the head).
  for (let w = c.from; w < entity; w++) {
    const lower = words[w].lower;
    if (c.kind === 'PP' && w === c.from) continue;
    prefixed ||= w === entity - 1 && lossOfFunctionPrefixes.has(lower) && words[entity].hyphenBefore === true;
    // ("the anti-IL-6R antibody tocilizumab": a prefix is the loss of the name it is tied to, not of a later one.)
    if (lessWords.has(lower) || lossOfFunctionBefore.has(lower) || (lossOfFunctionPrefixes.has(lower) && w + 1 === entity && words[w + 1].hyphenBefore)) {
      sign = -sign as 1 | -1;
      change = true;
    } else if (moreWords.has(lower)) change = true;
    // "a role in suppressing X", "involved in promoting X": the gerund of a relation verb of the lexicon opening
    // the phrase says which way X goes, as "reduced X" or "increased X" does.
    else if (w === c.from + (c.kind === 'PP' ? 1 : 0) && /ing$/.test(lower) && words[w].pos === 'VERB') {
      const direction = relationSign(verbTrigger(lower) ?? 'regulates');
      if (direction !== 0) change = true;
      if (direction < 0) sign = -sign as 1 | -1;
    }
  }
  // The words after the entity up to the head: "MMP-13 promoter activity" and "IL-6 transcriptional activity"
  // name its activity (a form noun or an adjective before a measure noun); after a loss of function the nouns
  // name its means ("an AP-1 decoy oligonucleotide", "STAT3 siRNA transfection").
  let lost = false;
  // The entity names a family: its members may head the phrase (cues.ts phraseHeads).
  const family = /famil(?:y|ies)$/.test(words[entity].lower);
  // "the IL-11 cytokine": a class noun the lexicon knows as an entity of its own names the entity right before it.
  if (entity > c.from && words[entity - 1].entity && classHeadAfter(words, entity - 1, c.to) === 1) return undefined;
  // "the STAT3 cytokine", "the TGF-β cytokine": a class noun right after a name is no class in general (cues.ts isClassNoun).
  if (entity > c.from && words[entity - 1].entity && !words[entity].hyphenBefore && isClassNoun(words[entity].lower)) return undefined;
  // "STAT3 target genes", "IL-6-secreting cells": a head that names something other than the entity (cues.ts
  // otherThingHeads, the verb reader's table too); no head after it says more or less of the entity.
  if (namesOtherThingAt(words, entity)) return undefined;
  // "the gp130 receptor", "the MMP-13 enzyme": a head that names the entity's own class says no more than the name;
  // the words after it are read as after the name ("the MMP-13 enzyme activity").
  for (let w = entity + 1 + classHeadAfter(words, entity, c.to); w < c.to; w++) {
    const lower = words[w].lower;
    // "IL-6-mediated signalling": the name's own signalling (cues.ts ownSignalling).
    if (w === entity + 1 && words[w].hyphenBefore && ownSignalling.participles.has(lower) && w + 1 < c.to && words.slice(w + 1, c.to).every((x) => !x.entity && ownSignalling.nouns.has(x.lower))) continue;
    // "CAF-derived factors", "fibroblast-secreted soluble factors": what cells make stands for them (cues.ts producedFactors).
    if (w === entity + 1 && entityTypes.get(words)?.[entity] === 'cell-type' && producedFactors.nouns.has(words[c.to - 1].lower) && namesProductsAt(words, entity)) break;
    // "tumour growth in vivo": the setting after the entity is context.
    if (words[w].setting) break;
    // "in hypoxic MDA-MB-231 cells": the cells a condition qualifies are where it acts.
    // ("the invasive cancer phenotype", "a metastatic HCC phenotype": a place between a process adjective and a noun
    // of its property says whose property it is, as "the invasive phenotype of cancer cells" does, cues.ts propertyNouns.)
    if (words[w].entity && words[w].place && processAdjective.test(words[entity].lower) && propertyNouns.has(words[c.to - 1].lower) && words.slice(w + 1, c.to).every((x) => !x.entity)) continue;
    // ("an IL-6 family cytokine": a class noun the lexicon knows, after a family's name, is a member of it: cues.ts phraseHeads.)
    if (words[w].entity && w === c.to - 1 && family && headSays(lower, true) === 'same') continue;
    if (words[w].entity) {
      // ("the PI3K inhibitor LY294002": the agent of the loss named after it.)
      if ((words[entity].condition && words[w].place) || (lost && w === c.to - 1)) continue;
      return undefined;
    }
    if (lossOfFunctionAfter.has(lower) || decreasingNouns.has(lower)) {
      if (!(prefixed && !lost && lossOfFunctionAfter.has(lower))) sign = -sign as 1 | -1;
      change = true;
      lost = true;
    } else if (lost && (words[w].pos === 'NOUN' || words[w].pos === 'PROPN')) continue;
    // "an IL-11-neutralizing antibody", "STAT3 small interfering RNA": qualifiers before the noun of the loss.
    else if (lossOfFunctionQualifiers.has(lower) && words.slice(w + 1, c.to).some((x) => lossOfFunctionAfter.has(x.lower))) continue;
    else if ((formNouns.has(lower) || words[w].pos === 'ADJ') && w + 1 < c.to && words.slice(w + 1, c.to).every((x) => !x.entity) && headSays(words[c.to - 1].lower) !== undefined) continue;
    // ("a hypoxic microenvironment", "hypoxic stress": the surroundings a condition names are the condition, cues.ts conditionNouns.)
    else if (words[entity].condition && conditionNouns.nouns.has(lower) && w === c.to - 1) continue;
    // "plasma IL-6 concentrations", "STAT3 hyperactivation", "STAT3 haploinsufficiency": a head of cues.ts phraseHeads
    // (or the plural of a measure noun) says the same of the entity, more, less or its loss.
    else if (headSays(lower, family) !== undefined) {
      const says = headSays(lower, family);
      if (says === 'less' || says === 'loss') sign = -sign as 1 | -1;
      change ||= says !== 'same';
      lost ||= says === 'loss';
    }
    // ("IL-6 family members": the members of a family are the family.)
    else if (!measureNouns.has(lower) && !propertyNouns.has(lower) && !/^(cells?|tissues?|mrna|protein)$/.test(lower) && !(lower === 'members' && /famil(?:y|ies)$/.test(words[entity].lower))) return undefined;
  }
  // "the hypoxic induction of IL-11": a name before a nominal whose "of" phrase names another entity is that
  // event's agent, not what the nominal measures.
  const next = chunks[k + 1];
  if (c.kind === 'NP' && entity < c.head && next?.kind === 'PP' && next.lemma === 'of' && entitiesIn(words, next).some((w) => !words[w].place)) return undefined;
  let firstChunk = k;
  // "IL-11 rose in hypoxic cells": a condition the cells are in acts on them as "under hypoxia" says.
  let preposition = c.kind === 'PP' ? (c.lemma === 'in' && words[entity].condition ? 'under' : c.lemma) : '';
  // "the expression of X", "a fall in X", "knockdown of X", "treatment with X": the noun before names the change.
  let at = k - 1;
  // "Treatment of HCC cells with sorafenib", "stimulation of OSCC cells with IL-11": the cells treated stand
  // between the treatment and its agent.
  const treated = chunks[k - 2];
  const cells = chunks[k - 1];
  if (c.kind === 'PP' && c.lemma === 'with' && cells?.kind === 'PP' && cells.lemma === 'of' && treated?.kind === 'NP' && measureNouns.has(words[treated.head].lower) && words.slice(cells.from + 1, cells.to).every((w) => !w.entity || w.place)) at = k - 2;
  // "after treatment with 50 ng/ml IL-11", "exposure to increasing concentrations of NT157": a dose between the
  // treatment word and its agent is the agent given (doseBetween); the treatment word before it names the change.
  const dose = doseBetween(words, chunks, k);
  if (dose) at = dose.first - 1;
  // (The phrase is then linked to the word before by the dose's preposition, not by its own "of".)
  const link: Chunk = dose ? { ...c, kind: 'PP', lemma: dose.preposition } : c;
  if (dose) {
    firstChunk = dose.first;
    preposition = dose.preposition;
  }
  const before = chunks[at];
  // "2 ng/ml of recombinant IL-11 raised X": a dose of the entity is the entity given (its phrase starts at the amount).
  if (!dose && c.kind === 'PP' && c.lemma === 'of' && before?.kind === 'NP' && doseUnits.has(words[before.head].lower) && words.slice(c.from + 1, entity).every((w) => !w.entity)) {
    let start = at;
    if (chunks[start - 1]?.kind === 'O' && words[chunks[start - 1].head].lower === '/' && chunks[start - 2]?.kind === 'NP' && doseUnits.has(words[chunks[start - 2].head].lower)) start -= 2;
    return { firstChunk: start, lastChunk: k, preposition: '', sign, change: true };
  }
  // "in the presence of IL-11" is a cause as "under hypoxia" is; "in the absence of X" its loss.
  if (c.kind === 'PP' && c.lemma === 'of' && before?.kind === 'PP' && before.lemma === 'in' && before.to === before.head + 1 && ['presence', 'absence'].includes(words[before.head].lower)) {
    return { firstChunk: at, lastChunk: k, preposition: 'under', sign: (words[before.head].lower === 'absence' ? -sign : sign) as 1 | -1, change: true };
  }
  // "an antibody to IL-6R", "inhibitors of JAK2", "siRNA against STAT3": the agent that takes the entity away.
  const against = link.kind === 'PP' && ['of', 'to', 'against'].includes(link.lemma) && before !== undefined && lossOfFunctionAfter.has(words[before.head].lower);
  // "exposure to hypoxia": what the cells were exposed to is the cause, as in "treatment with X".
  const given = link.kind === 'PP' && link.lemma === 'to' && before !== undefined && ['exposure', 'exposures'].includes(words[before.head].lower);
  // ("Silencing of STAT3 restored X": a loss-of-function gerund opening the sentence, read as a verb, is the noun.)
  const gerund = before?.kind === 'VG' && before.to === before.from + 1 && !before.negated && lossOfFunctionAfter.has(words[before.head].lower) && link.lemma === 'of';
  // ("MMP-13 levels in OSCC cells": a noun that names another entity's amount, or a place after "in", is no change of it.)
  // ("the IL-11-mediated increase in X": an entity tied by a hyphen to a participle is the increase's cause, not its theme.)
  const elsewhere = before !== undefined && (entitiesIn(words, before).some((w) => !words[w + 1]?.hyphenBefore) || (link.lemma === 'in' && words[entity].place === true));
  if (link.kind === 'PP' && (['of', 'in', 'with'].includes(link.lemma) || against || given) && before && !elsewhere && (before.kind === 'NP' || before.kind === 'PP' || gerund)) {
    const noun = words[before.head].lower;
    // ("hyperactivation of STAT3", "concentrations of IL-6": a head of cues.ts phraseHeads before "of" too.)
    const says = headSays(noun);
    const lessened = decreasingNouns.has(noun) || lossOfFunctionBefore.has(noun) || against || says === 'less' || says === 'loss';
    if (lessened || measureNouns.has(noun) || says !== undefined) {
      if (lessened) sign = -sign as 1 | -1;
      change ||= lessened || says === 'more' || /^(increase|rise|elevation|upregulation|up-regulation|induction|overexpression|accumulation|gain|promotion|enhancement)$/.test(noun);
      for (let w = before.from; w < before.head; w++) {
        if (lessWords.has(words[w].lower)) sign = -sign as 1 | -1;
      }
      firstChunk = at;
      preposition = before.kind === 'PP' ? before.lemma : '';
    }
  }
  // "Blocking STAT3 reduced ...", "by silencing IL-6": a loss-of-function verb just before the phrase.
  const verbBefore = chunks[firstChunk - 1];
  if (verbBefore?.kind === 'VG' && lossOfFunctionBefore.has(words[verbBefore.head].lower) && !verbBefore.negated) {
    sign = -sign as 1 | -1;
    change = true;
    firstChunk -= 1;
    preposition = chunks[firstChunk - 1]?.kind === 'PP' && chunks[firstChunk - 1].from === chunks[firstChunk - 1].to - 1 ? chunks[firstChunk - 1].lemma : preposition;
  }
  // "needed (dispensable) for cells to migrate": a process named by its verb after "for cells to" is what
  // "for proliferation" names, the phrase opened by "for".
  const to = chunks[firstChunk - 1];
  const forCells = chunks[firstChunk - 2];
  if (firstChunk === k && c.kind === 'NP' && c.from === entity && c.to === entity + 1 && to?.kind === 'O' && words[to.head].lower === 'to' && forCells?.kind === 'PP' && forCells.lemma === 'for' && /^(?:cells?|them)$/.test(words[forCells.head].lower) && entitiesIn(words, forCells).length === 0) {
    firstChunk -= 2;
    preposition = 'for';
  }
  return { firstChunk, lastChunk: k, preposition, sign, change };
}

/**
 * "IL-6-positive tumours", "STAT3-overexpressing cells", "IL-11Rα transfected cells" (the participle read as a
 * verb group before the group noun): the entity's carriers, with the sign of what they carry.
 */
export function bearerPhrase(words: readonly ChunkWord[], chunks: readonly Chunk[], k: number, entity: number): Phrase | undefined {
  const c = chunks[k];
  // "Cells treated with X showed higher Y": cells given the entity carry it, as "X-treated cells" do.
  if (c.kind === 'PP' && ['with', 'to'].includes(c.lemma) && entity === c.to - 1 && chunks[k - 1]?.kind === 'VG' && chunks[k - 1].to === chunks[k - 1].from + 1 && treatedParticiples.has(words[chunks[k - 1].head].lower)) {
    const group = chunks[k - 2];
    const plain = words.slice(c.from + 1, entity).every((w) => determiners.has(w.lower));
    if (plain && group?.kind === 'NP' && experimentalGroups.has(words[group.head].lower)) return { firstChunk: k - 2, lastChunk: k, preposition: '', sign: 1, change: true, bearer: 'experimental' };
  }
  // "Cells engineered to express active X underwent Y": cells made to express the entity carry it (cues.ts
  // gainVerbGroups; the chunker may put "to express X" in a phrase of its own).
  const made = c.kind === 'NP' || (c.kind === 'PP' && c.lemma === 'to') ? chunks[k - 1] : undefined;
  if (made?.kind === 'VG' && entity === c.to - 1) {
    const run = words.slice(made.from, entity).map((w) => w.lower);
    const qualifiers = run.slice(3);
    if (gainVerbGroups.has(run.slice(0, 3).join(' ')) && qualifiers.every((w) => determiners.has(w) || /^[a-z]+ly$/.test(w) || gainQualifiers.has(w))) {
      const group = chunks[k - 2];
      if (group?.kind === 'NP' && experimentalGroups.has(words[group.head].lower)) return { firstChunk: k - 2, lastChunk: k, preposition: '', sign: 1, change: true, bearer: 'experimental' };
    }
  }
  // "Patients with a higher level of X", "HCC patients with high X expression" (cues.ts, 'patients with more or
  // less of X show more'): a clinical group (its disease may name it) with more or less of the entity, named by
  // a level word in its "with" phrase, carries it.
  if (c.kind === 'PP') {
    const carried = phraseOf(words, chunks, k, entity);
    const group = carried ? chunks[carried.firstChunk - 1] : undefined;
    const level = carried ? words.slice(chunks[carried.firstChunk].from, entity).some((w) => moreWords.has(w.lower) || lessWords.has(w.lower)) : false;
    if (carried && carried.preposition === 'with' && level && group?.kind === 'NP' && clinicalGroups.has(words[group.head].lower) && entitiesIn(words, group).every((w) => words[w].place === true)) return { firstChunk: carried.firstChunk - 1, lastChunk: carried.lastChunk, preposition: '', sign: carried.sign, change: true, bearer: 'clinical' };
  }
  if (c.kind !== 'NP') return undefined;
  const after = words.slice(entity + 1, c.to);
  let sign: 1 | -1 | undefined;
  let group: Chunk | undefined;
  // The group noun may be an entity of its own ("tumours"), nothing else after the entity may.
  if (after.length >= 2 && bearerWords[after[0].lower] !== undefined && after.slice(1, -1).every((w) => !w.entity)) {
    sign = bearerWords[after[0].lower];
    group = c;
  } else if (after.length === 0 && chunks[k + 1]?.kind === 'VG' && chunks[k + 1].to === chunks[k + 1].from + 1 && bearerWords[words[chunks[k + 1].head].lower] === 1 && chunks[k + 2]?.kind === 'NP') {
    sign = 1;
    group = chunks[k + 2];
  }
  if (!sign || !group || entitiesIn(words, group).some((w) => w !== entity && w !== group.head)) return undefined;
  const noun = words[group.head].lower;
  const bearer = experimentalGroups.has(noun) ? 'experimental' : clinicalGroups.has(noun) ? 'clinical' : undefined;
  if (!bearer) return undefined;
  return { firstChunk: k, lastChunk: chunks.indexOf(group), preposition: '', sign, change: true, bearer };
}

/** Participles that give cells an entity: "cells treated with X", "cells exposed to X". */
const treatedParticiples = new Set(['treated', 'stimulated', 'exposed', 'incubated', 'cultured', 'challenged', 'transfected', 'transduced', 'infected', 'supplemented', 'pretreated', 'pre-treated']);
