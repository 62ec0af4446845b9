// Loading library files at scale (issue 10): valid files take a fast path (JSON.parse and hand-written checks)
// that must read exactly what the precise path (parse tree + zod) reads; invalid files still get every
// problem with its line; unchanged files are not read again on reload.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AbstractReadingCache } from '../../src/core/kb/abstracts';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import type { Paper } from '../../src/core/kb/schema';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { loadKbJson, loadKbJsonPrecisely, recordLocation } from '../../src/core/kb/loadFile';
import { fastLoadKbJson } from '../../src/core/kb/fastLoad';
import { LineIndex, type LineColumn } from '../../src/core/util/lines';
import { verifyClaim } from '../../src/core/verify/verify';

const data = path.join(__dirname, '..', '..', '..', 'data');

const paper = { key: 'roe2024', title: 'A study', authors: [{ family: 'Roe' }], journal: null, year: 2024, volume: null, issue: null, pages: null, doi: null, pmid: null, summary: null };
const entities = [
  { id: 'IL11', name: 'interleukin-11', symbol: 'IL-11', type: 'cytokine', description: 'A cytokine.' },
  { id: 'STAT3', name: 'STAT3', type: 'transcription-factor', description: 'A transcription factor.' },
];
const fact = (id: string, relation = 'activates') => ({ id, subject: 'IL11', relation, object: 'STAT3', evidence: { paper: 'roe2024', locator: 'abstract', kind: 'finding' }, statement: 'IL-11 activates STAT3.' });

