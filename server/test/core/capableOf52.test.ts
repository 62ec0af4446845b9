// Issue 7, stop 52 (h-recA52): "X is capable of V-ing Y" says what "X is able to V Y" says. The gerund after "capable
// of" is the sentence's verb and X its subject (subjects.ts skipBack, `capableWords`); "incapable of" and "not capable
// of" deny it (extract.ts isNegated). Before, the gerund had no subject and only a pair the library links was read,
// and not when the gerund stood in a chunk of its own ("capable of promoting the invasion of ..."). Our own sentences.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertNotSupported, assertReading, bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = await bundledKb();
});

suite('capable of a gerund (stop 52)', () => {
  test('the gerund is the subject\'s verb: its objects, each member of a list (a backed member first)', () => {
    assert.deepEqual(claimsOf('STAT3 is capable of promoting the proliferation and invasion of tumour cells.', kb), ['STAT3 promotes CELL_INVASION [ctx CANCER]', 'STAT3 promotes CELL_PROLIFERATION [ctx CANCER]']);
    assertReading(kb, 'STAT3 is capable of promoting the proliferation and invasion of tumour cells.', 'supported', 'STAT3 promotes CELL_INVASION');
    assertReading(kb, 'IL-11 is capable of inducing the invasion of breast cancer cells.', 'supported', 'IL11 induces CELL_INVASION');
    assertReading(kb, 'NT157 is capable of blocking STAT3 phosphorylation in liver cancer cells.', 'supported', 'NT157 inhibits STAT3');
    assertReading(kb, 'IL-6 is capable of inducing IGF-1 expression in hepatocellular carcinoma.', 'supported', 'IL6 induces IGF1');
  });

  test('the opposite direction contradicts; a denied capacity is a denial', () => {
    assertReading(kb, 'STAT3 is capable of suppressing the invasion of tumour cells.', 'contradicted', 'STAT3 suppresses CELL_INVASION');
    assertReading(kb, 'NT157 is capable of raising STAT3 phosphorylation in liver cancer cells.', 'contradicted', 'NT157 increases STAT3');
    assertReading(kb, 'STAT3 is incapable of promoting the invasion of tumour cells.', 'contradicted', 'STAT3 promotes CELL_INVASION');
    assertReading(kb, 'STAT3 is not capable of promoting the invasion of tumour cells.', 'contradicted', 'STAT3 promotes CELL_INVASION');
  });

  test('near misses: an unbacked pair, another cancer, cells capable of a process', () => {
    // The library has no finding of STAT3 on proliferation, nor of sorafenib on invasion.
    assertReading(kb, 'STAT3 is capable of promoting the proliferation of cancer cells.', 'unsupported', 'STAT3 promotes CELL_PROLIFERATION');
    assertNotSupported(kb, 'Sorafenib is capable of promoting the invasion of tumour cells.');
    // The finding is in liver cancer; gastric cancer is another place.
    assertNotSupported(kb, 'IL-6 is capable of inducing IGF-1 expression in gastric cancer.');
    assertNotSupported(kb, 'IL-6 is capable of promoting the invasion of pancreatic cancer cells.');
    // Cells capable of a process: no agent does anything to it.
    assert.deepEqual(claimsOf('Tumour cells capable of invading the stroma expressed high STAT3.', kb), []);
  });
});
