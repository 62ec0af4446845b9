// Loading library files at scale (issue 10): valid files take a fast path (JSON.parse and hand-written checks)
// that must read exactly what the precise path (parse tree + zod) reads; invalid files still get every
// problem with its line; unchanged files are not read again on reload.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import { loadKbJson, loadKbJsonPrecisely } from '../../src/core/kb/loadFile';

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
      assert.deepEqual(fast.content, precise.content, file);
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
});
