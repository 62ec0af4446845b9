// Mentions a phrase implies (claims/impliedMentions.ts): each row's example is its test, a second wording of each
// is read alike, and the words alone, touching no cancer or tumour process, imply nothing.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { impliedMentions } from '../../src/core/claims/impliedMentions';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('implied mentions: each example', () => {
  for (const row of impliedMentions) {
    test(`${row.name}: ${row.example}`, () => assert.ok(claimsOf(row.example, kb).includes(row.reads), JSON.stringify(claimsOf(row.example, kb))));
  }
});

suite('implied mentions: other wordings', () => {
  test('"OS" is overall survival beside a level, a median or another survival abbreviation, and nothing else', () => {
    const reads = (text: string, claim: string) => assert.ok(claimsOf(text, kb).includes(claim), `${text}: ${JSON.stringify(claimsOf(text, kb))}`);
    reads('In the phase 3 trial, sorafenib prolonged median OS by nearly three months.', 'SORAFENIB increases OVERALL_SURVIVAL');
    reads('High STAT3 expression was linked to poorer OS in these patients.', 'STAT3 associated-with(negative) OVERALL_SURVIVAL');
    reads('Regorafenib lengthened OS and PFS after progression on sorafenib.', 'REGORAFENIB increases OVERALL_SURVIVAL');
    for (const text of ['OS cells treated with IL-6 proliferated faster.', 'IL-6 raised OS-derived cell growth in culture.']) assert.ok(!claimsOf(text, kb).some((c) => c.includes('OVERALL_SURVIVAL')), `${text}: ${JSON.stringify(claimsOf(text, kb))}`);
  });
  test('the onset (development) of a cancer is tumorigenesis there', () => {
    assert.ok(claimsOf('Blocking STAT3 slowed the development of gastric cancer in the treated animals.', kb).includes('STAT3 increases TUMORIGENESIS [ctx GASTRIC_CANCER]'), JSON.stringify(claimsOf('Blocking STAT3 slowed the development of gastric cancer in the treated animals.', kb)));
    assert.ok(claimsOf('IL-11 is a driver of breast cancer development.', kb).some((c) => /^IL11 \w+ TUMORIGENESIS \[ctx BREAST_CANCER\]/.test(c)), JSON.stringify(claimsOf('IL-11 is a driver of breast cancer development.', kb)));
  });

  test('"HCC development" and "the development of HCC" (once a row of mentionSenses, h-w3recall) read alike', () => {
    for (const sentence of ['IL-6 signalling fuels HCC development in the inflamed liver.', 'In the liver, IL-6 favours the development of HCC.', 'IL-6 favours the genesis of primary HCC.']) {
      assert.ok(claimsOf(sentence, kb).includes('IL6 promotes TUMORIGENESIS [ctx HCC]'), `${sentence}: ${JSON.stringify(claimsOf(sentence, kb))}`);
    }
  });

  test('the pathogenesis of a cancer is its tumorigenesis; of a disease the lexicon lacks, nothing', () => {
    for (const [sentence, reads] of [
      ['STAT3 signalling drives the pathogenesis of gastric cancer.', 'STAT3 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'],
      ['IL-6 plays a part in the pathogenesis of human HCC.', 'IL6 promotes TUMORIGENESIS [ctx HCC]'],
    ] as const) {
      assert.ok(claimsOf(sentence, kb).includes(reads), `${sentence}: ${JSON.stringify(claimsOf(sentence, kb))}`);
    }
    // GO's "pathogenesis" (a symbiont's effect on its host's cell death) is not the word's sense in this prose.
    assert.deepEqual(claimsOf('IL-6 contributes to the pathogenesis of rheumatoid arthritis.', kb), []);
    // "tumour pathogenesis" as a field of study ("unsolved issues in the study of tumour pathogenesis") is no actor.
    assert.deepEqual(claimsOf('Invasion is an unsolved issue in the study of tumour pathogenesis, and STAT3 takes part in invasion.', kb).filter((c) => c.startsWith('TUMORIGENESIS')), []);
  });

  test('an organ word before a tumour process names its cancer; a liver word keeps the liver finding', () => {
    assert.ok(claimsOf('IL-6 fosters colorectal tumorigenesis.', kb).includes('IL6 promotes TUMORIGENESIS [ctx COLORECTAL_CANCER]'), JSON.stringify(claimsOf('IL-6 fosters colorectal tumorigenesis.', kb)));
    assert.ok(claimsOf('IL-6 drives hepatic tumorigenesis.', kb).includes('IL6 promotes TUMORIGENESIS [ctx LIVER_CANCER]'));
  });

  test('the ability (capacity) to invade names the process, with or without the cells before "to"', () => {
    for (const [sentence, reads] of [
      ['IL-11 promoted their capacity to migrate.', /^IL11 \w+ CELL_MIGRATION/],
      ['STAT3 is required for the ability to invade.', /^STAT3 \w+ CELL_INVASION/],
    ] as const) {
      assert.ok(claimsOf(sentence, kb).some((c) => reads.test(c)), `${sentence}: ${JSON.stringify(claimsOf(sentence, kb))}`);
    }
  });

  test('cells that proliferate (migrate) name the process', () => {
    assert.ok(claimsOf('STAT3 is required for breast cancer cells to migrate.', kb).some((c) => /^STAT3 \w+ CELL_MIGRATION \[ctx BREAST_CANCER\]/.test(c)), JSON.stringify(claimsOf('STAT3 is required for breast cancer cells to migrate.', kb)));
  });

  test('the same words touching no cancer, and a cancer named by its organ, imply nothing more', () => {
    assert.deepEqual(claimsOf('IL-6 guides the development of the liver.', kb).filter((c) => c.includes('TUMORIGENESIS')), []);
    assert.deepEqual(claimsOf('IL-6 raised STAT3 in gastric cancer.', kb), ['IL6 increases STAT3 [ctx GASTRIC_CANCER]']);
  });
});

suite('implied mentions: the organ of the cells after a tumour process', () => {
  test('"the tumorigenesis of bladder cells" names bladder cancer as the place; cells of no organ name none', () => {
    assert.deepEqual(claimsOf('Loss of IL-6 slowed the tumorigenesis of bladder cells.', kb), ['IL6 increases TUMORIGENESIS [ctx DOID_11054]']);
    assert.deepEqual(claimsOf('IL-6 drives the tumorigenesis of these cells.', kb), ['IL6 promotes TUMORIGENESIS']);
  });
});
