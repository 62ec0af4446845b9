// Issue 7, stop 36: contradicted claims read as mechanisms. Sentences of our own, three or more surface forms per
// class: a classification read as a direction (claims/kindAsDirection.ts, kb/inference.ts contraryKin), a fall undone
// (claims/undoneFall.ts), a gerund's sign kept to its own object (extract.ts rightBoundary, anchored.ts
// listMemberPhrase), a verb of the cells' own after "and" (extract.ts ownPredicateVerbs), and the shapes that must not
// contradict (a denied or doubted classification, an apposition, a negated other clause).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertReading, bundledKb, verdictAndTriples } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const read = (text: string) => verdictAndTriples(text, kb);
const has = (text: string, triple: string, verdict: string): void => assertReading(kb, text, verdict, triple);
const notContradicted = (text: string): void => {
  const got = read(text);
  assert.notEqual(got.verdict, 'contradicted', `${text}\n${JSON.stringify(got.claims)}`);
};

suite('a classification read as a direction', () => {
  test('a tumour suppressor, as a noun, an adjective, the effects it exerts, a nominal', () => {
    has('In many carcinomas STAT3 behaves as a tumor suppressor gene.', 'STAT3 inhibits TUMORIGENESIS', 'contradicted');
    has('Under some conditions STAT3 is strongly tumour-suppressive.', 'STAT3 inhibits TUMORIGENESIS', 'contradicted');
    has('Recent work suggests that STAT3 may also display tumour-suppressing activity in solid tumours.', 'STAT3 inhibits TUMORIGENESIS', 'contradicted');
    has('Cancer-associated fibroblasts possess tumour-restraining properties in hepatocellular carcinoma.', 'CAF inhibits TUMORIGENESIS', 'contradicted');
    has('The tumour-inhibitory role of CAFs was unexpected in liver cancer.', 'CAF inhibits TUMORIGENESIS', 'contradicted');
  });
  test('nominal effects named on a target of their own are no classification of X', () => {
    for (const text of ['The drug blunted the tumour-suppressive effects of STAT3 on migration of HCC cells.', 'The inhibitor attenuates the oncogenic effects of IL-6 (in vitro) on invasion.']) {
      const got = read(text);
      assert.ok(!got.claims.some((c) => c.includes('TUMORIGENESIS')), `${text}\n${JSON.stringify(got.claims)}`);
    }
    has('The tumour-inhibitory role of CAFs was unexpected in liver cancer.', 'CAF inhibits TUMORIGENESIS', 'contradicted');
  });
  test('an oncogene backs nothing: onset is not progression (contraryKin contradicts only)', () => {
    const got = read('STAT3 acts as an oncogene.');
    assert.ok(got.claims.includes('STAT3 promotes TUMORIGENESIS'), JSON.stringify(got.claims));
    assert.notEqual(got.verdict, 'supported');
  });
  test('anti-inflammatory effects, actions, properties; both pro- and anti-', () => {
    has('IL-6 exerts potent anti-inflammatory effects.', 'IL6 inhibits INFLAMMATION', 'contradicted');
    has('Interleukin-6 has anti-inflammatory actions in the liver.', 'IL6 inhibits INFLAMMATION', 'contradicted');
    has('IL-6 is a multifunctional cytokine with anti-inflammatory properties.', 'IL6 inhibits INFLAMMATION', 'contradicted');
    const both = read('IL-6 shows both pro- and anti-inflammatory activities.');
    assert.ok(both.claims.includes('IL6 promotes INFLAMMATION') && both.claims.includes('IL6 inhibits INFLAMMATION'), JSON.stringify(both.claims));
  });
  test('a growth inhibitor of tumour cells', () => {
    has('IL-6 acts as a growth inhibitor of hepatoma cells.', 'IL6 inhibits CELL_GROWTH', 'contradicted');
    has('For liver cancer cells IL-6 is growth-inhibitory.', 'IL6 inhibits CELL_GROWTH', 'contradicted');
    has('IL-11 has growth-suppressive effects on tumour cells.', 'IL11 inhibits CELL_GROWTH', 'contradicted');
  });
  test('denied, doubted, asked or said in apposition: no contradiction', () => {
    notContradicted('STAT3 is not a tumour suppressor in these cells.');
    notContradicted('It is unlikely that STAT3 acts as a tumour suppressor.');
    notContradicted('Whether IL-6 has anti-inflammatory effects in the liver remains unclear.');
    notContradicted('STAT3, a tumour suppressor in some tissues, raises MMP-9 in cancer.');
    notContradicted('IL-6 does not only have pro-inflammatory effects but also drives HCC.');
    notContradicted('The anti-tumorigenic role of IL-6 is the promotion of antitumour immunity.');
  });
});

