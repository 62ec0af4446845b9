// Compounds the lexicon does not know (core/entities/compounds.ts) and the abstract's main agent named again
// by "the inhibitor", "this compound" or "It" (core/kb/abstracts.ts). Abstracts and compound names here are
// made up for these tests, one construction each.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readAbstract } from '../../src/core/kb/abstracts';
import { compoundEntity, compoundId } from '../../src/core/entities/compounds';
import { ClaimLensService } from '../../src/core/service';
import { kbFromFiles } from './helpers';

const entitiesFile = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8');
const lexicon = ['entities.json', entitiesFile] as const;

function paper(abstract: string, title = 'A study') {
  return { key: 'x', title, abstract, authors: null, journal: null, year: null, volume: null, issue: null, pages: null, doi: null, pmid: null, keywords: [], summary: null };
}

// The lexicon is built once for these tests (its first build is slow on a busy machine).
let shared: ReturnType<typeof kbFromFiles> | undefined;

async function reader() {
  const { kb } = await (shared ??= kbFromFiles([lexicon]));
  return (abstract: string, title?: string) => readAbstract(paper(abstract, title), kb).map((f) => `${f.subject} ${f.relation} ${f.object}`);
}

suite('compounds the lexicon does not know', () => {
  suiteSetup(async function () {
    this.timeout(30000);
    await reader();
  });

  test('a development code is a compound wherever it stands, with or without its hyphen', async () => {
    const read = await reader();
    assert.deepEqual(read('In gastric cancer cells, QZ-4471 reduced vimentin expression.'), ['COMPOUND_QZ4471 decreases VIM']);
    assert.equal(compoundId('QZ-4471'), compoundId('QZ4471'));
    assert.equal(compoundEntity('COMPOUND_QZ4471')?.name, 'QZ4471');
  });

  test('a code followed by "cells" is a cell line, not a compound', async () => {
    const read = await reader();
    assert.deepEqual(read('QZ-4471 cells expressed less vimentin. QZ-4471 reduced vimentin expression.'), []);
  });

  test('an unknown name in a treatment\'s place is a compound: "treatment with X", "X-treated", "X (10 μM)"', async () => {
    const read = await reader();
    assert.deepEqual(read('Treatment with gorvanolide reduced vimentin expression in colon cancer cells.'), ['COMPOUND_GORVANOLIDE decreases VIM']);
    assert.deepEqual(read('Tessaridine (5 μM) lowered Snail levels.'), ['COMPOUND_TESSARIDINE decreases NCBIGENE_6615']);
    assert.deepEqual(read('E-cadherin rose in tessaridine-treated cells. Tessaridine also reduced Snail levels.'), ['COMPOUND_TESSARIDINE increases CDH1', 'COMPOUND_TESSARIDINE decreases NCBIGENE_6615']);
  });

  test('the same word outside a treatment\'s place, or an English word in it, is no compound', async () => {
    const read = await reader();
    assert.deepEqual(read('Gorvanolide reduced vimentin expression.'), []);
    assert.deepEqual(read('Treatment with saline reduced vimentin expression.'), []);
  });

  test('an apposition names the compound, and its abbreviation names it too', async () => {
    const read = await reader();
    assert.deepEqual(read('Gorvanolide (GVL), a sesquiterpene compound from a plant, is studied here. GVL suppressed Snail expression.'), ['COMPOUND_GORVANOLIDE suppresses NCBIGENE_6615']);
    assert.deepEqual(read('The NF-κB inhibitor pyrrodimine carbazate lowered MMP-9 expression.'), ['COMPOUND_PYRRODIMINE_CARBAZATE decreases MMP9', 'NFKB increases MMP9']);
  });

  test('an extract named by its source is one compound', async () => {
    const read = await reader();
    assert.deepEqual(read('Northern Pine Bark extract reduced MMP-9 expression in colon cancer cells.'), ['COMPOUND_NORTHERN_PINE_BARK_EXTRACT decreases MMP9']);
  });

  test('the subject of a title\'s verb with a chemical name is a compound', async () => {
    const read = await reader();
    assert.deepEqual(read('Gorvanolide reduced vimentin expression.', 'Gorvanolide blocks EMT in colon cancer'), ['COMPOUND_GORVANOLIDE decreases VIM']);
  });

  test('a claim in the draft naming the compound is checked against the abstract that reports on it', async () => {
    const item = { id: 'roe2022gorvanolide', type: 'article-journal', title: 'Gorvanolide in colon cancer', issued: { 'date-parts': [[2022]] }, abstract: 'We treated colon cancer cells with gorvanolide. Gorvanolide reduced vimentin expression.' };
    const { kb } = await kbFromFiles([lexicon, ['refs.json', [item]]]);
    assert.equal(kb.entities.get('COMPOUND_GORVANOLIDE')?.type, 'chemical');
    const service = new ClaimLensService(kb);
    const doc = { id: 'd.md', languageId: 'markdown', version: 1, text: 'Gorvanolide increases vimentin expression in colon cancer [@roe2022gorvanolide].\n' };
    assert.ok(service.diagnostics(doc).some((d) => d.code === 'contradicted'), JSON.stringify(service.diagnostics(doc).map((d) => d.message)) + JSON.stringify(kb.facts.filter((f) => f.evidence.paper === item.id).map((f) => `${f.subject} ${f.relation} ${f.object}`)));
  });
});

