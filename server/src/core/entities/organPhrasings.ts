// A cancer is named by its organ as an adjective ("pancreatic adenocarcinoma"), as a noun modifier ("liver
// cancer") or in an "of" phrase ("adenocarcinoma of the pancreas"); the Disease Ontology lists some of these
// wordings and not others, and an abstract that says "of the pancreas" while the claim says "pancreatic" read
// two different diseases (the broader one and the organ's cancer) and came out other-context (library kit).
// Each row: the words that name the organ before a disease noun, and the noun its "of" phrase uses.

interface OrganRow {
  /** Adjectives and noun modifiers that name the organ before the disease noun. */
  readonly before: readonly string[];
  /** The organ's noun after "of (the)". */
  readonly noun: string;
}

/** Examples: "hepatic sarcoma" is "liver sarcoma" and "sarcoma of the liver". */
export const organRows: readonly OrganRow[] = [
  { before: ['pancreatic', 'pancreas'], noun: 'pancreas' },
  { before: ['hepatic', 'liver'], noun: 'liver' },
  { before: ['gastric', 'stomach'], noun: 'stomach' },
  { before: ['colonic', 'colon'], noun: 'colon' },
  { before: ['rectal'], noun: 'rectum' },
  { before: ['pulmonary', 'lung'], noun: 'lung' },
  { before: ['renal', 'kidney'], noun: 'kidney' },
  { before: ['mammary', 'breast'], noun: 'breast' },
  { before: ['ovarian'], noun: 'ovary' },
  { before: ['prostatic', 'prostate'], noun: 'prostate' },
  { before: ['esophageal', 'oesophageal', 'esophagus', 'oesophagus'], noun: 'esophagus' },
  { before: ['bladder'], noun: 'bladder' },
  { before: ['thyroid'], noun: 'thyroid' },
  // "Oral tumours", "cancer of the mouth" (stop 34: "oral tumour cells" read as cancer in general).
  { before: ['oral'], noun: 'mouth' },
];

const rowByWord = new Map<string, OrganRow>();
for (const row of organRows) for (const word of row.before) rowByWord.set(word, row);

/**
 * The other wordings of a disease name that begins with an organ word: the organ's other words before the
 * disease noun, and the "of" phrases, with the head noun singular or plural ("adenocarcinomas of the pancreas").
 * Names of one word, or whose first word names no organ, have none.
 */
export function organPhrasings(name: string): string[] {
  const space = name.indexOf(' ');
  if (space < 0) return [];
  const row = rowByWord.get(name.slice(0, space).toLowerCase());
  const other = [...wordOrders(name), ...squamousWordings(name)];
  if (!row) return other;
  const first = name.slice(0, space).toLowerCase();
  const rest = name.slice(space + 1);
  const out: string[] = [];
  for (const word of row.before) if (word !== first) out.push(`${word} ${rest}`);
  // "of" phrases only for a head of one word ("adenocarcinoma", "cancer"): "ductal adenocarcinoma of the
  // pancreas" is already in the ontology where it is said, and longer heads rarely take the organ after them.
  if (!rest.includes(' ')) {
    const heads = /s$/.test(rest) ? [rest] : [rest, `${rest}s`];
    for (const head of heads) out.push(`${head} of the ${row.noun}`, `${head} of ${row.noun}`);
  }
  return [...out, ...other];
}

/** Words of histology that papers put before or after the organ word: "anaplastic thyroid" and "thyroid anaplastic". */
const histologyWords = new Set(['anaplastic', 'papillary', 'follicular', 'medullary', 'undifferentiated', 'squamous', 'ductal', 'lobular', 'mucinous', 'serous', 'endometrioid', 'neuroendocrine', 'sarcomatoid', 'basaloid', 'adenoid', 'clear-cell']);

/**
 * The organ word and a word of histology in the other order: "anaplastic thyroid carcinoma" is also written "thyroid
 * anaplastic carcinoma", "papillary thyroid cancer" "thyroid papillary cancer" (issue 7, stop 34: read as carcinoma
 * in general). Only a name of three words or more whose first two are one organ word and one histology word.
 */
function wordOrders(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 3) return [];
  const [a, b] = [words[0].toLowerCase(), words[1].toLowerCase()];
  const swapped = (rowByWord.has(a) && histologyWords.has(b)) || (histologyWords.has(a) && rowByWord.has(b));
  return swapped ? [[words[1], words[0], ...words.slice(2)].join(' ')] : [];
}

/**
 * "Squamous carcinoma" for "squamous cell carcinoma" after a word that places it: "oral squamous carcinoma" is oral
 * squamous cell carcinoma (stop 34: read as squamous carcinoma anywhere, the organ lost).
 */
function squamousWordings(name: string): string[] {
  const match = /^(\S.*\s)squamous[\s-]cell\s+(carcinomas?|cancers?)$/i.exec(name);
  return match ? [`${match[1]}squamous ${match[2]}`] : [];
}

/**
 * Papers write "carcinoma" and "cancer" for one disease ("follicular thyroid cancer", "esophageal squamous cell
 * cancer") where the Disease Ontology lists only the carcinoma. A name of two words or more ending in
 * "carcinoma(s)" gives the same name ending in "cancer"; the lexicon adds it only under a key no other name holds,
 * so a disease the ontology names "... cancer" keeps it.
 */