suite('library files at scale', () => {
  test('the fast path reads every bundled file exactly as the precise path does (defaults included)', () => {
    const files = ['entities.json', ...fs.readdirSync(path.join(data, 'papers')).map((f) => path.join('papers', f))];
    for (const file of files) {
      const text = fs.readFileSync(path.join(data, file), 'utf8');
      const fast = loadKbJson(file, text);
      const precise = loadKbJsonPrecisely(file, text);
      assert.ok(fast.factLocations, `${file} should take the fast path`);
      assert.deepEqual(precise.problems, []);
      // Papers' and entities' positions are numbers beside the records (loadFile.ts withPositions), not part of what compares.
      assert.deepEqual(fast.content, precise.content, file);
      const located: object[] = [];
      fastLoadKbJson(text, (_record, at) => located.push(at));
      const { papers, entities } = fast.content;
      assert.equal(fast.content.paperPositions?.length, 2 * papers.length, file);
      assert.equal(fast.content.entityPositions?.length, 2 * entities.length, file);
      papers.forEach((paper, i) => assert.deepEqual(recordLocation(fast.content, 'papers', i), located[i], `${file} ${paper.key}`));
      entities.forEach((entity, i) => assert.deepEqual(recordLocation(fast.content, 'entities', i), located[papers.length + i], `${file} ${entity.id}`));
      // Left out of a structured clone, as a weak map's entries were (a clone is the records as read).
      assert.equal(structuredClone(fast.content).paperPositions, undefined);
    }
  });

  test("papers are located at their key's field, wherever their key is also written", () => {
    // A title that quotes another paper's key field (escaped in the file), keys with characters beyond ASCII, keys
    // that are also parts of other strings, and both layouts: each paper's place is its own "key" field's (fastLoad.ts findRecord).
    const papers = [
      { ...paper, key: 'p1', title: 'A title with "key": "p2" in it' },
      { ...paper, key: 'p2' },
      { ...paper, key: 'müller2020' },
      { ...paper, key: 'p3', title: 'p4' },
      { ...paper, key: 'p4' },
      // A key written earlier inside a longer key, and after an escaped quote in a title (its quote on each side).
      { ...paper, key: 'q10' },
      { ...paper, key: 'q1' },
      { ...paper, key: 'q2', title: '"q3' },
      { ...paper, key: 'q3' },
    ];
    for (const text of [JSON.stringify({ papers }, null, 2), `{"papers": [\n${papers.map((p) => JSON.stringify(p)).join(',\n')}\n]}`]) {
      const located: LineColumn[] = [];
      assert.ok(fastLoadKbJson(text, (_record, at) => located.push(at)));
      const lines = new LineIndex(text);
      const expected = papers.map((p) => {
        const at = text.search(new RegExp(`"key": ?"${p.key}"`));
        assert.ok(at >= 0);
        return lines.positionAt(at);
      });
      assert.deepEqual(located, expected);
    }
  });

  test('one bad record sends the file to the precise path: its line is named, the other records load', async () => {
    const text = JSON.stringify({ papers: [paper], entities, facts: [fact('a'), fact('b', 'tickles'), fact('c')] }, null, 2);
    assert.equal(loadKbJson('lib.json', text).factLocations, undefined);
    const { kb, problems } = await buildKnowledgeBase([{ path: 'lib.json', text }]);
    assert.deepEqual(kb.facts.map((f) => f.id), ['a', 'c']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].path, 'facts[1].relation');
    assert.equal(text.split('\n')[problems[0].line].trim(), '"relation": "tickles",');
  });

  test('a file nested thousands of levels deep is one problem at its line, not a stack overflow out of the loader', () => {
    // Issue 11 (the fuzz's inputs scaled up): 5,000 "[" overflowed jsonc-parser's recursion.
    for (const text of ['['.repeat(5000), `{\n  "papers": ${'[{"a":'.repeat(3000)}`]) {
      const loaded = loadKbJson('deep.json', text);
      assert.equal(loaded.problems.length, 1);
      assert.match(loaded.problems[0].message, /nested deeper than \d+ levels/);
    }
    // Brackets inside strings are text, not nesting.
    const quoted = JSON.stringify({ papers: [{ key: 'deep2020', title: `${'['.repeat(400)} \\" ${'{'.repeat(400)}` }] });
    assert.doesNotMatch(loadKbJsonPrecisely('quoted.json', quoted).problems.map((p) => p.message).join('\n'), /nested deeper/);
  });

  test('facts read by the fast path are located on demand, each at its own record', async () => {
    const text = JSON.stringify({ papers: [paper], entities, facts: [fact('a'), fact('b'), fact('c')] }, null, 2);
    const { kb } = await buildKnowledgeBase([{ path: 'lib.json', text }]);
    for (const id of ['c', 'a', 'b']) {
      const where = kb.factLocations.get(id)!;
      assert.equal(where.file, 'lib.json');
      assert.equal(text.split('\n')[where.line].trim(), `"id": "${id}",`);
    }
    assert.equal(kb.factLocations.get('missing'), undefined);
    assert.equal(text.split('\n')[kb.papers.get('roe2024')!.location!.line].trim(), '"key": "roe2024",');
  });

  test('a record whose id is spelled like its field name is still located at its own line', async () => {
    const text = JSON.stringify({ papers: [paper, { ...paper, key: 'key' }], entities, facts: [fact('a'), fact('id')] }, null, 2);
    const { kb } = await buildKnowledgeBase([{ path: 'lib.json', text }]);
    assert.equal(text.split('\n')[kb.factLocations.get('id')!.line].trim(), '"id": "id",');
    assert.equal(text.split('\n')[kb.papers.get('key')!.location!.line].trim(), '"key": "key",');
  });

  test('a fact that points nowhere is reported at its line, also on the fast path', async () => {
    const text = JSON.stringify({ papers: [paper], entities, facts: [fact('a'), { ...fact('b'), object: 'NOPE' }] }, null, 2);
    const { kb, problems } = await buildKnowledgeBase([{ path: 'lib.json', text }]);
    assert.deepEqual(kb.facts.map((f) => f.id), ['a']);
    assert.equal(text.split('\n')[problems[0].line].trim(), '"id": "b",');
    assert.equal(kb.factLocations.has('b'), false);
  });

  test('a reload with the same texts keeps the fingerprint (analysis caches stay valid); a changed file changes it', async () => {
    const one = { path: 'one.json', text: JSON.stringify({ papers: [paper], entities, facts: [fact('a')] }) };
    const two = { path: 'two.json', text: JSON.stringify({ facts: [fact('b')] }) };
    const first = await buildKnowledgeBase([one, two]);
    const again = await buildKnowledgeBase([{ ...one, text: `${one.text}` }, two]);
    assert.equal(again.kb.fingerprint, first.kb.fingerprint);
    assert.equal(again.kb.facts[0], first.kb.facts[0], 'the unchanged file is not read again');
    const changed = await buildKnowledgeBase([one, { ...two, text: JSON.stringify({ facts: [fact('b', 'inhibits')] }) }]);
    assert.notEqual(changed.kb.fingerprint, first.kb.fingerprint);
    assert.equal(changed.kb.factsById.get('b')?.relation, 'inhibits');
  });
  test('a reload with unchanged texts hands back the same library, and names the bad record at its line again', async () => {
    const good = { path: 'good.json', text: JSON.stringify({ papers: [paper], entities, facts: [fact('a')] }, null, 2) };
    const bad = { path: 'bad.json', text: JSON.stringify({ facts: [fact('b'), { ...fact('c'), object: 'NOPE' }] }, null, 2) };
    const first = await buildKnowledgeBase([good, bad]);
    const again = await buildKnowledgeBase([{ ...good, text: `${good.text}` }, bad], first.goodContent);
    assert.equal(again.kb, first.kb, 'its indices and derived facts are not rebuilt');
    assert.deepEqual(again.problems, first.problems);
    assert.equal(again.problems.length, 1);
    assert.equal(bad.text.split('\n')[again.problems[0].line].trim(), '"id": "c",');
    assert.deepEqual(again.kb.facts.map((f) => f.id), ['a', 'b']);
    assert.equal(again.kb.factLocations.get('b')?.file, 'bad.json');
    assert.equal(again.kb.factLocations.has('c'), false);
  });

  test('abstracts read after the first load (the same texts) give a new library and a new fingerprint', async () => {
    // As the editor does: a first load leaves abstracts pending, reads them in the background, then reloads.
    class Pending extends AbstractReadingCache {
      pending = true;
      override read(p: Paper, reader: KnowledgeBase) {
        return this.pending ? [] : super.read(p, reader);
      }
    }
    const cache = new Pending();
    const bib = { path: 'refs.bib', text: '@article{roe2022,\n  title = {IL-11 in cells},\n  year = {2022},\n  abstract = {IL-11 activated STAT3 in these cells.}\n}\n' };
    const library = { path: 'lib.json', text: JSON.stringify({ entities }) };
    const first = await buildKnowledgeBase([library, bib], undefined, { abstractCache: cache });
    assert.deepEqual(first.kb.factsByPaper.get('roe2022') ?? [], []);
    cache.pending = false;
    const read = await buildKnowledgeBase([library, bib], first.goodContent, { abstractCache: cache });
    assert.notEqual(read.kb.fingerprint, first.kb.fingerprint, 'analyses cached against the first library stop matching');
    assert.deepEqual(read.kb.factsByPaper.get('roe2022')?.map((f) => `${f.subject} ${f.relation} ${f.object}`), ['IL11 activates STAT3']);
    const again = await buildKnowledgeBase([library, bib], read.goodContent, { abstractCache: cache });
    assert.equal(again.kb, read.kb);
  });
});

