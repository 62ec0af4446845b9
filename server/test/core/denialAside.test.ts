// Issue 7, stop 55 (h-aside55): a denial inside a bounded aside qualifies the predicate, it does not deny it
// (claims/denialAside.ts). Each qualifying example keeps its claim and is supported; each true denial is not.
// A rival set aside keeps the subject. Sentences are our own.
import { denialAsideExamples } from '../../src/core/claims/denialAside';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertNotSupported, assertReading, bundledKb } from './helpers';

suite('a denial inside a bounded aside (denialAside.ts, stop 55)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  for (const { text, claim } of denialAsideExamples.qualifies) test(`qualifies: ${text}`, () => assertReading(kb, text, 'supported', claim));
  for (const text of denialAsideExamples.denies) test(`denies: ${text}`, () => assertNotSupported(kb, text));
  test('a rival set aside keeps the subject', () => assertReading(kb, 'IL-11, not IL-6, raised STAT3 phosphorylation in MDA-MB-231 cells.', 'supported', 'IL11 increases STAT3'));
});
