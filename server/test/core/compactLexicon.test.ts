// The lexicon's term index in its compact form (typed arrays and packed strings), as the bundle carries it
// in lexicon.bin: read back, it must recognise exactly what the index built from the rows recognises.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BiomedicalLexicon, compactLexicon, deserializeLexicon, serializeLexicon } from '../../src/core/entities/biomedical';
import { bundledLexiconData, type LexiconData } from '../../src/core/entities/biomedicalData';
import { normalizeTerm } from '../../src/core/entities/normalize';
import { PackedStrings, PackedStringSet } from '../../src/core/entities/packed';
import { loadLexiconFile, readLexiconFile, writeLexiconFile } from '../../src/node/lexiconFile';

const source = { name: 'our test rows', licence: 'CC0' };

/** A few rows of our own, one per kind of entry, with the cases the index must keep apart. */
const data: LexiconData = {
  genes: { source, rows: [
    [3589, 'IL11', 'interleukin 11', ['AGIF', 'IL-11'], 'cytokine', 0],
    [6774, 'STAT3', 'signal transducer and activator of transcription 3', ['APRF'], 'transcription-factor', 0],
    [4233, 'MET', 'MET proto-oncogene, receptor tyrosine kinase', ['HGFR'], 'receptor', 1],
    [1956, 'EGFR', 'epidermal growth factor receptor', ['ERBB1', 'HER1'], 'receptor', 0],
  ] },
  processes: { source, rows: [['GO:0016477', 'cell migration', ['cell motility'], []]] },
  diseases: { source, rows: [['DOID:162', 'cancer', ['malignant tumour'], []], ['DOID:1324', 'lung cancer', ['lung neoplasm'], ['DOID:162']]] },
  cellLines: { source, rows: [['A549', ['A-549'], 'human', 'lung cancer', null], ['K1', [], 'human', null, null]] },
  drugs: { source, rows: [['gefitinib', ['Iressa'], 'EGFR inhibitor', ['EGFR']]] },
  curated: { source, rows: [['JAK_STAT', 'JAK/STAT signalling', 'pathway', ['JAK-STAT pathway'], ['STAT3'], ['STAT3']]] },
  cellTypes: { source, rows: [['CL_0000235', 'macrophage', 'cell-type', ['histiocyte'], [], []]] },
  // HGNC-style names: one new, one another entry's name (the process keeps it), one a gene the table lacks.
  geneNames: { source: { name: 'our HGNC-style names', licence: 'CC0' }, rows: [[3589, ['adipogenesis inhibitory factor', 'cell migration']], [7777, ['orphan protein 1']]] },
};

const probes = ['adipogenesisinhibitoryfactor', 'orphanprotein1', 'il11', 'agif', 'interleukin11', 'stat3', 'met', 'egfr', 'her1', 'cellmigration', 'cellmotility', 'lungcancer', 'a549', 'k1', 'gefitinib', 'iressa', 'jakstatsignalling', 'macrophage', 'histiocyte', 'nothing', 'il', ''];
const ids = ['NCBIGENE_3589', 'NCBIGENE_4233', 'GO_0016477', 'DOID_1324', 'CELL_A549', 'DRUG_GEFITINIB', 'JAK_STAT', 'CL_0000235', 'NCBIGENE_1'];

function sameAnswers(built: BiomedicalLexicon, read: BiomedicalLexicon, keys: Iterable<string>, entryIds: Iterable<string>): void {
  for (const key of keys) assert.deepEqual(read.lookup(key), built.lookup(key), `terms of "${key}"`);
  for (const id of entryIds) {
    assert.equal(read.has(id), built.has(id), `has ${id}`);
    assert.deepEqual(read.record(id), built.record(id), `record of ${id}`);
  }
  assert.equal(read.maxWords, built.maxWords);
  assert.equal(read.size, built.size);
  assert.equal(read.indexSize, built.indexSize);
}

