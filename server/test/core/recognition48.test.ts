import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictOf } from './helpers';

// Issue 7, stop 48 (h-recog48): names the recognizer missed. Our own sentences, one construction each.
let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

function ids(text: string): string[] {
  return recognizeEntities(text, lexiconOf(kb)).map((m) => `${m.text}=${m.entityId}`);
}

suite('recognition (stop 48): a Greek isoform letter on a gene symbol', () => {
  test('glued, spelled out, after a hyphen or a space: the isoform of the gene', () => {
    assert.deepEqual(ids('STAT3α rose'), ['STAT3α=ISOFORM_STAT3_ALPHA']);
    assert.deepEqual(ids('Stat3alpha rose'), ['Stat3alpha=ISOFORM_STAT3_ALPHA']);
    assert.deepEqual(ids('STAT3β rose'), ['STAT3β=ISOFORM_STAT3_BETA']);
    assert.deepEqual(ids('STAT3-beta rose'), ['STAT3-beta=ISOFORM_STAT3_BETA']);
    assert.deepEqual(ids('STAT3 γ rose'), ['STAT3 γ=ISOFORM_STAT3_GAMMA']);
  });

  test('the isoform is an entity under its gene, of the gene\'s type', () => {
    const isoform = kb.entities.get('ISOFORM_STAT3_BETA');
    assert.deepEqual(isoform?.parents, ['STAT3']);
    assert.equal(isoform?.type, kb.entities.get('STAT3')?.type);
    assert.ok(kb.entities.has('ISOFORM_STAT3_ALPHA'));
    assert.ok(!kb.entities.has('ISOFORM_NOSUCHGENE_ALPHA'));
  });

  test('a gene finding does not back an isoform claim (the narrower claim), either way round', () => {
    assert.equal(verdictOf('STAT3 promotes cell invasion.', kb), 'supported');
    assert.equal(verdictOf('STAT3α promotes cell invasion.', kb), 'unsupported/no-evidence');
    assert.equal(verdictOf('STAT3β suppresses cell invasion.', kb), 'unsupported/no-evidence');
    assert.equal(verdictOf('Stat3alpha drove cell invasion.', kb), 'unsupported/no-evidence');
  });

  test('near misses: names the lexicon has whole are genes of their own, never an isoform', () => {
    assert.deepEqual(ids('HIF-1α rose'), ['HIF-1α=HIF1A']);
    assert.deepEqual(ids('HIF1alpha rose'), ['HIF1alpha=HIF1A']);
    assert.deepEqual(ids('IL-1β rose'), ['IL-1β=NCBIGENE_3553']);
    assert.deepEqual(ids('TGF-β rose'), ['TGF-β=TGFB_FAMILY']);
    assert.deepEqual(ids('PDGFRα rose'), ['PDGFRα=NCBIGENE_5156']);
    assert.deepEqual(ids('GSK3β rose'), ['GSK3β=GSK3B']);
    assert.deepEqual(ids('IL-11Rα rose'), ['IL-11Rα=IL11RA']);
    // STAT5A is a gene: its Greek spelling is it, not an isoform of STAT5.
    assert.deepEqual(ids('STAT5α rose'), ['STAT5α=NCBIGENE_6776']);
  });

  test('near miss: a Greek letter that starts a hyphenated name after the symbol is that name', () => {
    assert.deepEqual(ids('STAT3 β-catenin signalling').filter((m) => m.startsWith('STAT3')), ['STAT3=STAT3']);
  });

  test('near miss: a family\'s letter names a member, not an isoform', () => {
    assert.ok(!ids('PKCα rose').some((m) => m.includes('ISOFORM_')));
    assert.ok(!ids('p38α rose').some((m) => m.includes('ISOFORM_')));
  });
});

suite('recognition (stop 48): the death end point', () => {
  test('"tumour-related death" is mortality, as "cancer-related death" is', () => {
    assert.deepEqual(ids('tumour-related death'), ['tumour-related death=MORTALITY']);
    assert.deepEqual(ids('tumor-related deaths'), ['tumor-related deaths=MORTALITY']);
    assert.equal(verdictOf('Metastasis is the main cause of tumour-related death.', kb), verdictOf('Metastasis is the main cause of cancer-related death.', kb));
  });
});

suite('recognition (stop 48): the lexicon and the library agree on shared entities', () => {
  test('a curated lexicon row and the library entity of the same id give it the same names', () => {
    const root = path.join(__dirname, '../../..');
    const curated = JSON.parse(fs.readFileSync(path.join(root, 'data/lexicon/curated.json'), 'utf8')) as { rows: [string, string, string, string[]][] };
    const library = JSON.parse(fs.readFileSync(path.join(root, 'data/entities.json'), 'utf8')) as { entities: { id: string; synonyms: string[] }[] };
    const byId = new Map(library.entities.map((e) => [e.id, e]));
    const shared = curated.rows.filter((row) => byId.has(row[0]));
    assert.ok(shared.some((row) => row[0] === 'STAT_FAMILY'));
    for (const [id, , , synonyms] of shared) assert.deepEqual([...synonyms].sort(), [...byId.get(id)!.synonyms].sort(), id);
  });

  test('"STAT" and "STATs" both name the STAT family', () => {
    assert.deepEqual(ids('STAT activation'), ['STAT=STAT_FAMILY']);
    assert.deepEqual(ids('the STATs'), ['STATs=STAT_FAMILY']);
  });
});
