// The facts of a library JSON file scanned into columns (kb/factScan.ts) are the fast path's facts (kb/fastLoad.ts):
// the scan accepts a file only when the fast path accepts it, and every fact it makes equals the fast path's, key
// order included. A record the scan does not know, or one that is not valid, declines the whole file.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fastLoadKbJson } from '../../src/core/kb/fastLoad';
import { decodeSnapshot, encodeSnapshot } from '../../src/core/kb/librarySnapshot';
import { isEntityId, isFactIdAt, ScannedFactMaker, scanKbJson, ScanTables } from '../../src/core/kb/factScan';
import { EntityId, FactSchema, type Fact } from '../../src/core/kb/schema';
import { generateLibrary } from '../../bench/generate/library';
import type { LineColumn } from '../../src/core/util/lines';

const dataDir = path.join(__dirname, '..', '..', '..', 'data');

/** Both readings of a text: the fast path's facts and positions, and the scan's. */
function both(text: string) {
  const fastPositions: LineColumn[] = [];
  const fast = fastLoadKbJson(text, (_, at) => fastPositions.push(at));
  const scanPositions: LineColumn[] = [];
  const scanned = scanKbJson(text, (_, at) => scanPositions.push(at));
  const facts = scanned ? Array.from({ length: scanned.facts.count }, (_, n) => new ScannedFactMaker(scanned.facts, text).factAt(n)) : undefined;
  return { fast, fastPositions, scanned, scanPositions, facts };
}

/** The scan accepted and agrees with the fast path in every value and key order. */
function assertSame(text: string, label: string): void {
  const { fast, fastPositions, scanned, scanPositions, facts } = both(text);
  assert.ok(fast, `${label}: the fast path reads it`);
  assert.ok(scanned && facts, `${label}: the scan reads it`);
  assert.equal(JSON.stringify(facts), JSON.stringify(fast.facts), label);
  assert.equal(JSON.stringify(scanned.content.papers), JSON.stringify(fast.papers), label);
  assert.equal(JSON.stringify(scanned.content.entities), JSON.stringify(fast.entities), label);
  assert.deepEqual(scanPositions, fastPositions, `${label}: papers and entities at the same places`);
}

/** The schema's keys in its order, as a library file writes them. */
const layout = ['id', 'subject', 'relation', 'polarity', 'object', 'objectAspect', 'mediators', 'context', 'evidence', 'statement'];

/** A fact record in the schema's key order (keys not in the schema after them), with `fields` changed. */
const fact = (fields: Record<string, unknown> = {}): Record<string, unknown> => {
  const all: Record<string, unknown> = {
    id: 'p1/f1', subject: 'IL11', relation: 'activates', object: 'STAT3', mediators: [], context: ['HCC'],
    evidence: { paper: 'p1', locator: 'results, Fig. 2', kind: 'finding' }, statement: 'IL-11 turned on STAT3 in liver cancer cells.', ...fields,
  };
  const ordered: Record<string, unknown> = {};
  for (const key of [...layout, ...Object.keys(all).filter((key) => !layout.includes(key))]) if (key in all) ordered[key] = all[key];
  return ordered;
};

