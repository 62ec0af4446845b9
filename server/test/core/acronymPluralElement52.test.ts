// Issue 7, stop 52 (h-lex52): two spellings that named a gene where the text names something else
// (entities/recognize.ts): an acronym in capitals with a plural "s" ("MSCs", "ILCs", "GSCs") names many cells or cases,
// not the one gene of the lexicon whose symbol its singular spells; and a molecule's name before "response element"
// or "responsive element" ("a CEBP-ATF response element") names a stretch of DNA, not a partner of the verb.
// Our own sentences.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { assertNotSupported, assertReading, bundledKb, verdictAndTriples } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60000);
  kb = await bundledKb();
});
const ids = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => m.entityId);
const genes = (text: string): string[] => ids(text).filter((id) => id.startsWith('NCBIGENE_'));

suite('an acronym plural names cells, not a gene (stop 52)', () => {
  test('the plural of a lexicon gene\'s symbol in capitals names no gene', () => {
    assert.deepEqual(genes('IL-6 raised the proliferation of MSCs in culture.'), []); // mesenchymal stem cells, not MSC
    assert.deepEqual(genes('ILCs and ILC2s produced IL-13 after injury.').filter((id) => id !== 'NCBIGENE_3596'), []);
    assert.deepEqual(genes('STAT3 was active in GSCs from recurrent tumours.'), []); // glioma stem cells, not goosecoid
    assert.deepEqual(genes('IL-6 stimulated the growth of MCCs.'), []);
    assert.deepEqual(genes('Inhibitors of PTKs slowed migration.'), []); // the kinases as a class, not PTK2B
  });

  test('near misses: the singular, a receptor\'s plural, families, cell types, diseases and library entities are read', () => {
    assert.ok(ids('MSC expression rose in these cells.').includes('NCBIGENE_9242'));
    assert.ok(ids('EGFRs on the cell surface were internalised.').includes('NCBIGENE_1956'));
    assert.ok(ids('MMPs degrade the matrix.').includes('MMPS'));
    assert.ok(ids('PBMCs were isolated from blood.').includes('CL_2000001'));
    assert.ok(ids('Most HCCs express STAT3.').includes('HCC'));
    assert.ok(ids('AKTs were phosphorylated.').includes('AKT'));
    assert.ok(ids('JNKs were activated by stress.').includes('JNK_FAMILY'));
  });

  test('a backed claim about cells named by a plural acronym has no unbacked gene partner', () => {
    // Cells the lexicon has no context for name no context (the standing policy): the backed claim speaks.
    assertReading(kb, 'IL-6 stimulation leads to the phosphorylation of STAT3 in MSCs.', 'supported', 'IL6 induces STAT3');
  });
});

suite('a name before "response element" is DNA, not a partner (stop 52)', () => {
  test('the names of a response element are no mentions', () => {
    assert.deepEqual(ids('ATF4 binds a CEBP-ATF response element in the ATF3 promoter.'), ['ATF4', 'ATF3']);
    assert.deepEqual(ids('The promoter holds a STAT3-responsive element.'), []);
    assert.deepEqual(ids('The construct carries NF-κB/AP-1 response elements.'), []);
    assert.deepEqual(ids('Two STAT3 response elements lie upstream of the MMP2 gene.').filter((id) => id === 'STAT3'), []);
  });

  test('near misses: the molecule named elsewhere, a condition\'s element, a binding verb', () => {
    assert.ok(ids('STAT3 binds the response element of the MMP2 gene.').includes('STAT3'));
    assert.ok(ids('HIF-1α binds a hypoxia response element.').includes('HYPOXIA'));
    assert.ok(ids('ATF4 binds C/EBPβ and raises ATF3.').includes('NCBIGENE_1051'));
    assert.ok(ids('A STAT3-binding partner was found.').every((id) => id !== 'STAT3'));
  });

  test('the binding claim is on the element\'s gene, not on the factor the element is named after', () => {
    const got = verdictAndTriples('ATF4 binds a CEBP-ATF response element in the promoter of ATF3.', kb);
    assert.ok(!got.claims.some((c) => c.includes('NCBIGENE_1050')), JSON.stringify(got.claims));
    assertNotSupported(kb, 'ATF4 binds a CEBP-ATF response element in the promoter of IL-11.');
  });
});

suite('groups compared by nodal status name lymph node metastasis (stop 52)', () => {
  test('higher (lower) in node-positive than in node-negative groups is a link with lymph node metastasis', () => {
    // The library has IL-11 going with lymph node metastasis in OSCC tissue.
    assertReading(kb, 'IL-11 mRNA was higher in node-positive tumours than in node-negative tumours.', 'supported', 'IL11 associated-with LYMPH_NODE_METASTASIS');
    assertReading(kb, 'IL-11 expression was markedly higher in lymph node-positive specimens compared with node-negative specimens.', 'supported');
    assertReading(kb, 'IL-11 expression was lower in node-positive tumours than in node-negative tumours.', 'contradicted');
    assertReading(kb, 'IL-11 expression was higher in node-negative tumours than in node-positive tumours.', 'contradicted');
  });

  test('near misses: another molecule, another cancer, one status alone, no difference', () => {
    assertReading(kb, 'IL-6 expression was higher in node-positive tumours than in node-negative tumours.', 'unsupported');
    assertNotSupported(kb, 'IL-11 expression was higher in node-positive breast tumours than in node-negative breast tumours.');
    // One status alone is a kind of patient or tumour, a setting: no link with metastasis is read.
    const alone = verdictAndTriples('IL-11 promotes invasion in node-positive breast cancer.', kb);
    assert.ok(!alone.claims.some((c) => c.includes('LYMPH_NODE_METASTASIS')), JSON.stringify(alone.claims));
    assert.ok(!verdictAndTriples('IL-11 levels were higher in node-positive patients.', kb).claims.some((c) => c.includes('LYMPH_NODE_METASTASIS')));
    assertNotSupported(kb, 'IL-11 expression did not differ between node-positive and node-negative tumours.');
  });
});

suite('a tumour word before an organ\'s cells names that organ\'s cancer (stop 52)', () => {
  test('the cancer is the claim\'s setting, checked against the findings\' cancers', () => {
    // The library has IL-11 raising invasion in breast cancer cells (MDA-MB-231), and IL-6 raising tumour growth in HCC.
    assertReading(kb, 'IL-11 drives the invasion of malignant breast cells.', 'supported');
    assertReading(kb, 'IL-11 drives the invasion of cancerous breast cells.', 'supported');
    assertNotSupported(kb, 'IL-11 drives the invasion of malignant gastric cells.');
    assertNotSupported(kb, 'IL-6 promotes the growth of tumour prostate cells.');
    assertNotSupported(kb, 'IL-11 drives the invasion of tumour human colon epithelial cells.');
  });

  test('near misses: the organ word first, an opposite change, an unbacked molecule', () => {
    assertNotSupported(kb, 'IL-6 promotes the growth of prostate tumour cells.');
    assertReading(kb, 'IL-11 reduced the invasion of malignant breast cells.', 'contradicted');
    assertReading(kb, 'IL-22 drives the invasion of malignant breast cells.', 'unsupported');
  });
});
