// Journals set compound modifiers with an en dash ("IL-6–induced", "STAT3–dependent"), and write names with a
// bracketed abbreviation inside ("Interleukin (IL)-6 family"): both read as their plain spellings do (issue 7).
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { tokenize } from '../../src/core/claims/tokens';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

/** The tokens of a sentence, each as its text with "-" before it when a hyphen ties it to the one before. */
function tied(sentence: string): string[] {
  const mentions = recognizeEntities(sentence, lexiconOf(kb));
  return tokenize(sentence, 0, sentence.length, mentions).map((t) => (t.hyphenBefore ? '-' : '') + t.text);
}

function claims(sentence: string): string[] {
  const analysis = analyzeDocument('plaintext', sentence, kb);
  return analysis.sentences.flatMap((s) => s.claims.map((c) => `${c.claim.subject.entityId} ${c.claim.relation} ${c.claim.object.entityId}`));
}

suite('en dash in a compound modifier after a name', () => {
  test('ties the participle or adjective to the name, as a hyphen does', () => {
    const cases: [string, string][] = [
      ['Tocilizumab lowered IL-6–induced STAT3 activity in liver cancer cells.', '-induced'],
      ['Silencing gp130 reduced IL-11–mediated invasion of gastric cancer cells.', '-mediated'],
      ['We saw STAT3–dependent MMP-9 expression in every line tested.', '-dependent'],
      ['Hepatocytes showed IL-6–driven growth.', '-driven'],
    ];
    for (const [sentence, word] of cases) {
      assert.ok(tied(sentence).includes(word), `${sentence}: ${tied(sentence).join(' ')}`);
      assert.deepEqual(tied(sentence), tied(sentence.replace('–', '-')), sentence);
    }
  });

  test('a range stays a range and two names stay two names', () => {
    // "10–20": numbers, not a name and its modifier; "IL-6–IL-6R": the second name is not tied (nor is it by "-").
    assert.deepEqual(tied('IL-6 at 10–20 ng/ml was added for 24 h.').filter((t) => t.startsWith('-')), []);
    assert.deepEqual(tied('The IL-6–IL-6R complex bound gp130 on the cell surface.').filter((t) => t.startsWith('-')), []);
    // A spaced dash is a dash: "IL-6 – induced by hypoxia – raised STAT3" ties nothing.
    assert.deepEqual(tied('IL-6 – induced by hypoxia – raised STAT3 levels.').filter((t) => t.startsWith('-')), []);
  });

  test('the compound reads as the hyphenated one does', () => {
    const pairs = [
      'Celecoxib may block exogenous IL-6–induced STAT3 activation in hepatoma cells.',
      'Stattic abolished STAT3–dependent MMP-9 expression in our cells.',
    ];
    for (const sentence of pairs) {
      assert.deepEqual(claims(sentence), claims(sentence.replace('–', '-')), sentence);
      assert.ok(claims(sentence).length > 0, sentence);
    }
    assert.ok(claims(pairs[0]).includes('DRUG_CELECOXIB inhibits STAT3'), claims(pairs[0]).join('; '));
  });
});

suite('a minus sign (U+2212) in a compound modifier after a name, as text pasted from a PDF sets it', () => {
  test('ties the word to the name and reads as the hyphenated compound does', () => {
    const sentences = [
      'Knocking down IL-11 cut STAT3\u2212dependent invasion of breast tumour cells.',
      'An antibody to IL-6R weakened IL-6\u2212driven STAT3 activity in hepatoma cells.',
      'Our mice lacked IL-6\u2212producing macrophages.',
    ];
    for (const sentence of sentences) {
      assert.ok(tied(sentence).some((t) => /^-(dependent|driven|producing)$/.test(t)), `${sentence}: ${tied(sentence).join(' ')}`);
      assert.deepEqual(claims(sentence), claims(sentence.replace('\u2212', '-')), sentence);
    }
    // (Before, "STAT3\u2212dependent invasion" made STAT3 an object of its own: IL-11 raising STAT3.)
    assert.ok(!claims(sentences[0]).includes('IL11 increases STAT3'), claims(sentences[0]).join('; '));
  });

  test('a minus before a slash or a number is no tie', () => {
    assert.deepEqual(tied('STAT3\u2212/\u2212 mice were bred for the study.').filter((t) => t.startsWith('-')), []);
    assert.deepEqual(tied('IL-6 at 10\u221220 ng/ml was added for a day.').filter((t) => t.startsWith('-')), []);
  });
});

suite('a bracketed abbreviation inside a name', () => {
  const mentions = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => `${m.entityId}:${m.text}`);

  test('is passed over, so the name goes on after it', () => {
    assert.deepEqual(mentions('Interleukin (IL)-6 family cytokines signal through gp130.').slice(0, 1), ['IL6_FAMILY:Interleukin (IL)-6 family']);
    assert.deepEqual(mentions('In these samples the interleukin (IL)-6 family members were all raised.'), ['IL6_FAMILY:interleukin (IL)-6 family']);
    assert.deepEqual(claims('Interleukin (IL)-6 family cytokines activate STAT3 in hepatocytes.'), claims('IL-6 family cytokines activate STAT3 in hepatocytes.'));
  });

  test('the name alone is still the name', () => {
    assert.deepEqual(mentions('Interleukin (IL)-11 was raised in the serum.'), ['IL11:Interleukin (IL)-11']);
    assert.deepEqual(mentions('Interleukin (IL)-6 levels fell after surgery.'), ['IL6:Interleukin (IL)-6']);
  });

  test('a bracketed word that is not the name\'s abbreviation is not passed over', () => {
    // "(HCC)" does not begin with the name's first letter, and "(Fig)" is not capitals: neither joins what follows.
    assert.ok(!mentions('Interleukin (HCC)-6 family').some((m) => m.startsWith('IL6')));
    assert.ok(!mentions('Interleukin (Fig)-6 family cytokines').some((m) => m.startsWith('IL6_FAMILY')));
  });
});
