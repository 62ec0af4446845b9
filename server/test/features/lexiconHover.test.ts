// Hover and completion for the lexicon of biomedicine: a card for names without findings, and the findings
// set in a context (a cancer, a cell line, a condition).
import * as assert from 'node:assert/strict';
import { defaultSettings } from '../../src/core/settings';
import { bundledService, fixture } from './fixture';

async function hover(text: string) {
  const service = await bundledService();
  const { doc, offset } = fixture(text, 'markdown');
  const result = service.hover(doc, offset);
  return result && { ...result, covered: doc.text.slice(result.span.start, result.span.end) };
}

suite('hover: the lexicon of biomedicine', () => {
  const cards: [text: string, covered: string, shows: RegExp[]][] = [
    ['E$0GFR was mutated.', 'EGFR', [/epidermal growth factor receptor\*\* \(EGFR\) · receptor/, /NCBI Gene: 1956/]],
    ['We gave gef$0itinib.', 'gefitinib', [/\*\*gefitinib\*\* · drug/, /Acts on: EGFR/, /Also written: .*Iressa/]],
    ['A5$049 cells grew.', 'A549', [/\*\*A549\*\* · cell line/, /lung adenocarcinoma cell line/]],
    ['In NSC$0LC, it rose.', 'NSCLC', [/non\\-small cell lung carcinoma/]],
    // A library entity: its findings, and the form the words name.
    ['p-ST$0AT3 rose.', 'p-STAT3', [/signal transducer and activator of transcription 3/, /NCBI Gene: 6774/, /phosphorylated \(active\) form: p\\-STAT3/, /findings from \d papers/]],
    ['The JAK/S$0TAT pathway was on.', 'JAK/STAT pathway', [/JAK\/STAT signaling pathway\*\* · pathway/, /Runs through: JAK1, JAK2, STAT3/]],
    ['KR$0AS was mutated.', 'KRAS', [/KRAS proto\\-oncogene/, /NCBI Gene: 3845/]],
    ['We gave osim$0ertinib.', 'osimertinib', [/Acts on: EGFR/, /Tagrisso/]],
    ['HCC8$027 cells grew.', 'HCC827', [/\*\*HCC827\*\* · cell line/]],
    ['In gliobl$0astoma, it rose.', 'glioblastoma', [/\*\*glioblastoma\*\* · disease/, /Disease Ontology: DOID:3068/]],
    // Cell types (Cell Ontology), plural as papers write them, with the source and its licence.
    ['Hepato$0cytes took it up.', 'Hepatocytes', [/\*\*hepatocyte\*\* · cell type/, /Cell Ontology: CL:0000182/, /From the lexicon of biomedicine \(Cell Ontology .*; CC BY 4\\\.0\)/]],
    ['Many macro$0phages were seen.', 'macrophages', [/\*\*macrophage\*\* · cell type/, /Cell Ontology: CL:0000235/]],
    ['Regulatory T c$0ells expanded.', 'Regulatory T cells', [/\*\*regulatory T cell\*\* · cell type/, /Also written: .*Treg/]],
    // A gene read by a name HGNC gives and NCBI does not: the card says where that name comes from.
    ['Adenomatous polyposis c$0oli was lost.', 'Adenomatous polyposis coli', [/\(APC\) · protein/, /NCBI Gene: 324/, /Also written: .*adenomatous polyposis coli/, /other names from HGNC, CC0 1\\\.0/]],
  ];
  for (const [text, covered, shows] of cards) {
    test(`${covered}: a card, and that the library holds no findings about it`, async () => {
      const result = await hover(text);
      assert.ok(result, text);
      assert.equal(result.covered, covered);
      for (const pattern of shows) assert.match(result.markdown, pattern);
      if (!['NSCLC', 'p-STAT3'].includes(covered)) assert.match(result.markdown, /The library holds no findings about it/);
    });
  }

  test('a library entity shows its lexicon identifier', async () => {
    const result = await hover('IL-1$01 rose.');
    assert.match(result!.markdown, /NCBI Gene: 3589/);
  });

  test('a context entity shows the findings set in it, grouped by paper', async () => {
    const result = await hover('In hepatocellular carc$0inoma, IL-6 rose.');
    assert.ok(result);
    assert.doesNotMatch(result.markdown, /No findings/);
    assert.match(result.markdown, /\*\*\d+ findings set in HCC, from \d papers?\*\*/);
    assert.match(result.markdown, /`liu2022induction`/);
    assert.match(result.markdown, /`anon2024cancer`/);
  });

  test('a lexicon cell line says which library context it belongs to', async () => {
    const result = await hover('Huh$07 cells grew.');
    assert.match(result!.markdown, /It is a kind of HCC, in which the library holds \d+ findings/);
  });

  test('data in a card is escaped', async () => {
    const result = await hover('MMP-$02 rose.');
    assert.doesNotMatch(result!.markdown, /<|\[[^\]]*\]\(/);
  });
});

suite('entity completion: both layers', () => {
  test('names from the lexicon complete too, marked as without findings', async () => {
    const service = await bundledService();
    const { doc, offset } = fixture('We gave gefi$0', 'markdown');
    const result = service.completion(doc, offset, { ...defaultSettings, completion: { rankByContext: true } });
    const item = result?.entities.find((e) => e.label === 'gefitinib');
    assert.ok(item);
    assert.match(item.detail, /drug · no findings in the library/);
  });

  test('library entities come first', async () => {
    const service = await bundledService();
    const { doc, offset } = fixture('We studied IL-1$0', 'markdown');
    const result = service.completion(doc, offset, { ...defaultSettings, completion: { rankByContext: true } });
    assert.equal(result?.entities[0].entityId, 'IL11');
  });
});
