// tagWords reads each property of all tokens as one array (issue 11: wink's per-token objects were a fifth of
// the tagger's time). It must give what wink's own per-token reading gives, word for word.
import * as assert from 'node:assert/strict';
import { tagWords, taggerPipeline, taggerWithWinksReader, winkWithItsOwnReader } from '../../../src/core/language/tagger';
import { maxNewWords } from '../../../src/core/language/winkPipeline';

interface WinkNlp {
  readDoc(text: string): { tokens(): { each(f: (t: { out(what: unknown): string }) => void): void } };
  its: { value: unknown; pos: unknown; lemma: unknown };
}

let winkNlp: WinkNlp | undefined;

/** The words as wink's per-token API reads them (the way tagWords read them before). */
function perToken(text: string): { start: number; end: number; text: string; pos: string; lemma: string }[] {
  const nlp = (winkNlp ??= winkWithItsOwnReader() as WinkNlp);
  const words: { start: number; end: number; text: string; pos: string; lemma: string }[] = [];
  let cursor = 0;
  nlp.readDoc(text).tokens().each((token) => {
    const value = token.out(nlp.its.value);
    const at = text.indexOf(value, cursor);
    if (at < 0 || value.length === 0) return;
    cursor = at + value.length;
    words.push({ start: at, end: cursor, text: value, pos: token.out(nlp.its.pos), lemma: token.out(nlp.its.lemma).toLowerCase() });
  });
  return words;
}

suite('tagger: parts of speech and lemmas', () => {
  test('generated sentences with names, numbers, contractions and odd spacing tag as wink\'s per-token reading does', function () {
    this.timeout(30000);
    const pieces = ['IL-6', 'was', 'strongly', 'induced', 'by', 'hypoxia', "didn't", 'raise', 'STAT3', 'levels', '(p < 0.05)', 'e.g.', 'Fig. 2',
      'cells', 'were', 'treated', 'with', '10 µM', 'sorafenib', ',', ';', 'and', 'the', 'mice', 'ran', 'better', 'children', "it's", '  ', '\u00a0', 'œstrogen', '—', 'ſ'];
    let seed = 3;
    const pick = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let run = 0; run < 200; run++) {
      const text = Array.from({ length: 1 + pick(25) }, () => pieces[pick(pieces.length)]).join(pick(3) === 0 ? '' : ' ');
      assert.deepEqual(tagWords(text), perToken(text), text);
    }
    assert.deepEqual(tagWords('IL-6 was induced by hypoxia.').map((w) => `${w.text}/${w.pos}/${w.lemma}`), ['IL-6/PROPN/il-6', 'was/AUX/be', 'induced/VERB/induce', 'by/ADP/by', 'hypoxia/NOUN/hypoxia', './PUNCT/.']);
  });
});

// The tagger's model read the quick way (language/tagger.ts) tags as wink's own reader does.
suite('tagger: the model read the quick way', function () {
  // Two readings of a 3 MB model: a second or so on a loaded machine.
  this.timeout(60000);

  test('parts of speech and lemmas equal those of wink\'s own reader', () => {
    const text = [
      'Knockdown of STAT3 markedly reduced the invasion of OSCC cells, whereas IL-11 was not required.',
      'These findings were unexpected: the inhibitors didn\'t lower p-ERK levels in 3 of 5 lines (Fig. 2b).',
      'Interestingly, NF-κB signalling drives EMT through Snail; β-catenin, however, stayed nuclear.',
      'We hypothesise that hypoxia-induced HIF-1α binds the VEGF promoter and enhances angiogenesis.',
    ].join(' ');
    const quick = tagWords(text);
    const winks = taggerWithWinksReader()(text);
    assert.ok(quick.length > 60);
    assert.deepEqual(quick, winks);
    // What the reader relies on: verbs and their lemmas.
    assert.ok(quick.some((w) => w.text === 'reduced' && w.pos === 'VERB' && w.lemma === 'reduce'), JSON.stringify(quick.slice(0, 12)));
  });
});

// The tagger runs wink's part-of-speech path without its document API and remembers how each raw token was
// tokenized (language/winkPipeline.ts). wink's tokenizer consults a lexicon that grows with each new word, so a
// remembered raw token is only reused while the words it found missing are still missing.
suite('tagger: wink\'s path without its document API', function () {
  this.timeout(60000);

  test('raw tokens seen again, before and after the words inside them join the lexicon, tag as wink does', () => {
    const winks = taggerWithWinksReader();
    const texts = [
      'Migration rose (Fig. 2; p < 0.05), as did invasion (Fig. 3b; n = 4).',
      'Zorbulin-7 and (zorbulin-7) rose; Zorbulin-7-induced flarnase (Flarnase) rose.',
      'The flarnase-zorbulin axis (Fig. 2; et al. e.g. p<0.05).',
      'Fig. 2 shows zorbulin; flarnase, (Fig. 2; p < 0.05) and flarnase-zorbulin again.',
      "It didn't rise\u00a0(Fig.\u00a02); they'd  seen\n(Fig. 2; p < 0.05) it twice.",
    ];
    for (let round = 0; round < 3; round++) for (const text of texts) assert.deepEqual(tagWords(text), winks(text), text);
  });

  test('the lexicon is bounded: past maxNewWords new words it is the model\'s again, and tags as a fresh wink does', () => {
    const pipeline = taggerPipeline();
    const resets = pipeline.resets;
    let n = 0;
    const sentence = () => Array.from({ length: 20 }, () => `qx${(n++).toString(36)}ine`).join(' ') + '.';
    while (pipeline.newWords() <= maxNewWords) tagWords(sentence());
    tagWords(sentence());
    assert.equal(pipeline.resets, resets + 1);
    assert.ok(pipeline.newWords() <= 40, String(pipeline.newWords()));
    const winks = taggerWithWinksReader();
    const text = 'Knockdown of STAT3 reduced invasion (Fig. 2; p < 0.05), whereas IL-11 didn\'t.';
    assert.deepEqual(tagWords(text), winks(text));
  });
});
