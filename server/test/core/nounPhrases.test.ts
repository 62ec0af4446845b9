// A mention's noun phrase (claims/nounPhrases.ts): the premodifiers and head noun the chunker reads around an
// entity's words, input -> output in our own words. Each case names the sentence, the entity's words as written,
// and the phrase the sentence builds on it with its head noun after a bar.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { nounPhraseAt } from '../../src/core/claims/nounPhrases';
import { tokenize } from '../../src/core/claims/tokens';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { bundledKb, claimsOf } from './helpers';

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
  // A knockout mark after a second name keeps the phrase going to its noun.
  ['STAT3-deficient Mdr2-/- mice developed liver tumours sooner.', 'STAT3', 'STAT3-deficient Mdr2-/- mice|mice'],
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

// What the readers make of a sentence once they step over a mention's whole phrase, in our own words: each reading
// twice, worded differently, with the phrase's head noun varied.
const readings: [what: string, sentence: string, claims: string[]][] = [
  // A predicate after "and" shares the clause's subject past the displaced subject's phrase (coordinatedPredicate.ts).
  // (The named cancer of the first predicate is the second's setting too when it names none: coordinatedPredicate.ts, stop 34.)
  ['"and" after a cell-line phrase', 'IL-11 is secreted by OSCC cell lines and suppresses cell migration.', ['IL11 suppresses CELL_MIGRATION [ctx OSCC]', 'OSCC associated-with(positive) IL11']],
  ['"and" after a specimen phrase', 'Vimentin is raised in gastric cancer tissue specimens and is involved in metastasis.', ['GASTRIC_CANCER associated-with(positive) VIM [ctx PATIENT_TISSUE]', 'VIM promotes METASTASIS [ctx GASTRIC_CANCER]']],
  // Cells named by what was done to them before their place: the agent, not the place, is the frame's subject.
  ['a treatment before a cell line', 'IL-11-treated MDA-MB-231 cells showed enhanced cell migration.', ['IL11 increases CELL_MIGRATION [ctx MDA_MB_231]']],
  ['a stimulus before a cancer\'s cell lines', 'IL-6-stimulated HCC cell lines showed increased STAT3 phosphorylation.', ['IL6 increases STAT3 [ctx HCC]']],
  // The verb reader too: the treatment before the place is the subject of a relation verb.
  ['a treatment before a cancer\'s cells, with a relation verb', 'IL-11-treated OSCC cells upregulated STAT3 phosphorylation.', ['IL11 upregulates STAT3 [ctx OSCC]']],
  ['a stimulus before a cell line, with a relation verb', 'IL-6-stimulated Huh7 cells increased vimentin expression.', ['IL6 increases VIM [ctx CELL_HUH7]']],
  // ... and a loss named there is a loss: the change turns round.
  ['a deficiency before a cancer\'s cells', 'IL-6-deficient HCC cells showed reduced STAT3 phosphorylation.', ['IL6 increases STAT3 [ctx HCC]']],
  ['a knockdown before a cancer\'s cells', 'STAT3-knockdown HCC cells showed decreased vimentin expression.', ['STAT3 increases VIM [ctx HCC]']],
  ['an overexpression before a cancer\'s cells', 'IL-11-overexpressing OSCC cells showed enhanced migration.', ['IL11 increases CELL_MIGRATION [ctx OSCC]']],
  // A hyphenated cause before a place says which cells it acted on: no claim that it acts on the disease.
  ['a cause before the cells of a place (object side)', 'NT157 reduced STAT3 phosphorylation in IL-6-stimulated HCC cell lines.', ['NT157 decreases STAT3 [ctx HCC]']],
  ['a cause before the cells of a place (subject side)', 'IL-11-stimulated OSCC cells showed enhanced migration.', ['IL11 increases CELL_MIGRATION [ctx OSCC]']],
  // Treated cells are any phrase whose head names cells (treatedCells.ts).
  ['treated cell lines', 'Hypoxia-exposed OSCC cell lines secreted more IL-11.', ['HYPOXIA increases IL11 [ctx OSCC]']],
  ['treated cultures', 'Hypoxia-exposed OSCC cultures released more IL-11.', ['HYPOXIA increases IL11 [ctx OSCC]']],
  // A name before the cells' place on the object side says which cells: no object of the verb.
  // (The drug the cells resist is their condition, as for drug-treated cells: roles.ts, stop 40.)
  ['a resistance before a cancer\'s cells', 'IL-6 lowered vimentin expression in sorafenib-resistant HCC cells.', ['IL6 decreases VIM [ctx HCC,SORAFENIB]']],
  ['a loss before a cancer\'s cells', 'IL-11 promoted the invasion of STAT3-deficient OSCC cells.', ['IL11 promotes CELL_INVASION [ctx OSCC]']],
  // Changes measured in treated cells, whatever the cells' phrase holds (frontedChanges.ts).
  ['changes in treated cell lines', 'STAT3 phosphorylation rose in IL-6-treated HCC cell lines, whereas vimentin fell.', ['IL6 decreases VIM [ctx HCC]', 'IL6 increases STAT3 [ctx HCC]']],
  ['changes in stimulated cultures', 'STAT3 phosphorylation rose in IL-6-stimulated Huh7 cultures, whereas vimentin fell.', ['IL6 decreases VIM [ctx CELL_HUH7]', 'IL6 increases STAT3 [ctx CELL_HUH7]']],
  // ... but not when a passive names its own agent: the treatment is then only where it acted.
  ['a passive\'s agent in treated cell lines', 'Vimentin expression was blocked by STAT3 inhibition in IL-6-treated HCC cell lines.', ['STAT3 activates VIM [ctx HCC]']],
  ['a passive\'s agent in treated cells', 'Cell migration was abolished by STAT3 inhibition in IL-11-treated OSCC cell lines.', ['STAT3 activates CELL_MIGRATION [ctx OSCC]']],
  // A manipulated group is any phrase whose head names the cells or the group (manipulatedGroup.ts).
  ['a knockdown group of cell lines', 'In STAT3-silenced HCC cell lines, vimentin expression decreased.', ['STAT3 increases VIM [ctx HCC]']],
  ['a depleted line\'s cell lines', 'In vimentin-depleted MDA-MB-231 cell lines, Snail mRNA levels rose.', ['VIM decreases NCBIGENE_6615 [ctx MDA_MB_231]']],
  // A normal line is a control past its whole phrase (roles.ts).
  ['a normal line\'s cell lines beside a cancer', 'IL-6 raised growth in normal L-02 cell lines and HCC cells.', ['IL6 increases CELL_GROWTH [ctx HCC]']],
];

suite('noun phrases: the readers step over the whole phrase', () => {
  for (const [what, sentence, claims] of readings) {
    test(`${what}: ${sentence}`, () => {
      assert.deepEqual(claimsOf(sentence, kb), [...claims].sort());
    });
  }

  test('a drug named after a loss word is still its agent ("the IGF-1R inhibitor NT157")', () => {
    assert.deepEqual(claimsOf('The IGF-1R inhibitor NT157 lowered STAT3 phosphorylation.', kb), ['NT157 decreases STAT3']);
  });

  test('a drug the cells resist did not make the change', () => {
    assert.ok(!claimsOf('Sorafenib-resistant HCC cells showed increased IL-6 secretion.', kb).some((c) => c.startsWith('SORAFENIB ')));
  });
});
