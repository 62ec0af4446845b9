// Word senses the phrase around a mention decides: the lexicon matches "survival" as patients' survival, but
// "the survival of tumour cells" is cell survival, a process of the cells, not a clinical outcome. Each row
// names the entity a mention was recognised as, the words after it that change its sense, and the entity it
// then is; its example is its test (mentionSenses.test.ts reads it and expects `reads` among the claims).
import type { EntityMention } from '../entities/recognize';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { classHeads } from './cues';
import { insideNameForItsTarget } from '../entities/abbreviations';
import { healthyFibroblastWords } from './tumourFibroblasts';

export interface MentionSense {
  name: string;
  /** The entity the lexicon found. */
  entityId: string;
  /** The text right after the mention that gives it the other sense. */
  after?: RegExp;
  /** Or the text right before it (up to 120 characters, ending at the mention): "regression of the tumours". With both, both. */
  before?: RegExp;
  /** The mention's own words must match too (with `after`): "malignant tumour" named as one term. */
  own?: RegExp;
  /** The entity the mention then names. */
  becomes: string;
  example: string;
  /** A claim the example yields (formatClaim, helpers.ts), with the new sense. */
  reads: string;
}

/** Cells, by the nouns that name a population of them ("HCC cells", "OSCC cell lines", "the clones"). */
const cellNouns = String.raw`(?:cells?|cell\s+lines?|clones|fibroblasts|hepatocytes|keratinocytes|macrophages|lymphocytes|xenograft\s+cells|spheroids)`;
/** A word of a name and the space after it, no clause's punctuation: "HER2-amplified ", "IL-6/gp130 ", "α ". */
const nameWord = String.raw`[\p{L}\p{N}αβγκ][\p{L}\p{N}αβγκ/-]*\s+`;
/** Up to five words of the population's name: "human oral squamous carcinoma". */
const populationWords = String.raw`(?:${nameWord}){0,5}`;

/** Up to four words before a grafted tumour that say which one: "HER2-amplified", "wild-type", "lung". */
const graftModifiers = String.raw`(?:${nameWord}){0,4}`;
/** The verb that shrinks a tumour or a graft, in each of its forms. */
const shrinkVerb = String.raw`shr(?:ink|inks|inking|ank|unk)`;
/** The verb that shrinks a tumour, right before it (with its article or a word of its stage). */
const shrunkBefore = new RegExp(String.raw`\b${shrinkVerb}\s+(?:the\s+|these\s+|established\s+|existing\s+|large\s+)*$`, 'i');

/**
 * The words after a cancer's short form that make it the cancer and not a gene of the same letters: a noun of its cells,
 * patients or tissue, or of the tumour's surroundings or course ("GC cells", "BTC patients", "the GC TME").
 */
const cancerPlaceAfter = new RegExp(String.raw`^\s+(?:${cellNouns}|patients|tissues?|specimens|samples|tumou?rs|xenografts|progression|metastasis|TME|microenvironment|stroma|malignancy|development|tumou?rigenesis|carcinogenesis|cases|lesions)\b`, 'iu');
/** The words before a disease that only a disease takes: "patients with (advanced) X", "advanced X", "a model of X". */
const diseaseOnlyBefore = /(?:\b(?:patients|subjects|individuals|cases)\s+(?:with|having|suffering\s+from)\s+|\b(?:advanced|unresectable|metastatic|resected|recurrent|refractory)\s+|\b(?:models?|xenograft|cohorts?)\s+of\s+)(?:(?:advanced|unresectable|metastatic|resected|recurrent|refractory|locally)\s+)*$/i;