suite('a doubt about a finding is no claim of it', () => {
  test('"it is not clear (uncertain) that X lowers Y": a question, never contradicted', () => {
    for (const text of ['It is not clear that IL-6 reduces sorafenib resistance.', 'It is uncertain that hypoxia lowers IL-11 in tumours.', 'It was by no means evident that STAT3 lowers MMP-9 in tumours.']) {
      assert.equal(read(text).verdict, 'out-of-scope', text);
    }
    assert.equal(read('It is clear that IL-6 promotes sorafenib resistance in HCC.').verdict, 'supported');
  });
});

suite('a fall undone', () => {
  test('the lowered process restored, reversed or rescued by an agent is raised by it', () => {
    has('In these animals the delayed liver regeneration was fully restored by IL-6 supplementation.', 'IL6 increases LIVER_REGENERATION', 'supported');
    has('The decreased invasion of the cells was reversed by IL-11.', 'IL11 promotes CELL_INVASION', 'supported');
    has('IL-11 rescued the diminished migration of the cells.', 'IL11 promotes CELL_MIGRATION', 'supported');
    has('Mice lacking IL-6 had impaired liver regeneration which was corrected by recombinant IL-6.', 'IL6 increases LIVER_REGENERATION', 'supported');
    has('The impaired liver regeneration of these mice was corrected by IL-6.', 'IL6 promotes LIVER_REGENERATION', 'supported');
  });
  test('a raised process reversed stays a fall; a loss that undoes a fall holds the process back', () => {
    has('The enhanced invasion was reversed by NT157.', 'NT157 inhibits CELL_INVASION', 'unsupported');
    has('The reduced invasion was restored by STAT3 knockdown.', 'STAT3 decreases CELL_INVASION', 'contradicted');
    has('The reduced invasion was reversed by STAT3 knockdown.', 'STAT3 suppresses CELL_INVASION', 'contradicted');
  });
});

suite('a gerund keeps its sign to its own object', () => {
  test('a later member that repeats the preposition is not the gerund\'s', () => {
    notContradicted('STAT3 is involved in preventing apoptosis and in invasion.');
    notContradicted('STAT3 takes part in blocking apoptosis and in angiogenesis.');
    notContradicted('IL-11 contributes to suppressing apoptosis and to metastasis.');
    notContradicted('In cancer STAT3 is involved in growth and inhibiting apoptosis, and in invasion and angiogenesis.');
  });
  test('a verb of the cells\' own after "and" opens its own predicate', () => {
    notContradicted('Exposed to IL-11, breast cancer cells switch off E-cadherin and acquire vimentin.');
    notContradicted('Under hypoxia the cells lower E-cadherin and gain N-cadherin.');
    notContradicted('IL-11 represses E-cadherin and cells then display vimentin.');
  });
  test('present-tense genotype groups: "X-/- mice show impaired Y"', () => {
    has('IL-6-/- mice show impaired liver regeneration.', 'IL6 increases LIVER_REGENERATION', 'supported');
    has('IL-6-/- animals display reduced liver regeneration.', 'IL6 increases LIVER_REGENERATION', 'supported');
    has('IL-6-/- mice have lower liver regeneration.', 'IL6 increases LIVER_REGENERATION', 'supported');
  });
  test('more adjectives of a measured state after a knockout group', () => {
    has('IL-6 knockout mice display defective liver regeneration.', 'IL6 increases LIVER_REGENERATION', 'supported');
    has('IL-6-/- animals had delayed liver regeneration.', 'IL6 increases LIVER_REGENERATION', 'supported');
    has('IL-6-null mice exhibited accelerated liver regeneration.', 'IL6 decreases LIVER_REGENERATION', 'contradicted');
  });
});