suite('a .bib at scale', () => {
  test('each entry is located at its own "@" line, plain entries and those the real parser reads alike', async () => {
    const text = [
      '% a comment line',
      '@article{plain1,', '  title = {A plain title},', '  year = {2020}', '}',
      '',
      '@article{accent2, title = {Caf\\\'e culture}, author = {M{\\"u}ller, Jan}, year = {2021}}',
      '@ stray',
      '@book{plain3,', '  title = {Another},', '  author = {Roe, Kim and others}', '}',
    ].join('\n');
    const { kb, problems } = await buildKnowledgeBase([{ path: 'refs.bib', text }], undefined, { readAbstracts: false });
    const lines = text.split('\n');
    for (const key of ['plain1', 'accent2', 'plain3']) {
      const where = kb.papers.get(key)?.location;
      assert.ok(where, key);
      assert.ok(lines[where.line].slice(where.character).startsWith(`@`) && lines[where.line].includes(key), `${key} at line ${where.line}`);
    }
    assert.equal(kb.papers.get('plain3')?.authorsTruncated, true);
    assert.equal(problems.length, 1);
    assert.equal(lines[problems[0].line], '@ stray');
  });
});

suite('verification candidates at scale', () => {
  test('a claim is compared only with facts whose object can match it, in library order, and the verdict is the same', async () => {
    const many = [
      ...entities,
      { id: 'MMP13', name: 'MMP-13', type: 'enzyme', description: 'An enzyme.' },
      ...Array.from({ length: 80 }, (_, i) => ({ id: `GX${i}`, name: `generated ${i}`, type: 'protein', description: 'Generated.' })),
    ];
    const facts = [
      ...Array.from({ length: 80 }, (_, i) => ({ ...fact(`x${i}`), object: `GX${i}`, statement: 'IL-11 activates a generated protein.' })),
      { ...fact('stat3'), statement: 'IL-11 activates STAT3.' },
      { ...fact('mmp13', 'increases'), object: 'MMP13', statement: 'IL-11 raises MMP-13.' },
    ];
    const { kb } = await buildKnowledgeBase([{ path: 'lib.json', text: JSON.stringify({ papers: [paper], entities: many, facts }) }]);
    assert.equal(kb.factsAboutSubject('IL11').length, 82);
    assert.deepEqual(kb.candidateFacts('IL11', 'STAT3').map((f) => f.id), ['stat3']);
    assert.deepEqual(kb.candidateFacts('IL11', 'MMP13').map((f) => f.id), ['mmp13']);
    const verdict = verifyClaim({ subject: 'IL11', relation: 'activates', object: 'STAT3', mediators: [], context: [], negated: false }, kb);
    assert.equal(verdict.verdict, 'supported');
    assert.deepEqual(verdict.evidence.map((f) => f.id), ['stat3']);
  });
});
