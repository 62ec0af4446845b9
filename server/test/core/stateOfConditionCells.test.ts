// Sensitivity to treatment named by a class noun, and the state of cells that live in a condition (issue 7, stop 35).
// "Hypoxic tumour cells are sensitive to anticancer therapy", "cells residing in hypoxic regions are known to be
// resistant to chemotherapy": the recognizer names "sensitive to <kind of> therapy/drugs" as drug sensitivity (the
// mirror of its resistance phrase, entities/recognize.ts), drug sensitivity is the opposite of drug resistance and the
// parent of chemosensitivity (kb/inference.ts oppositeTreatmentOutcomes, the lexicon's parents), and the frame
// cells-in-condition-named-state (claims/frames.ts) gives the condition the cells' state. A finding that hypoxia raises
// chemoresistance then contradicts a claim that hypoxic cells are sensitive to treatment. Our own sentences.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const read = (text: string) => claimsAndVerdict(text, kb);

suite('sensitivity to a kind of treatment is named, and is resistance turned round', () => {
  const named: [phrase: string, id: string][] = [
    ['sensitive to anticancer therapy', 'DRUG_SENSITIVITY'],
    ['sensitivity to conventional treatments', 'DRUG_SENSITIVITY'],
    ['susceptible to many cytotoxic drugs', 'DRUG_SENSITIVITY'],
    ['sensitive to standard chemotherapies', 'CHEMOSENSITIVITY'],
  ];
  for (const [phrase, id] of named) {
    test(phrase, () => {
      const mentions = recognizeEntities(`Tumour cells are ${phrase}.`, lexiconOf(kb));
      assert.ok(mentions.some((m) => m.entityId === id && m.text === phrase), JSON.stringify(mentions));
    });
  }
  test('a named drug after "to" is left to the drug readings', () => {
    const mentions = recognizeEntities('Tumour cells are sensitive to sorafenib.', lexiconOf(kb));
    assert.ok(!mentions.some((m) => m.entityId === 'DRUG_SENSITIVITY'), JSON.stringify(mentions));
  });
});

suite('cells in a condition said to be resistant or sensitive to treatment', () => {
  const cases: [form: string, sentence: string, claim: string, verdict: string][] = [
    ['adjective on the cells, sensitive', 'Hypoxic tumour cells are sensitive to anticancer therapy.', 'HYPOXIA promotes DRUG_SENSITIVITY [ctx CANCER]', 'contradicted'],
    ['cells residing in regions, long known, resistant', 'Tumour cells residing in hypoxic regions have long been known to be resistant to chemotherapy.', 'HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]', 'supported'],
    ['cells in environments, reported, sensitive', 'Tumor cells in hypoxic environments are known to be sensitive to anticancer drugs.', 'HYPOXIA promotes DRUG_SENSITIVITY [ctx CANCER]', 'contradicted'],
    ['cells existing in environments, plain copula', 'Cells existing in hypoxic environments are sensitive to anticancer therapy.', 'HYPOXIA promotes DRUG_SENSITIVITY', 'contradicted'],
    ['cells under conditions, past, resistant to a kind of drug', 'Cancer cells under hypoxic conditions were resistant to conventional drugs.', 'HYPOXIA promotes DRUG_RESISTANCE [ctx CANCER]', 'supported'],
  ];
  for (const [form, sentence, claim, verdict] of cases) {
    test(form, () => {
      const r = read(sentence);
      assert.ok(r.claims.includes(claim), `${sentence}\n${r.claims.join('\n')}`);
      assert.equal(r.verdict, verdict, sentence);
    });
  }
});

suite('near misses stay unsupported', () => {
  const cases: [form: string, sentence: string][] = [
    // Another agent: the library has no finding that IL-11 changes sensitivity to treatment.
    ['another agent', 'IL-11 makes breast tumour cells sensitive to anticancer drugs.'],
    // A named drug: the library's hypoxia finding is on chemotherapy, not on sorafenib.
    ['a named drug', 'Tumour cells living in hypoxic regions are sensitive to sorafenib.'],
    // No verb of being: cells in a condition that express something are no state of the condition's.
    ['no state said', 'Tumour cells in hypoxic regions express IL-11.'],
  ];
  for (const [form, sentence] of cases) {
    test(form, () => {
      const v = read(sentence).verdict;
      assert.ok(v !== 'supported' && v !== 'contradicted', `${sentence}: ${v}`);
    });
  }
});