/** A file of one paper and these facts, written one record a line as the generator writes them. */
function file(facts: readonly Record<string, unknown>[]): string {
  const paper = { key: 'p1', title: 'A study', authors: null, journal: null, year: 2020, volume: null, issue: null, pages: null, doi: null, pmid: null, keywords: [], summary: null };
  return `{"papers": [\n${JSON.stringify(paper)}\n],\n"facts": [\n${facts.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

suite('facts scanned into columns', () => {
  test('the bundled library files and a generated one read the same as by the fast path', () => {
    const files = [path.join(dataDir, 'entities.json'), ...fs.readdirSync(path.join(dataDir, 'papers')).map((f) => path.join(dataDir, 'papers', f))];
    let scanned = 0;
    for (const name of files) {
      const text = fs.readFileSync(name, 'utf8');
      const { fast, scanned: s } = both(text);
      // A bundled file may be of another layout (the scan declines it): then the fast path reads it, as now.
      if (s) {
        assertSame(text, name);
        scanned++;
      } else {
        assert.ok(fast || !s);
      }
    }
    const generated = generateLibrary({ papers: 300, factsPerPaper: 10, entities: 400, papersPerFile: 100 }).sources.filter((s) => s.path.startsWith('generated/'));
    for (const source of generated) if (source.path.includes('papers')) assertSame(source.text, source.path);
    assert.ok(generated.some((source) => source.path.includes('papers')));
    assert.ok(scanned > 0, `bundled files read by the scan: ${scanned}`);
    console.log(`      (${scanned} of ${files.length} bundled files scanned)`);
  });

  test('optional keys, pretty printing, escapes and shared parts', () => {
    const facts = [
      fact(),
      fact({ id: 'p1/f2', relation: 'associated-with', polarity: 'negative', object: 'GP130', objectAspect: 'expression', mediators: ['JAK1', 'STAT3'] }),
      fact({ id: 'p1/f3', relation: 'signals-through', object: undefined, mediators: ['GP130'] }),
      fact({ id: 'p1/f4', statement: 'A "quoted" word, a tab\there and an accent: é, \u03ba.' }),
      fact({ id: 'p1/f5', context: ['HCC'], evidence: { paper: 'p1', locator: 'results, Fig. 2', kind: 'background' } }),
      fact({ id: 'p1/f6', evidence: { paper: 'p1', locator: 'results, Fig. 2', kind: 'background', cites: 'Smith et al., ref. "12"' } }),
    ];
    assertSame(file(facts), 'one record a line');
    assertSame(JSON.stringify(JSON.parse(file(facts)), null, 2), 'pretty printed');
    const text = file(facts);
    const scanned = scanKbJson(text, () => {})!;
    const maker = new ScannedFactMaker(scanned.facts, text);
    const made = Array.from({ length: scanned.facts.count }, (_, n) => maker.factAt(n));
    assert.equal(made[0].context, made[1].context, 'the same list is one array');
    assert.equal(made[0].evidence, made[1].evidence, 'the same evidence is one object');
    assert.notEqual(made[0].evidence, made[4].evidence, 'evidence of another kind is its own');
    assert.equal(made[5].evidence.cites, 'Smith et al., ref. "12"');
  });

  test('facts kept compact read the same ids and statements, in ASCII and with a letter outside it', () => {
    const ascii = [fact(), fact({ id: 'p1/g2', statement: 'A plain sentence of my own, no escapes.' }), fact({ id: 'p1/g3', statement: 'Quotes \"inside\" it.' })];
    const other = [...ascii, fact({ id: 'p1/g4', statement: 'A letter \u03b2 and a degree sign \u00b0 outside ASCII.' })];
    for (const facts of [ascii, other]) {
      const text = file(facts);
      const scanned = scanKbJson(text, () => {})!;
      const maker = new ScannedFactMaker(scanned.facts, text, true);
      const parsed = JSON.parse(text).facts as Fact[];
      assert.notEqual(maker.text, text);
      for (let n = 0; n < parsed.length; n++) {
        assert.equal(maker.idAt(n), parsed[n].id);
        assert.equal(maker.statementAt(n), parsed[n].statement);
        assert.deepEqual(maker.factAt(n), parsed[n]);
      }
    }
  });

  test('a snapshot of a scanned file is written from its columns: the same bytes as from its facts, none made', () => {
    const facts = [
      fact(),
      fact({ id: 'p1/g2', relation: 'associated-with', polarity: 'positive', object: 'GP130', objectAspect: 'activity', mediators: ['STAT3', 'JAK1'], context: [] }),
      fact({ id: 'p1/g3', relation: 'signals-through', object: undefined, mediators: ['GP130'] }),
      fact({ id: 'p1/g4', statement: 'Escapes \"here\" and a letter \u03ba outside ASCII.' }),
      fact({ id: 'p1/g5', evidence: { paper: 'p1', locator: 'discussion', kind: 'background', cites: 'ref. 4' } }),
      fact({ id: 'p1/g6', context: ['HCC'], evidence: { paper: 'p1', locator: 'discussion', kind: 'finding' } }),
    ];
    const text = file(facts);
    const snapshotOf = (fromColumns: boolean, madeFirst: number[] = []): Uint8Array => {
      const scanned = scanKbJson(text, () => {})!;
      const maker = new ScannedFactMaker(scanned.facts, text, true);
      for (const n of madeFirst) maker.factAt(n);
      const entry = { path: 'p.json', papers: scanned.content.papers, entities: [], paperPositions: Int32Array.of(1, 0), entityPositions: new Int32Array(0) };
      if (!fromColumns) return encodeSnapshot([{ ...entry, facts: Array.from({ length: maker.count }, (_, n) => maker.factAt(n)) }]);
      const bytes = encodeSnapshot([{ ...entry, factCount: maker.count, scanned: maker, get facts(): Fact[] { throw new Error('no fact is made for the snapshot'); } }]);
      return bytes;
    };
    const expected = snapshotOf(false);
    assert.deepEqual(snapshotOf(true), expected);
    assert.deepEqual(snapshotOf(true, [3, 1]), expected, 'some facts made already');
    const decoded = decodeSnapshot(expected, ['p.json'])!;
    assert.equal(decoded.files[0].facts[3].statement, JSON.parse(text).facts[3].statement);
  });

  test('a record broken one way at a time: the scan declines whenever the fast path does', () => {
    const broken: Record<string, unknown>[] = [
      fact({ id: 'P1/F1' }), fact({ id: '' }), fact({ id: '-p1' }), fact({ subject: 'il11' }), fact({ subject: '' }), fact({ subject: '_X' }),
      fact({ relation: 'boosts' }), fact({ relation: 'associated-with' }), fact({ object: undefined }), fact({ relation: 'signals-through', object: undefined, mediators: [] }),
      fact({ polarity: 'up' }), fact({ objectAspect: 'size' }), fact({ mediators: ['ok', 'X'] }), fact({ context: 'HCC' }), fact({ statement: '' }),
      fact({ evidence: { paper: 'p 1', locator: 'a', kind: 'finding' } }), fact({ evidence: { paper: 'p1', locator: '', kind: 'finding' } }),
      fact({ evidence: { paper: 'p1', locator: 'a', kind: 'review' } }), fact({ extra: 1 }), fact({ evidence: { paper: 'p1', locator: 'a', kind: 'finding', other: 2 } }),
      fact({ statement: 7 }), fact({ mediators: [3] }), fact({ evidence: { paper: 'p1', locator: 'a', kind: 'background', cites: '' } }),
    ];
    for (const record of broken) {
      const text = file([fact({ id: 'p1/ok' }), record]);
      const { fast, scanned } = both(text);
      assert.equal(fast, undefined, `the fast path declines ${JSON.stringify(record)}`);
      assert.equal(scanned, undefined, `the scan declines ${JSON.stringify(record)}`);
    }
    // Valid records of a layout the scan does not read go to the fast path (declined here, read there).
    const otherLayouts = [
      fact({ evidence: { paper: 'p1', locator: 'a', kind: 'background', extracted: { sentence: 0, text: 'A line.', reader: 'r', hedged: false, negated: false } } }),
      { id: 'p1/f9', relation: 'activates', subject: 'IL11', object: 'STAT3', mediators: [], context: [], evidence: { paper: 'p1', locator: 'a', kind: 'finding' }, statement: 'Keys in another order.' },
      { id: 'p1/f9', subject: 'IL11', relation: 'activates', object: 'STAT3', evidence: { paper: 'p1', locator: 'a', kind: 'finding' }, statement: 'Lists left to their defaults.' },
      fact({ subject: 'IL\\u0031' }),
      // Escapes in the values the scan finds the end of by the next quote: each must still leave the file to the fast path.
      fact({ evidence: { paper: 'p1', locator: 'results, "Fig. 2"', kind: 'finding' } }), fact({ evidence: { paper: 'p1', locator: 'a\\b', kind: 'finding' } }),
      fact({ evidence: { paper: 'p1', locator: 'a\tb', kind: 'finding' } }), fact({ evidence: { paper: 'p1', locator: 'a\u0001', kind: 'finding' } }),
      fact({ evidence: { paper: 'p\\q', locator: 'a', kind: 'finding' } }),
    ];
    for (const record of otherLayouts) {
      const text = file([record]).replace('IL\\\\u0031', 'IL\\u0031');
      const { fast, scanned } = both(text);
      assert.ok(fast, `the fast path reads ${JSON.stringify(record)}`);
      assert.equal(scanned, undefined, `the scan leaves ${JSON.stringify(record)} to the fast path`);
    }
    // Broken JSON around or inside the array.
    const good = file([fact()]);
    for (const text of [good.replace('"facts": [', '"facts": [,'), good.replace(/\]\}\n$/, ']'), good.replace(/\]\}\n$/, ']}}'), good.replace(/\]\}\n$/, '],"facts":[]}'), good.replace('"papers"', '"papers":[],"papers"').replace('"papers":[],"papers": [', '"papers": ['), good.replace('in liver', 'in \\q liver'), good.replace('in liver', 'in \tliver')]) {
      const { fast, scanned } = both(text);
      if (!fast) assert.equal(scanned, undefined, text);
      else if (scanned) assertSame(text, text);
    }
  });

  test('the id checks are the schema patterns', () => {
    const samples = ['A', 'IL11', 'IL_11', '_IL', '1A', 'a', '', 'IL-11', 'STAT3_P', 'Ä', 'p1/f1', 'p1', 'p1/f-1.2_x', '/p', 'P1', 'p 1', 'p1/é'];
    for (const sample of samples) {
      assert.equal(isEntityId(sample), EntityId.safeParse(sample).success, sample);
      const shape = (FactSchema as unknown as { shape?: Record<string, typeof EntityId> }).shape;
      const idOk = shape ? shape.id.safeParse(sample).success : /^[a-z0-9][a-z0-9_./-]*$/.test(sample);
      assert.equal(isFactIdAt(`"${sample}"`, 1, 1 + sample.length), idOk, sample);
    }
  });

  test('the entity table numbers each id once, however far it grows, wherever the id is written', () => {
    // Thousands of ids, so the table grows several times; ids that share a start and differ in length.
    const ids = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `GX${i}` : i % 3 === 1 ? `GX${i}_P` : `A${i}`));
    const tables = new ScanTables();
    const first = ` ${ids.join(' ')} `;
    let at = 1;
    const numbers = ids.map((id) => {
      const n = tables.entities.numberAt(first, at, at + id.length);
      at += id.length + 1;
      return n;
    });
    assert.deepEqual(numbers, ids.map((_, i) => i));
    assert.deepEqual(tables.entities.keys, ids);
    // The same ids written elsewhere, in another order: the same numbers, no new key.
    const reversed = [...ids].reverse();
    const second = `[${reversed.join(',')}]`;
    at = 1;
    for (const id of reversed) {
      assert.equal(tables.entities.numberAt(second, at, at + id.length), ids.indexOf(id), id);
      at += id.length + 1;
    }
    assert.equal(tables.entities.keys.length, ids.length);
    // A prefix of a known id is a new id; an id that is not valid gets no number.
    assert.equal(tables.entities.numberAt('GX1', 0, 2), ids.length);
    assert.equal(tables.entities.numberAt('gx1', 0, 3), -1);
  });

  test('short keys (written whole in their slot) and long ones (compared by character) are told apart exactly', () => {
    // Eight characters or fewer and each under 256 is a short key; around that edge: ids of 7, 8 and 9 characters
    // sharing their first eight, a key and its prefix, and locators with a character outside Latin-1.
    const ids = ['ABCDEFG', 'ABCDEFGH', 'ABCDEFGH1', 'ABCDEFGH2', 'ABCDEFGHIJKLMNOP', 'A', 'A0', 'Z9_', 'ABCDEFGI'];
    const tables = new ScanTables();
    const text = ids.join(' ');
    const numberOf = (table: typeof tables.entities, written: string, id: string) => table.numberAt(written, written.indexOf(` ${id} `) + 1, written.indexOf(` ${id} `) + 1 + id.length);
    const padded = ` ${text} `;
    assert.deepEqual(ids.map((id) => numberOf(tables.entities, padded, id)), ids.map((_, i) => i));
    // Again, after hundreds more keys have grown the table: each still finds its first number.
    for (let i = 0; i < 700; i++) tables.entities.numberAt(`X${i}`, 0, `X${i}`.length);
    assert.deepEqual(ids.map((id) => numberOf(tables.entities, padded, id)), ids.map((_, i) => i));
    const locators = ['Fig. 2', 'Fig. 2\u2013', 'Fig. 2\u20133', 'Fig. 2B'].map((l) => JSON.parse(`"${l}"`) as string);
    const written = ` ${locators.join(' ')} `;
    assert.deepEqual(locators.map((l) => numberOf(tables.locators, written, l)), [0, 1, 2, 3]);
    assert.deepEqual(locators.map((l) => numberOf(tables.locators, written, l)), [0, 1, 2, 3]);
    assert.deepEqual(tables.locators.keys, locators);
  });
});