suite('the abstract\'s main agent named again', () => {
  test('"the inhibitor" and "this compound" are the compound the title names', async () => {
    const read = await reader();
    assert.deepEqual(read('We tested QZ-4471 in colon cancer cells. The inhibitor reduced vimentin expression.', 'QZ-4471 in colon cancer'), ['COMPOUND_QZ4471 decreases VIM']);
    assert.deepEqual(read('This compound lowered Snail levels.', 'QZ-4471 in colon cancer'), ['COMPOUND_QZ4471 decreases NCBIGENE_6615']);
  });

  test('"It" before a relation verb is the main agent; "It was found that" is not', async () => {
    const read = await reader();
    assert.deepEqual(read('We tested QZ-4471. It reduced vimentin expression.', 'QZ-4471 in colon cancer'), ['COMPOUND_QZ4471 decreases VIM']);
    assert.deepEqual(read('It was found that Snail expression rose.', 'QZ-4471 in colon cancer'), []);
  });

  test('"the inhibitor" followed by a name or a complement is not the main agent', async () => {
    const read = await reader();
    assert.ok(!read('The inhibitor of NF-κB reduced vimentin expression.', 'QZ-4471 in colon cancer').some((f) => f.startsWith('COMPOUND_')));
    assert.ok(!read('The inhibitor LY-2940 reduced vimentin expression.', 'QZ-4471 in colon cancer').some((f) => f.startsWith('COMPOUND_QZ4471')));
  });
});

suite('combinations and fronted causes in abstracts', () => {
  test('"X plus Y" is the combination\'s finding: the first drug with its partner as context, never the partner alone', async () => {
    const { kb } = await kbFromFiles([lexicon]);
    const read = (text: string) => readAbstract(paper(text), kb).map((f) => `${f.subject} ${f.relation} ${f.object}${f.context.includes('DRUG_TRASTUZUMAB') ? ' [with trastuzumab]' : ''}`);
    assert.deepEqual(read('QZ-4471 plus trastuzumab lowered vimentin expression.'), ['COMPOUND_QZ4471 decreases VIM [with trastuzumab]']);
    assert.deepEqual(read('Combined treatment with QZ-4471 and trastuzumab lowered vimentin expression.'), ['COMPOUND_QZ4471 decreases VIM [with trastuzumab]']);
    assert.deepEqual(read('Adding QZ-4471 to trastuzumab lowered vimentin expression.'), ['COMPOUND_QZ4471 decreases VIM [with trastuzumab]']);
    // Two drugs each reported alone are two findings.
    assert.deepEqual(read('QZ-4471 lowered vimentin expression, and trastuzumab lowered Snail expression.'), ['COMPOUND_QZ4471 decreases VIM', 'DRUG_TRASTUZUMAB decreases NCBIGENE_6615']);
  });

  test('"After X, A and B fell, while C rose": one finding of X per change, with its own sign', async () => {
    const read = await reader();
    assert.deepEqual(read('After the cells were exposed to QZ-4471, vimentin and Snail levels were reduced, while E-cadherin was increased.').sort(), [
      'COMPOUND_QZ4471 decreases NCBIGENE_6615',
      'COMPOUND_QZ4471 decreases VIM',
      'COMPOUND_QZ4471 increases CDH1',
    ]);
  });
});

