// The recognizer stops lengthening a word sequence once no lexicon key can start with it (issue 10: it tried
// up to nine words from every word). Stopping early must find exactly what trying every length found.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildLexicon, lexiconOf, type Lexicon } from '../../src/core/entities/lexicon';
import { PrefixFilter } from '../../src/core/entities/prefixFilter';
import { recognizeEntities, splitWords, type DocumentAbbreviations } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

const examples = path.join(__dirname, '..', '..', '..', 'examples');

/** The same lexicon with its lookups counted, with or without the prefix filter. */
function counting(lexicon: Lexicon, withFilter: boolean): { lexicon: Lexicon; lookups: () => number } {
  let lookups = 0;
  const wrapped: Lexicon = {
    lookup: (key) => {
      lookups++;
      return lexicon.lookup(key);
    },
    maxWords: lexicon.maxWords,
    size: lexicon.size,
    ...(withFilter && lexicon.mayStart ? { mayStart: (prefix: string) => lexicon.mayStart!(prefix) } : {}),
  };
  return { lexicon: wrapped, lookups: () => lookups };
}

function bothWays(kb: KnowledgeBase, text: string, abbreviations?: DocumentAbbreviations): { lookupsWith: number; lookupsWithout: number } {
  const lexicon = lexiconOf(kb);
  const without = counting(lexicon, false);
  const withFilter = counting(lexicon, true);
  assert.deepEqual(recognizeEntities(text, withFilter.lexicon, abbreviations), recognizeEntities(text, without.lexicon, abbreviations), text.slice(0, 80));
  return { lookupsWith: withFilter.lookups(), lookupsWithout: without.lookups() };
}

suite('entities: multi-word recognition stops when no key starts with the words so far', () => {
  test('the filter says yes to every prefix of every key and no to most other strings', () => {
    const keys = ['tumornecrosisfactor', 'il6', 'il6ralpha', 'cellmigration', 'a549'];
    const filter = PrefixFilter.of(keys);
    for (const key of keys) for (let n = 0; n <= key.length; n++) assert.ok(filter.mayStart(key.slice(0, n)), key.slice(0, n));
    let wrong = 0;
    for (let i = 0; i < 10_000; i++) if (filter.mayStart(`zq${i.toString(36)}`)) wrong++;
    assert.ok(wrong < 100, `${wrong} false positives in 10,000`);
  });

  test('the example manuscripts: the same mentions with a fraction of the lookups', async () => {
    const kb = await bundledKb();
    for (const file of ['manuscript.md', 'manuscript.tex']) {
      const { lookupsWith, lookupsWithout } = bothWays(kb, fs.readFileSync(path.join(examples, file), 'utf8'));
      assert.ok(lookupsWith * 2 < lookupsWithout, `${file}: ${lookupsWith} lookups with the filter, ${lookupsWithout} without`);
    }
  });

  test('names split across words, Greek letters spelled out across a word break, British spellings, plurals', async () => {
    const kb = await bundledKb();
    const texts = [
      'Tumour necrosis factor alpha and tumor necrosis factor-α raised TGF-beta 1 and TGF-bet a1 in HIF-1 alpha cells.',
      'IL-6R alph a, IL 6 R alpha, IL6Ralpha, IL-6Rα and IL-6 R α: the receptor in oesophageal carcinoma and leukaemia cells.',
      'GSK-3 beta, GSK3 β, NF-kappa B, NF-κ B p65, PI3K/Akt, MMP-2/9 and matrix metalloproteinases in MDA-MB-231 cells.',
      'Signal transducer and activator of transcription 3 (STAT3) and epidermal growth factor receptors in A-549 and A 549.',
      'p-STAT3, pAkt, STAT3 pY705 and phospho-ERK1/2 rose; H. pylori and E. coli infection; Stat3 and Il11ra1 in mice.',
      'Ep ithelial-mesenchymal trans ition, cell mi gration and programmed cell death 1 ligand 1 in non small cell lung cancer.',
    ];
    for (const text of texts) bothWays(kb, text);
    // A document's abbreviations are keys too: a two-word short form must still be found.
    const abbreviations: DocumentAbbreviations = new Map([['zqxtwo', 'IL11'], ['tnf', null]]);
    bothWays(kb, 'The ZQX two cytokine and TNF rose, as did ZQX-two.', abbreviations);
  });

  test('every generated run of lexicon words reads the same both ways', async () => {
    const kb = await bundledKb();
    // Words of real names cut and recombined: sequences that start keys and then stop being one.
    const words = splitWords('tumour necrosis factor alpha receptor 1 signal transducer activator of transcription 3 epidermal growth ' +
      'factor cell migration non small lung cancer interleukin 6 beta kappa B NF HIF 1 TGF GSK MMP 2 9 A 549 MDA MB 231 p53 gastric carcinoma ' +
      'programmed death ligand PD L1 oesophageal leukaemia metalloproteinase proteins').map((w) => w.text);
    const separators = [' ', '-', ' ', '/', ' (', ') ', '', ' '];
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let run = 0; run < 300; run++) {
      let text = '';
      for (let i = 0, length = 3 + next(12); i < length; i++) text += words[next(words.length)] + separators[next(separators.length)];
      bothWays(kb, text);
    }
  });

  test('words the lexicon does not know are remembered: a second reading finds what a fresh lexicon finds', async () => {
    const kb = await bundledKb();
    const text = fs.readFileSync(path.join(examples, 'manuscript.md'), 'utf8');
    const paragraphs = text.split(/\n\n+/).filter((p) => p.length > 80).slice(0, 12);
    const reused = buildLexicon(kb);
    for (const paragraph of paragraphs) recognizeEntities(paragraph, reused);
    for (const paragraph of [...paragraphs].reverse()) assert.deepEqual(recognizeEntities(paragraph, reused), recognizeEntities(paragraph, buildLexicon(kb)), paragraph.slice(0, 80));
    assert.ok(paragraphs.length >= 6 && paragraphs.some((p) => recognizeEntities(p, reused).length > 2));
  });
});