export const mentionSenses: readonly MentionSense[] = [
  {
    // "Aggressive tumour behaviours", "a malignant tumour phenotype": the tumour word modifies a noun of its traits,
    // and the phrase names the tumour's aggressiveness, not cancer itself (issue 7, stop 35: "X is implicated in
    // aggressive tumour behaviours" read X promoting cancer as well).
    name: 'aggressive tumour behaviour',
    entityId: 'CANCER',
    before: /\b(?:aggressive|malignant)\s+$/i,
    after: /^\s+(?:behaviou?rs?|phenotypes?|traits?|features?|characteristics?|properties)\b/i,
    becomes: 'TUMOR_AGGRESSIVENESS',
    example: 'STAT3 fuels aggressive tumour behaviour in breast cancer.',
    reads: 'STAT3 promotes TUMOR_AGGRESSIVENESS [ctx BREAST_CANCER]',
  },
  {
    // The same with the adjective inside the lexicon's term, "malignant tumour", read as one name.
    name: 'malignant tumour behaviour',
    entityId: 'CANCER',
    own: /^malignant\s/i,
    after: /^\s+(?:behaviou?rs?|phenotypes?|traits?|features?|characteristics?|properties)\b/i,
    becomes: 'TUMOR_AGGRESSIVENESS',
    example: 'In breast cancer, hypoxia promotes malignant tumour behaviours.',
    reads: 'HYPOXIA promotes TUMOR_AGGRESSIVENESS [ctx BREAST_CANCER]',
  },
  {
    name: 'survival of cells',
    entityId: 'SURVIVAL',
    // "the survival of HCC cells", "survival and migration of tumour cells", "the survival of these cells".
    after: new RegExp(String.raw`^(?:\s+(?:and|or)\s+[\p{L}-]+)?\s+of\s+${populationWords}${cellNouns}\b`, 'iu'),
    becomes: 'CELL_SURVIVAL',
    example: 'IL-6 promoted the survival of tumour cells.',
    reads: 'IL6 promotes CELL_SURVIVAL [ctx CANCER]',
  },
  {
    // A tumour that regresses or shrinks is one whose growth fell: the noun after it ("regression", a
    // decreasing noun in vocabulary.ts) turns the growth round, so "D led to tumour regression" says that D
    // lowers tumour growth, never that D brings on cancer.
    name: 'tumour regression',
    entityId: 'CANCER',
    after: /^\s+(?:regression|shrinkage)\b/i,
    becomes: 'TUMOR_GROWTH',
    example: 'In the treated mice, erlotinib caused tumour regression.',
    reads: 'DRUG_ERLOTINIB suppresses TUMOR_GROWTH',
  },
  {
    // The same fall written with "of": "regression of the tumours", "shrinkage of established tumors".
    name: 'regression of the tumour',
    entityId: 'CANCER',
    before: /\b(?:regression|shrinkage)\s+of\s+(?:the\s+|these\s+|established\s+|existing\s+)*$/i,
    becomes: 'TUMOR_GROWTH',
    example: 'Erlotinib caused regression of the tumours in most of the animals.',
    reads: 'DRUG_ERLOTINIB suppresses TUMOR_GROWTH',
  },
  {
    // A tumour named as the thing a drug shrinks is its growth that falls: "D shrank the tumours", "D failed to
    // shrink established tumours" (the verb is a decreasing one, vocabulary.ts).
    name: 'shrunk tumour',
    entityId: 'CANCER',
    before: shrunkBefore,
    becomes: 'TUMOR_GROWTH',
    example: 'In the treated mice, erlotinib shrank the established tumours.',
    reads: 'DRUG_ERLOTINIB decreases TUMOR_GROWTH',
  },
  {
    // A grafted tumour likewise: "D shrank the xenografts", "regression of EGFR-mutant xenografts" (its
    // modifiers, even an entity's state, stand between).
    name: 'shrunk xenograft',
    entityId: 'XENOGRAFT',
    before: new RegExp(String.raw`\b(?:${shrinkVerb}|(?:regression|shrinkage)\s+of)\s+(?:the\s+|these\s+|established\s+|existing\s+)*${graftModifiers}$`, 'iu'),
    becomes: 'TUMOR_GROWTH',
    example: 'Gefitinib shrank the EGFR-mutant lung xenografts.',
    reads: 'DRUG_GEFITINIB decreases TUMOR_GROWTH',
  },
  {
    // The volume or weight of grafted tumours is what measures their growth: "D reduced tumour volume". (Not
    // "tumour size", which clinical abstracts adjust for as a stage of the disease.)
    name: 'tumour volume',
    entityId: 'CANCER',
    after: /^\s+(?:volumes?|weights?)\b/i,
    becomes: 'TUMOR_GROWTH',
    example: 'Erlotinib lowered tumour volume in the grafted mice.',
    reads: 'DRUG_ERLOTINIB decreases TUMOR_GROWTH',
  },
  {
    // The growth of tumours or grafts is tumour growth, not the cells' growth in a dish: "D slowed the growth of HCC
    // xenografts", "the growth of established tumours" (not "the growth of tumour cells", which is the cells').
    name: 'growth of the tumours',
    entityId: 'CELL_GROWTH',
    after: new RegExp(String.raw`^\s+of\s+(?:the\s+|these\s+|established\s+|existing\s+|subcutaneous\s+|implanted\s+)*${graftModifiers}(?:tumou?rs?|xenografts?|allografts?)\b(?!\s+${cellNouns})`, 'iu'),
    becomes: 'TUMOR_GROWTH',
    example: 'In the grafted mice, gefitinib slowed the growth of the lung xenografts.',
    reads: 'DRUG_GEFITINIB decreases TUMOR_GROWTH [ctx XENOGRAFT]',
  },
  {
    // Issue 7 (h-noread): "GC" is the symbol of the vitamin D-binding protein gene in the gene lexicon, and the
    // usual short form of gastric cancer in prose. Before a noun of cells, patients or tissue it is the cancer: a
    // protein has no cells, so "protects GC cells" named a gene no finding knows and read nothing.
    name: 'GC cells are gastric cancer cells',
    entityId: 'NCBIGENE_2638',
    // Also before a word of the tumour's surroundings or course: "the GC TME", "GC malignancy" (h-w11b34).
    after: cancerPlaceAfter,
    becomes: 'GASTRIC_CANCER',
    example: 'Fibroblast-derived IL-6 enhanced the invasion of GC cells.',
    reads: 'IL6 increases CELL_INVASION [ctx GASTRIC_CANCER]',
  },
  {
    // Issue 7, stop 44: "BTC" is the symbol of betacellulin in the gene lexicon and the short form of biliary tract
    // cancer. Before a noun of its cells or patients, or after words only a disease takes ("patients with advanced
    // BTC", "a model of BTC"), it is the cancer; a growth factor has no patients. Elsewhere it stays the gene, and a
    // document that defines BTC decides for itself (entities/abbreviations.ts).
    name: 'BTC patients have biliary tract cancer',
    entityId: 'NCBIGENE_685',
    after: cancerPlaceAfter,
    becomes: 'DOID_4607',
    example: 'IL-6 enhanced the invasion of BTC cells.',
    reads: 'IL6 increases CELL_INVASION [ctx DOID_4607]',
  },
  {
    name: 'patients with BTC have biliary tract cancer',
    entityId: 'NCBIGENE_685',
    before: diseaseOnlyBefore,
    becomes: 'DOID_4607',
    example: 'In patients with advanced BTC, high serum IL-6 predicted shorter survival.',
    reads: 'IL6 associated-with(negative) SURVIVAL [ctx DOID_4607]',
  },
  {
    // Issue 7, stop 44: the Disease Ontology gives "TAM" to transient abnormal myelopoiesis, a disorder of newborns
    // with Down syndrome; cancer prose writes "TAMs" for tumour-associated macrophages. Written in the plural, or
    // before a word of what the cells give or do ("TAM-derived IL-6", "TAM infiltration"), they are macrophages (Cell
    // Ontology; the library has no entity of its own for the tumour's): a disorder is neither counted nor secretes.
    // "TAM receptors" (TYRO3, AXL, MERTK) are neither.
    name: 'TAMs are macrophages',
    entityId: 'DOID_0060888',
    own: /^TAMs$/,
    after: /^/,
    becomes: 'CL_0000235',
    example: 'In HCC, TAMs secrete IL-6.',
    reads: 'CL_0000235 increases IL6 [ctx HCC]',
  },
  {
    name: 'TAM-derived factors come from macrophages',
    entityId: 'DOID_0060888',
    own: /^TAM$/,
    after: /^(?:[-‐](?:derived|secreted|produced|released|mediated|conditioned|specific)\b|\s+(?:infiltration|density|counts?|polari[sz]ation|recruitment|accumulation|subsets?|populations?)\b)/i,
    becomes: 'CL_0000235',
    example: 'TAM-derived IL-6 enhanced the migration of HCC cells.',
    reads: 'CL_0000235 increases IL6 [ctx HCC]',
  },
  {
    // Issue 7 (h-gap33): "stromal fibroblasts" are the tumour's (CAFs, data/entities.json), but "normal (healthy,
    // dermal, non-tumour) stromal fibroblasts" are the control the CAFs are compared with: fibroblasts, not CAFs.
    name: 'normal stromal fibroblasts are no CAFs',
    entityId: 'CAF',
    before: new RegExp(String.raw`\b(?:${healthyFibroblastWords})\s+$`, 'i'),
    becomes: 'CL_0000057',
    example: 'Normal stromal fibroblasts secrete IL-6.',
    reads: 'CL_0000057 increases IL6',
  },
];