suite('compact lexicon', () => {
  test('packed strings find every string and only those, including the empty one and shared prefixes', () => {
    const strings = ['il11', 'il1', '', 'il11ra', 'stat3', 'α-catenin'];
    const set = PackedStringSet.build(strings);
    strings.forEach((s, i) => {
      assert.equal(set.indexOf(s), i, s);
      assert.equal(set.strings.at(i), s);
    });
    for (const miss of ['il', 'il111', 'stat', 'catenin']) assert.equal(set.indexOf(miss), -1, miss);
    assert.throws(() => PackedStrings.pack(['two\nlines']), /line break/);
    // Empty strings keep their places, a lone one too (the entries' parents are '' for most entries).
    assert.deepEqual([...Array(3).keys()].map((i) => PackedStrings.pack(['', 'a', '']).at(i)), ['', 'a', '']);
    assert.equal(PackedStrings.pack(['']).length, 1);
    assert.equal(PackedStrings.pack(['']).at(0), '');
    assert.deepEqual([0, 1, 2].map((i) => PackedStrings.pack(['', 'ab', '']).lengthAt(i)), [0, 2, 0]);
    assert.equal(PackedStrings.pack([]).length, 0);
  });

  test('an index read back from its serialized form answers as the one built from the rows', () => {
    const built = new BiomedicalLexicon(data);
    const read = new BiomedicalLexicon(deserializeLexicon(serializeLexicon(compactLexicon(data))));
    sameAnswers(built, read, probes, ids);
    // What recognition relies on: symbols that are words are exact, gefitinib names its target, lung cancer is a cancer.
    assert.equal(read.lookup('met')?.[0]?.rule, 'exact');
    assert.equal(read.lookup('met')?.[0]?.englishWord, true);
    assert.equal(read.lookup('k1')?.[0]?.needsCells, true);
    assert.deepEqual(read.record('DRUG_GEFITINIB')?.targets, ['NCBIGENE_1956']);
    assert.deepEqual(read.record('DOID_1324')?.entity.parents, ['DOID_162']);
    assert.deepEqual(read.record('CELL_A549')?.entity.parents, ['DOID_1324']);
    assert.deepEqual(read.record('NCBIGENE_6774')?.entity.parents, ['JAK_STAT'], 'a pathway member has the pathway as parent');
    assert.deepEqual(read.record('DRUG_GEFITINIB')?.entity.parents, [], 'an entry without parents');
    // A file an older build wrote (the parents as one JSON text, no ends) is refused, not read as entries without parents.
    const serialized = serializeLexicon(compactLexicon(data));
    const { 'parents.ends': _, ...older } = serialized.ints;
    assert.throws(() => deserializeLexicon({ ...serialized, ints: older }), /older build/);
    assert.equal(read.record('CL_0000235')?.entity.type, 'cell-type');
    assert.deepEqual(read.record('CL_0000235')?.identifier, { source: 'Cell Ontology', id: 'CL:0000235' });
    assert.equal(read.geneBySymbol('stat3'), 'NCBIGENE_6774');
    assert.deepEqual(read.complete('ST', 5), built.complete('ST', 5));
  });

  test('HGNC names only add keys: a new name finds its gene, another entry\'s name keeps its owner alone', () => {
    const read = new BiomedicalLexicon(deserializeLexicon(serializeLexicon(compactLexicon(data))));
    assert.deepEqual(read.lookup('adipogenesisinhibitoryfactor')?.map((t) => [t.id, t.rank]), [['NCBIGENE_3589', 6]]);
    assert.deepEqual(read.lookup('cellmigration')?.map((t) => t.id), ['GO_0016477']);
    // A gene the genes table lacks gets no entry from its names.
    assert.equal(read.lookup('orphanprotein1'), undefined);
    const il11 = read.record('NCBIGENE_3589');
    assert.ok(il11?.entity.synonyms.includes('adipogenesis inhibitory factor'));
    assert.equal(il11?.namesSource?.name, 'our HGNC-style names');
    assert.equal(read.record('NCBIGENE_6774')?.namesSource, undefined);
  });

  test('the bundled HGNC names: each is its gene\'s key alone, so no name another entry held changed owner', function () {
    this.timeout(60_000);
    const rows = bundledLexiconData();
    const lexicon = new BiomedicalLexicon(rows);
    let added = 0;
    for (const [, names] of rows.geneNames.rows) {
      for (const name of names) {
        const terms = lexicon.lookup(normalizeTerm(name)) ?? [];
        if (!terms.some((t) => t.rank === 6)) continue;
        added++;
        // One gene's name alone (where two HGNC names meet under a Greek variant, the first keeps the key).
        assert.equal(new Set(terms.map((t) => t.id)).size, 1, `${name}: ${terms.map((t) => t.id).join(', ')}`);
      }
    }
    assert.ok(added > 10_000, `${added} HGNC names indexed`);
  });

  test('lexicon.bin round trip: what esbuild.mjs writes reads back the same, with its non-ASCII names', () => {
    const withGreek: LexiconData = { ...data, processes: { source, rows: [['GO:1', 'TGF-β signalling', ['NF-κB activation'], []]] } };
    const read = new BiomedicalLexicon(deserializeLexicon(readLexiconFile(writeLexiconFile(serializeLexicon(compactLexicon(withGreek))))));
    sameAnswers(new BiomedicalLexicon(withGreek), read, [...probes, 'tgfbetasignalling', 'nfkappabactivation', 'nfκbactivation'], [...ids, 'GO_1']);
    assert.equal(read.record('GO_1')?.entity.synonyms[0], 'NF-κB activation');
    assert.equal(read.lookup('nfkappabactivation')?.[0]?.written, 'NF-κB activation');
  });

  test('lexicon.bin carries the keys\' prefix filter: read back, it says yes to every prefix of every key, as one built on first use', () => {
    const compact = compactLexicon(data);
    const read = deserializeLexicon(readLexiconFile(writeLexiconFile(serializeLexicon(compact))));
    assert.ok(read.keyPrefixes, 'the filter\'s bits are in the file');
    const fromFile = new BiomedicalLexicon(read);
    const builtHere = new BiomedicalLexicon(compact);
    const keys = [...Array(compact.keys.size).keys()].map((k) => compact.keys.strings.at(k));
    for (const key of keys) for (let n = 1; n <= key.length; n++) assert.ok(fromFile.mayStartKey(key.slice(0, n)), key.slice(0, n));
    for (const other of ['zzzq', 'qqx', 'interleukin 99', 'xylophone']) assert.equal(fromFile.mayStartKey(other), builtHere.mayStartKey(other), other);
    assert.equal(fromFile.mayStartKey('zzzq'), false);
  });

  test('the bundled lexicon: a sample of its names reads back the same from the serialized form', function () {
    this.timeout(60_000);
    const rows = bundledLexiconData();
    const built = new BiomedicalLexicon(rows);
    const read = new BiomedicalLexicon(deserializeLexicon(readLexiconFile(writeLexiconFile(serializeLexicon(compactLexicon(rows))))));
    const names = rows.genes.rows.filter((_, i) => i % 97 === 0).flatMap(([, symbol, name, aliases]) => [symbol, name, ...aliases]);
    names.push(...rows.diseases.rows.flatMap(([, name, synonyms]) => [name, ...synonyms]), ...rows.curated.rows.map(([, name]) => name), ...rows.cellTypes.rows.flatMap(([, name, , synonyms]) => [name, ...synonyms]));
    sameAnswers(built, read, names.map(normalizeTerm), [...built.ids()].filter((_, i) => i % 37 === 0));
  });

  test('the Cell Ontology only adds names: where a cell type shares a key with another entry, that entry comes first', function () {
    this.timeout(60_000);
    const rows = bundledLexiconData();
    const lexicon = new BiomedicalLexicon(rows);
    let shared = 0;
    for (const [, name, , synonyms] of rows.cellTypes.rows) {
      for (const term of [name, ...synonyms]) {
        const terms = lexicon.lookup(normalizeTerm(term)) ?? [];
        const other = terms.findIndex((t) => !t.id.startsWith('CL_'));
        if (other < 0) continue;
        shared++;
        assert.equal(other, 0, `"${term}": ${terms.map((t) => t.id).join(', ')}`);
      }
    }
    // "H cell" is also an alias of CD44 (HCELL): the gene keeps it.
    assert.ok(shared > 0);
    assert.equal(lexicon.lookup('hcell')?.[0]?.id, 'NCBIGENE_960');
  });

  test('dist/lexicon.bin, when built, holds the bundled lexicon', function () {
    const file = path.join(__dirname, '..', '..', '..', 'dist', 'lexicon.bin');
    if (!fs.existsSync(file)) this.skip();
    this.timeout(60_000);
    const read = new BiomedicalLexicon(deserializeLexicon(loadLexiconFile(file)));
    const built = new BiomedicalLexicon(bundledLexiconData());
    sameAnswers(built, read, ['il11', 'stat3', 'egfr', 'oralsquamouscellcarcinoma', 'gefitinib', 'hela', 'jakstat', 'cellmigration', 'macrophage', 'tcell'], ['NCBIGENE_3589', 'DRUG_GEFITINIB', 'CELL_HELA', 'CL_0000235']);
  });
});
