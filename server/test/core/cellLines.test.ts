// Cell lines the lexicon does not know (core/entities/cellLines.ts), read from abstracts (core/kb/abstracts.ts).
// Abstracts and line names here are made up for these tests, one construction each.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readAbstract } from '../../src/core/kb/abstracts';
import { cellLineEntity, cellLineRules, findCellLines, unifyCellLines } from '../../src/core/entities/cellLines';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { kbFromFiles } from './helpers';

const entitiesFile = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8');
const lexicon = ['entities.json', entitiesFile] as const;

function paper(abstract: string, title = 'A study') {
  return { key: 'x', title, abstract, authors: null, journal: null, year: null, volume: null, issue: null, pages: null, doi: null, pmid: null, keywords: [], summary: null };
}

let shared: ReturnType<typeof kbFromFiles> | undefined;
const kb = async () => (await (shared ??= kbFromFiles([lexicon]))).kb;

/** The cell-line ids the abstract's text names, as the reader finds them. */
async function lines(text: string): Promise<string[]> {
  const base = await kb();
  const known = recognizeEntities(text, lexiconOf(base));
  const [found] = findCellLines([text], [known], (id) => base.entities.get(id)?.type === 'disease');
  return [...new Set(found.map((m) => m.entityId))];
}

suite('cell lines the lexicon does not know', () => {
  suiteSetup(async function () {
    this.timeout(30000);
    await kb();
  });

  test('each recognition rule finds the line of its own example', async () => {
    for (const rule of cellLineRules) assert.ok((await lines(rule.example)).length === 1, rule.rule);
  });

  test('a name before "cells" is a line of unknown cancer; its hyphen may be dropped later', async () => {
    assert.deepEqual(await lines('Proliferation of XYZ-12 cells fell, and XYZ12 cells migrated less.'), ['CELLLINE_XYZ_12']);
    assert.deepEqual(cellLineEntity('CELLLINE_XYZ_12')?.parents, []);
    assert.equal(cellLineEntity('CELLLINE_XYZ_12')?.name, 'XYZ-12');
  });

  test('"the <cancer> cell line X" makes the cancer its parent', async () => {
    const [id] = await lines('We used the gastric cancer cell line QRV. QRV cells grew slowly.');
    assert.match(id, /^CELLLINE_QRV__IN__/);
    assert.equal((await kb()).entities.get(cellLineEntity(id)!.parents[0])?.type, 'disease');
  });

  test('gene symbols, known lines, kinds of cells and prose are no new lines', async () => {
    assert.deepEqual(await lines('STAT3 cells were counted.'), []);
    assert.deepEqual(await lines('HCT116 cells were counted.'), []);
    assert.deepEqual(await lines('T cells, stem cells and CAFs were counted; NK cells too.'), []);
    assert.deepEqual(await lines('HER2-amplified cells and day-3 cells were counted.'), []);
    assert.deepEqual(await lines('THE EFFECT OF X ON MFC CELLS'), []);
    assert.deepEqual(await lines('Th17 cells, M2 cells and cells in G1 were counted; G1 cells too.'), []);
  });

  test('capitals alone name a line only after "the ... cell line", and then their "cells" too', async () => {
    assert.deepEqual(await lines('AML cells and PDAC cell lines grew.'), []);
    assert.deepEqual(await lines('QRV cells grew.'), []);
    const [id] = await lines('QRV cells grew. The murine cell line QRV was used.');
    assert.equal(id, 'CELLLINE_QRV');
  });

  test('an abstract\'s findings carry the line as their context, and the line joins the library', async () => {
    const facts = readAbstract(paper('We used the gastric cancer cell line QRV. Silencing of IL-6 reduced vimentin expression in QRV cells.'), await kb());
    assert.ok(facts.length > 0);
    assert.ok(facts.every((f) => f.context.some((c) => c.startsWith('CELLLINE_QRV'))), JSON.stringify(facts.map((f) => f.context)));
  });

  test('a draft\'s claim in the line is checked against the abstract that used it, not left in an unknown context', async () => {
    const item = { id: 'moe2021qrv', type: 'article-journal', title: 'IL-6 in a colon cancer line', issued: { 'date-parts': [[2021]] }, abstract: 'We used the colon cancer cell line QRV. In QRV cells, IL-6 increased vimentin expression.' };
    const { kb: withLine } = await kbFromFiles([lexicon, ['refs.json', [item]]]);
    assert.equal(cellLineEntity([...withLine.entities.keys()].find((id) => id.startsWith('CELLLINE_QRV'))!)?.type, 'cell-line');
    const [sentence] = analyzeDocument('markdown', 'IL-6 increases vimentin expression in QRV cells [@moe2021qrv].\n', withLine).sentences;
    assert.equal(sentence.verdict, 'supported', `${sentence.verdict}/${sentence.basis}`);
  });

  test('one line named in two abstracts, with its cancer in one only, is one entity, and claims in it reach both', async () => {
    const named = { id: 'ode2020qrv', type: 'article-journal', title: 'A liver line', issued: { 'date-parts': [[2020]] }, abstract: 'We used the liver cancer cell line QRV-7. In QRV-7 cells, IL-6 increased vimentin expression.' };
    const bare = { id: 'ode2022qrv', type: 'article-journal', title: 'Migration of a line', issued: { 'date-parts': [[2022]] }, abstract: 'Knockdown of STAT3 reduced migration of QRV-7 cells.' };
    const { kb: library } = await kbFromFiles([lexicon, ['refs.json', [bare, named]]]);
    const ids = [...library.entities.keys()].filter((id) => id.startsWith('CELLLINE_QRV_7'));
    assert.equal(ids.length, 1, ids.join(', '));
    assert.equal(library.entities.get(cellLineEntity(ids[0])!.parents[0])?.type, 'disease');
    const draft = 'IL-6 increases vimentin expression in QRV-7 cells [@ode2020qrv].\n\nSTAT3 promotes migration of QRV-7 cells [@ode2022qrv].\n';
    const verdicts = analyzeDocument('markdown', draft, library).sentences.map((s) => `${s.verdict}/${s.basis}`);
    assert.deepEqual(verdicts.map((v) => v.split('/')[0]), ['supported', 'supported'], verdicts.join('; '));
  });

  test('a line\'s cancer is the one most papers name; a tie between two cancers names none', () => {
    const fact = (paperKey: string, context: string) =>
      ({ id: `${paperKey}-1`, subject: 'GENE_1', object: 'GENE_2', relation: 'increases', mediators: [], context: [context], evidence: { paper: paperKey } }) as unknown as Parameters<typeof unifyCellLines>[0][number];
    const contexts = (facts: ReturnType<typeof unifyCellLines>) => [...new Set(facts.flatMap((f) => f.context))];
    assert.deepEqual(contexts(unifyCellLines([fact('a', 'CELLLINE_QRV__IN__DOID_1'), fact('b', 'CELLLINE_QRV__IN__DOID_1'), fact('c', 'CELLLINE_QRV__IN__DOID_2'), fact('d', 'CELLLINE_QRV')])), ['CELLLINE_QRV__IN__DOID_1']);
    assert.deepEqual(contexts(unifyCellLines([fact('a', 'CELLLINE_QRV__IN__DOID_1'), fact('c', 'CELLLINE_QRV__IN__DOID_2'), fact('d', 'CELLLINE_QRV')])), ['CELLLINE_QRV']);
    // Many facts of one paper are one vote.
    assert.deepEqual(contexts(unifyCellLines([fact('a', 'CELLLINE_QRV__IN__DOID_2'), fact('a', 'CELLLINE_QRV__IN__DOID_2'), fact('b', 'CELLLINE_QRV__IN__DOID_1'), fact('c', 'CELLLINE_QRV__IN__DOID_1')])), ['CELLLINE_QRV__IN__DOID_1']);
  });

  test('a point between digits belongs to the name; the point that ends a sentence does not', async () => {
    assert.deepEqual(await lines('Growth of QRV12.3 cells fell, and KQ-4.1 cells grew less.'), ['CELLLINE_QRV12__3', 'CELLLINE_KQ_4__1']);
    assert.equal(cellLineEntity('CELLLINE_QRV12__3')?.name, 'QRV12.3');
    assert.equal(cellLineEntity('CELLLINE_KQ_4__1__IN__DOID_1')?.parents[0], 'DOID_1');
    assert.deepEqual(await lines('Growth fell in QRV12 cells. Next we counted them.'), ['CELLLINE_QRV12']);
  });

  test('lines the lexicon knows with a point in their name are read whole, not as a shorter line', async () => {
    const found = recognizeEntities('RAW264.7 cells, RAW 264.7 cells and Huh-7.5 cells were infected; Huh7 cells were not.', lexiconOf(await kb()));
    assert.deepEqual(found.map((m) => m.text), ['RAW264.7', 'RAW 264.7', 'Huh-7.5', 'Huh7']);
    assert.equal(new Set(found.slice(0, 2).map((m) => m.entityId)).size, 1);
    assert.notEqual(found[2].entityId, found[3].entityId);
  });

  test('a draft\'s claim in a line with a point in its name is checked against the abstract that used it', async () => {
    const item = { id: 'moe2023qrv', type: 'article-journal', title: 'IL-6 in a line', issued: { 'date-parts': [[2023]] }, abstract: 'We used the colon cancer cell line QRV12.3. In QRV12.3 cells, IL-6 increased vimentin expression.' };
    const { kb: withLine } = await kbFromFiles([lexicon, ['refs.json', [item]]]);
    assert.ok(withLine.entities.has('CELLLINE_QRV12__3') || [...withLine.entities.keys()].some((id) => id.startsWith('CELLLINE_QRV12__3__IN__')));
    const [sentence] = analyzeDocument('markdown', 'IL-6 increases vimentin expression in QRV12.3 cells [@moe2023qrv].\n', withLine).sentences;
    assert.equal(sentence.verdict, 'supported', `${sentence.verdict}/${sentence.basis}`);
  });
});
