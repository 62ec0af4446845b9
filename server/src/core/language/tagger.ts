// Parts of speech and lemmas from wink-nlp with its English model (wink-eng-lite-web-model, MIT): a maintained
// tagger instead of hand-written word lists for the open classes. The model is about 3.5 MB of JSON (beside
// the bundle, dist/wink/) and takes a few hundred milliseconds to load, so it is loaded on first use: the
// first sentence with a pair the library links that the frames read nothing checkable in. Start-up does not
// pay for it, but the first check of a real draft usually does (about 14% of the CPU to first diagnostic).
//
// wink's tags are Universal Dependencies POS tags (NOUN, VERB, AUX, ADP, ...). Taggers trained on news read
// relation verbs after gene symbols as plural nouns ("BRAF increases ERK"); the chunker lets the domain's verb
// lexicon override the tag there (chunks.ts).

/** A Universal Dependencies part of speech, as wink-nlp names them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ'
  | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedWord {
  /** Offsets in the text given to tagWords. */
  start: number;
  end: number;
  text: string;
  pos: Pos;
  /** The dictionary form, lower case: "increases" -> "increase", "were" -> "be". */
  lemma: string;
}

interface WinkNlp {
  readDoc(text: string): { tokens(): { out(what: unknown): string[] } };
  its: { value: unknown; pos: unknown; lemma: unknown };
}

let nlp: WinkNlp | undefined;

/** The tagger, loaded once. `require` (not import) keeps the model out of start-up in the bundle too. */
function tagger(): WinkNlp {
  if (!nlp) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkNlp;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('wink-eng-lite-web-model') as unknown;
    nlp = winkNLP(model, ['pos']);
  }
  return nlp;
}

/**
 * Loads the model now: the analysis worker does so once its library is built, while it waits for the first
 * edit, so that the first re-check after opening a draft does not pay for it.
 */
export function loadTagger(): void {
  tagger();
}

/** Whether the model has been loaded (for the bench and tests that check it stays lazy). */
export function taggerLoaded(): boolean {
  return nlp !== undefined;
}

/** The words of `text` with their part of speech and lemma, each with its offsets in `text`. */
export function tagWords(text: string): TaggedWord[] {
  const nlp = tagger();
  const its = nlp.its;
  // Each property of every token as one array: `each` makes an object with seven closures per token, a fifth
  // of the tagger's time on a long paragraph (issue 11); the values are the same functions' results.
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const tags = tokens.out(its.pos);
  const lemmas = tokens.out(its.lemma);
  const words: TaggedWord[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    const at = text.indexOf(value, cursor);
    // wink keeps each token's text verbatim, so it is found in order; a token it rewrote is skipped.
    if (at < 0 || value.length === 0) continue;
    cursor = at + value.length;
    words.push({ start: at, end: cursor, text: value, pos: tags[k] as Pos, lemma: lemmas[k].toLowerCase() });
  }
  return words;
}
