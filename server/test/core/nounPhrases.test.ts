// A mention's noun phrase (claims/nounPhrases.ts): the premodifiers and head noun the chunker reads around an
// entity's words, input -> output in our own words. Each case names the sentence, the entity's words as written,
// and the phrase the sentence builds on it with its head noun after a bar.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { nounPhraseAt } from '../../src/core/claims/nounPhrases';
import { tokenize } from '../../src/core/claims/tokens';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

/** "<phrase>|<head>" for the mention written `name` in `sentence`. */
function phraseOf(sentence: string, name: string): string {
  const mentions = recognizeEntities(sentence, lexiconOf(kb), new Map());
  const tokens = tokenize(sentence, 0, sentence.length, mentions);
  const i = tokens.findIndex((t) => t.kind === 'entity' && t.text === name);
  assert.ok(i >= 0, `no mention "${name}" in: ${mentions.map((m) => m.text).join(', ')}`);
  const phrase = nounPhraseAt(tokens, i);
  return `${sentence.slice(tokens[phrase.from].start, tokens[phrase.to - 1].end)}|${tokens[phrase.head].text}`;
}

const cases: [sentence: string, name: string, phrase: string][] = [
  ['Tumour cells released more IL-11 under low oxygen.', 'Tumour', 'Tumour cells|cells'],
  ['We measured IL-11 in HCC tissues by ELISA.', 'HCC', 'HCC tissues|tissues'],
  ['Three OSCC cell lines were used for the assays.', 'OSCC', 'Three OSCC cell lines|lines'],
  ['HCC patients received sorafenib after resection.', 'HCC', 'HCC patients|patients'],
  ['Gastric cancer samples were collected at surgery.', 'Gastric cancer', 'Gastric cancer samples|samples'],
  ['Nuclear STAT3 protein levels rose within hours.', 'STAT3', 'Nuclear STAT3 protein levels|levels'],
  ['The IL-6/STAT3 axis keeps these tumours alive.', 'IL-6/STAT3 axis', 'The IL-6/STAT3 axis|IL-6/STAT3 axis'],
  ['Vimentin levels fell after the treatment.', 'Vimentin', 'Vimentin levels|levels'],
  ['IL-11 expression was higher in tumours.', 'IL-11', 'IL-11 expression|expression'],
  ['IL-11-treated MDA-MB-231 cells migrated faster.', 'MDA-MB-231', 'IL-11-treated MDA-MB-231 cells|cells'],
  ['Sorafenib-resistant HCC cells grew faster than parental ones.', 'HCC', 'Sorafenib-resistant HCC cells|cells'],
  ['IL-11 is secreted by tumour cells and suppresses migration.', 'tumour', 'tumour cells|cells'],
  // The entity is the head: a verb after it is no part of its phrase.
  ['IL-11 activated STAT3 in these cells.', 'IL-11', 'IL-11|IL-11'],
  ['Stromal fibroblasts secreted IL-6 and IL-11.', 'IL-6', 'IL-6|IL-6'],
];

suite('noun phrases: a mention and the phrase built on it', () => {
  for (const [sentence, name, phrase] of cases) {
    test(`${name} in "${sentence}"`, () => {
      assert.equal(phraseOf(sentence, name), phrase);
    });
  }

  test('tokens no tokenize call made are a phrase of one token each', () => {
    const sentence = 'Tumour cells released IL-11.';
    const tokens = tokenize(sentence, 0, sentence.length, recognizeEntities(sentence, lexiconOf(kb), new Map())).slice();
    assert.deepEqual(nounPhraseAt(tokens, 0), { from: 0, to: 1, head: 0 });
  });
});