const sensesByEntity = new Map<string, MentionSense[]>();
for (const sense of mentionSenses) sensesByEntity.set(sense.entityId, [...(sensesByEntity.get(sense.entityId) ?? []), sense]);

/**
 * "IL-6, through binding to its cellular receptor, ...", "IL-11 and their receptors": a ligand's own receptor named
 * by a possessive is the receptor the library says the ligand binds, when it names exactly one (IL-6R for IL-6).
 * The ligand is the nearest molecule before the possessive in the same sentence (the caller's mentions are one
 * sentence's, or an abstract's, of which only the last 200 characters before the words are searched).
 */
export const ownReceptor = {
  words: /\b(?:its|their)\s+(?:(?:own|cellular|cognate|specific|membrane|surface|signalling|signaling|high-affinity)\s+)*receptors?\b/gi,
  examples: [
    { example: 'In hepatocytes, IL-6 binds tightly to its cellular receptor before gp130 joins the complex.', reads: 'IL6 binds IL6R' },
    { example: 'IL-6 signals by binding its membrane receptor on target cells.', reads: 'IL6 binds IL6R' },
  ],
};

function withOwnReceptors<T extends readonly EntityMention[]>(text: string, mentions: T, kb: KnowledgeBase): T {
  if (mentions.length === 0) return mentions;
  const first = mentions[0].start;
  const last = mentions[mentions.length - 1].end;
  // Only the sentence's stretch is looked at: `text` is a whole block, and a paragraph of 300 kB asked once per
  // sentence made the check quadratic (issue 11's bench row went from 41 to 120 ms per 10 kB).
  if (!/\b(?:its|their)\s/i.test(text.slice(first, last + 200))) return mentions;
  let added: EntityMention[] | undefined;
  ownReceptor.words.lastIndex = Math.max(0, first);
  for (let m = ownReceptor.words.exec(text); m && m.index < last + 200; m = ownReceptor.words.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    const ligand = [...mentions].reverse().find((x) => x.end <= start && start - x.end <= 200 && kb.entities.get(x.entityId)?.type !== 'receptor');
    if (!ligand) continue;
    const receptors = new Set(kb.factsAboutSubject(ligand.entityId).filter((f) => f.relation === 'binds' && f.object && kb.entities.get(f.object)?.type === 'receptor').map((f) => f.object!));
    if (receptors.size !== 1) continue;
    (added ??= [...mentions]).push({ entityId: [...receptors][0], start, end, text: m[0] });
  }
  return ((added?.sort((a, b) => a.start - b.start)) as unknown as T | undefined) ?? mentions;
}