suite('more constructions of abstracts', () => {
  test('"After treatment with the COX-2 inhibitor D, ...": the drug, not its target, is the fronted cause', async () => {
    const read = await reader();
    assert.deepEqual(read('After treatment with the COX-2 inhibitor QZ-4471, vimentin levels were reduced.'), ['COMPOUND_QZ4471 decreases VIM', 'NCBIGENE_5743 increases VIM']);
  });

  test('"infected cells" and "bacterial infection" are the infection the abstract is about', async () => {
    const read = await reader();
    assert.deepEqual(read('We infected gastric epithelial cells with H. pylori. Bacterial infection increased the expression of vimentin.'), ['HELICOBACTER_PYLORI increases VIM']);
  });
});

suite('changes without a direction', () => {
  test('"X mediated the expression of Y" says Y changed, not which way: no finding', async () => {
    const read = await reader();
    assert.deepEqual(read('QZ-4471 mediated the expression of vimentin and Snail.'), []);
    assert.deepEqual(read('QZ-4471 reduced the expression of vimentin.'), ['COMPOUND_QZ4471 decreases VIM']);
  });
});

suite('coordinated subjects', () => {
  test('"X and Y reduced the incidence of Z": each of them did, where no combination is named', async () => {
    const read = await reader();
    assert.deepEqual(read('Dietary nimesulide and troglitazone reduced both the incidence and multiplicity of colon adenocarcinoma in rats.').sort(), ['DRUG_NIMESULIDE inhibits DOID_234', 'DRUG_TROGLITAZONE inhibits DOID_234']);
  });
});

suite('what "these effects" refer to', () => {
  test('"These effects were linked to X" associates no earlier subject with X', async () => {
    const read = await reader();
    assert.deepEqual(read('QZ-4471 reduced vimentin expression in breast cancer cells. These effects were linked to loss of Snail.'), ['COMPOUND_QZ4471 decreases VIM']);
  });
});

suite('changes measured in treated cells', () => {
  test('"A rose in X-treated cells, whereas B fell": X raises A and lowers B', async () => {
    const read = await reader();
    assert.deepEqual(read('Vimentin levels rose in QZ-4471-treated AGS cells, whereas Snail levels were decreased.').sort(), ['COMPOUND_QZ4471 decreases NCBIGENE_6615', 'COMPOUND_QZ4471 increases VIM']);
  });
});

suite('a drug named with its target\'s class noun', () => {
  test('"after the MEK inhibitor D, migration fell": the abstract reports the target\'s part too', async () => {
    const read = await reader();
    assert.deepEqual(read('After treatment with the MEK inhibitor QZ-4471, cell migration was reduced.').sort(), ['COMPOUND_QZ4471 decreases CELL_MIGRATION', 'MEK_FAMILY increases CELL_MIGRATION']);
  });

  test('not for a combination: its finding is no loss of the target alone', async () => {
    const read = await reader();
    assert.deepEqual(read('The MEK inhibitor QZ-4471 plus trastuzumab lowered vimentin expression.'), ['COMPOUND_QZ4471 decreases VIM']);
  });
});