export function cancerWording(name: string): string | undefined {
  const match = /^(\S.*\s)carcinomas?$/i.exec(name);
  return match ? `${match[1]}cancer` : undefined;
}

/** The nouns papers name an organ's cancer by besides "cancer": "gastric tumours", "tumors of the liver". */
const tumourHeads = ['tumour', 'tumours', 'tumor', 'tumors'];

/**
 * "Gastric tumours", "hepatic tumors", "tumours of the stomach": an organ word with a tumour noun names the organ's
 * cancer, which the Disease Ontology lists only as "... cancer"; without these the tumour noun alone was read as
 * cancer in general and the organ, the claim's context, was lost (a finding in liver cancer then covered a claim
 * about the stomach). A name of an organ word and "cancer" gives each organ word of its row with each tumour noun,
 * and the "of" phrases; the lexicon adds them only under keys no name holds, and none that two cancers share.
 */
export function tumourWordings(name: string): string[] {
  const match = /^(\S+) cancer$/i.exec(name);
  const row = match ? rowByWord.get(match[1].toLowerCase()) : undefined;
  if (!row) return [];
  const out: string[] = [];
  for (const head of tumourHeads) {
    for (const word of row.before) out.push(`${word} ${head}`);
    out.push(`${head} of the ${row.noun}`, `${head} of ${row.noun}`);
  }
  return out;
}

/** The endings of an adjective of kind, tissue or place: "hepatocellular", "colorectal", "neuroendocrine" is not one. */
const adjectival = /(?:al|ar|ic|ous|oid|ive|ary|ine)$/i;

/** The nouns a qualified cancer name is also written with: "hepatocellular tumours", "anaplastic thyroid neoplasms". */
const qualifiedHeads = [...tumourHeads, 'neoplasm', 'neoplasms'];

/**
 * A cancer named by qualifiers before "carcinoma" or "cancer" is also written with the other head nouns and with its
 * organ in an "of" phrase (issue 7, stop 35: "anaplastic thyroid tumours", "hepatocellular tumours", "squamous cell
 * carcinoma of the tongue" were read as cancer in general or as the organ's cancer, and the claim's context lost):
 * - each of the tumour nouns for the head: "hepatocellular carcinoma" gives "hepatocellular tumours", "anaplastic
 *   thyroid carcinoma" "anaplastic thyroid neoplasm";
 * - where the qualifiers hold one organ word and other words, those words with the head and the organ after "of":
 *   "tongue squamous cell carcinoma" gives "squamous cell carcinoma of the tongue", "anaplastic thyroid carcinoma"
 *   "anaplastic tumours of the thyroid".
 * A name that is an organ word and its cancer alone is `tumourWordings`' ("gastric tumours"). The lexicon adds these
 * after every name and after `tumourWordings`, under keys no name holds, and none that two diseases would share.
 */
export function qualifiedTumourWordings(name: string): string[] {
  const match = /^(\S.*?)\s+(carcinoma|cancer)s?$/i.exec(name);
  if (!match) return [];
  const qualifiers = match[1].split(/\s+/);
  // Only words: a name with a comma, a bracket or "of" is worded its own way.
  if (qualifiers.some((w) => !/^[a-z][a-z-]*$/i.test(w) || /^(of|and|or|in|with|the)$/i.test(w))) return [];
  const organAt = qualifiers.findIndex((w) => rowByWord.has(w.toLowerCase()));
  if (qualifiers.length === 1 && organAt === 0) return [];
  // One qualifier that is a noun of a site the organ table lacks, "tongue cancer", gives none: "tongue tumour cells" in
  // an oral cancer paper are its cells, and which site a tumour word places is the organ table's to say. An adjective
  // of kind or tissue, "hepatocellular", "colorectal", "neuroendocrine", does.
  if (qualifiers.length === 1 && !adjectival.test(qualifiers[0])) return [];
  const out: string[] = [];
  for (const head of qualifiedHeads) out.push(`${match[1]} ${head}`);
  const organs = qualifiers.filter((w) => rowByWord.has(w.toLowerCase()));
  if (organs.length === 1 && qualifiers.length > 1) {
    const row = rowByWord.get(organs[0].toLowerCase())!;
    const others = qualifiers.filter((_, i) => i !== organAt).join(' ');
    const noun = match[2].toLowerCase();
    for (const head of [noun, `${noun}s`, ...qualifiedHeads]) out.push(`${others} ${head} of the ${row.noun}`, `${others} ${head} of ${row.noun}`);
  } else if (organs.length === 0 && qualifiers.length > 1 && !adjectival.test(qualifiers[0]) && histologyWords.has(qualifiers[1].toLowerCase())) {
    // A site noun the organ table lacks, before words of histology: "tongue squamous cell carcinoma" is also
    // "squamous cell carcinoma of the tongue".
    const noun = match[2].toLowerCase();
    const others = qualifiers.slice(1).join(' ');
    for (const head of [noun, `${noun}s`]) out.push(`${others} ${head} of the ${qualifiers[0]}`, `${others} ${head} of ${qualifiers[0]}`);
  }
  return out;
}