/**
 * "the IL-11 cytokine", "the AKT kinases": a class noun the lexicon knows as an entity of its own (cytokines, a
 * family) right after a name of that class (cues.ts classHeads, by the name's type) names that entity, not the
 * class: the mention goes, and the phrase reads as the name alone (anchored/phrases.ts readPhrase, the frames).
 */
function withoutOwnClassNouns<T extends readonly EntityMention[]>(text: string, mentions: T, kb: KnowledgeBase): T {
  const ownClass = (i: number): boolean => {
    const name = mentions[i - 1];
    const noun = mentions[i];
    // (Only spaces or tabs between, at least one; tested in place, the usual pair failing at its first character.)
    if (noun.start <= name.end) return false;
    for (let k = name.end; k < noun.start; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return false;
    const heads = classHeads.byType[kb.entities.get(name.entityId)?.type ?? ''];
    return heads !== undefined && heads.has(noun.text.toLowerCase().replace(/\s+/g, ' '));
  };
  for (let i = 1; i < mentions.length; i++) if (ownClass(i)) return mentions.filter((_, k) => k === 0 || !ownClass(k)) as unknown as T;
  return mentions;
}

/**
 * "Factor inhibiting HIF-1 (FIH-1) raised Y": a name inside the long form of a bracketed definition that names another
 * molecule for what it does to the name (entities/abbreviations.ts `insideNameForItsTarget`: a head noun, a participle
 * or preposition, the name, and the short form abbreviating the whole) is part of that molecule's name: the mention
 * goes, and no claim of the name (its loss, read from "inhibiting") is read (issue 7, stop 40).
 */
export const namesInsideDefinedNames = {
  example: 'Factor inhibiting HIF-1 (FIH-1) raised IL-11 expression in ATC cells.',
};

function withoutNamesInsideDefinedNames<T extends readonly EntityMention[]>(text: string, mentions: T): T {
  // (A bracket right after the name, or one space on: the usual mention fails at its next character.)
  const inside = (m: EntityMention): boolean => (text.charCodeAt(m.end) === 40 || text.charCodeAt(m.end + 1) === 40) && insideNameForItsTarget(text, m.start, m.end);
  return without(mentions, inside);
}

/**
 * "Cells undergoing partial EMT", "a hybrid epithelial-mesenchymal transition": a transition called partial (hybrid,
 * incomplete, intermediate) is a state of its own, the cells half-way between the two phenotypes, and papers on it
 * set it against the full transition (issue 7, stop 45, h-w22b45c: "partial EMT drives Y, whereas full EMT cells do
 * not" was read as the library's EMT driving Y). The lexicon has no entity for it, so the mention goes: the phrase names
 * nothing the library knows, and no finding on the full transition speaks for it.
 */
export const partialTransitions = {
  example: 'A partial EMT drives the invasion of gastric cancer cells.',
};
const partialBefore = /\b(?:partial|hybrid|incomplete|intermediate)\s+$/i;
const transitionWords = /(?:transition|^[A-Z][a-z]*MT)$/;

function withoutPartialTransitions<T extends readonly EntityMention[]>(text: string, mentions: T): T {
  const partial = (m: EntityMention): boolean => transitionWords.test(m.text) && partialBefore.test(text.slice(Math.max(0, m.start - 20), m.start));
  return without(mentions, partial);
}

/**
 * "X activates growth and survival pathways", "metabolic, growth, and survival pathways": a process named before
 * "pathways" (alone or as one of a list joined by commas, "and", "or") names the signalling that serves the process,
 * not the process: that the cells grew or survived is not said (issue 7, stop 47, h-w24b47: "facilitating the
 * activation of ... growth, and survival pathways" was read as promoting growth and survival, a definition of a
 * family called supported). The lexicon has no entity for such pathways, so the mention goes. A pathway the lexicon
 * names ("the PI3K/Akt pathway") is no process, and a process with a route after it ("growth through the Akt
 * pathway") keeps its words.
 */
export const processPathways = {
  example: 'IL-11 switches on growth and survival pathways in gastric cancer cells.',
};
const processTypes: ReadonlySet<string> = new Set(['process', 'phenotype']);
const pathwaysAfter = /^(?:\s*,\s*(?:(?:and|or)\s+)?[\p{L}-]+|\s+(?:and|or)\s+[\p{L}-]+)*,?\s+(?:signal(?:l)?ing\s+)?pathways?\b/iu;

function withoutProcessPathways<T extends readonly EntityMention[]>(text: string, mentions: T, kb: KnowledgeBase): T {
  const servedBy = (m: EntityMention): boolean => processTypes.has(kb.entities.get(m.entityId)?.type ?? '') && pathwaysAfter.test(text.slice(m.end, m.end + 80));
  return without(mentions, servedBy);
}

/** `mentions` less those `goes` picks; the same array when it picks none (withMentionSenses keeps it then). */
function without<T extends readonly EntityMention[]>(mentions: T, goes: (m: EntityMention) => boolean): T {
  return mentions.some(goes) ? (mentions.filter((m) => !goes(m)) as unknown as T) : mentions;
}

/**
 * The mentions with the senses their phrases give them; the same array when no mention changes (the usual case,
 * asked of every sentence: one map lookup per mention).
 */
export function withMentionSenses<T extends readonly EntityMention[]>(text: string, given: T, kb?: KnowledgeBase): T {
  // Without a library only the first steps run (names inside defined names, partial transitions, the sense table),
  // on the same text and array as with one: when the call with the library changed nothing, these changed nothing
  // either (their array came back as `given`, so none removed a mention, and the table gave none a sense), so the
  // answer kept for that call is this one's too. The anchored reader asks so of every sentence it reads, after the
  // analysis and the frame reader asked with the library (issue 10: ~6,100 of a draft's ~15,600 runs).
  if (given === sensesKept.given && text === sensesKept.text && (kb === sensesKept.kb || kb === undefined)) return given;
  const named = withoutPartialTransitions(text, withoutNamesInsideDefinedNames(text, given));
  const mentions = kb ? withoutProcessPathways(text, withoutOwnClassNouns(text, withOwnReceptors(text, named, kb), kb), kb) : named;
  let changed: EntityMention[] | undefined;
  mentions.forEach((mention, i) => {
    const senses = sensesByEntity.get(mention.entityId);
    if (!senses) return;
    const following = text.slice(mention.end, mention.end + 120);
    const preceding = text.slice(Math.max(0, mention.start - 120), mention.start);
    // A row with both needs both: "aggressive tumour behaviour".
    const sense = senses.find((s) => (s.own && !s.own.test(text.slice(mention.start, mention.end)) ? false : s.after && s.before ? s.after.test(following) && s.before.test(preceding) : (s.after?.test(following) ?? false) || (s.before?.test(preceding) ?? false)));
    if (!sense) return;
    changed ??= [...mentions];
    changed[i] = { ...mention, entityId: sense.becomes };
  });
  if (changed || mentions !== given) return (changed as unknown as T | undefined) ?? mentions;
  sensesKept.text = text;
  sensesKept.given = given;
  sensesKept.kb = kb;
  return given;
}

/**
 * The last mentions no phrase gave another sense (nor an own receptor added to), with the text and knowledge base
 * they were read with. The analysis asks of each sentence's mentions (analyzeBlock.ts), then the frame reader asks
 * again with the array it got back (readSentence), then the anchored reader without the library (readAnchored): the
 * same question, answered once (issue 10). Any other call that changes nothing replaces it.
 */
const sensesKept: { text: string; given: readonly EntityMention[] | undefined; kb: KnowledgeBase | undefined } = { text: '', given: undefined, kb: undefined };
