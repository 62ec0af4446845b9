// Readings of abstracts kept on disk: a second session reads nothing again, an edited abstract is read
// again alone, another program (a new reader or lexicon) reads everything again, and a damaged file is an
// empty store. A budget leaves new abstracts pending for the background.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildKnowledgeBase, type KbSource } from '../../src/core/kb/build';
import { StoredAbstractCache } from '../../src/node/abstractStore';

const entitiesFile: KbSource = { path: 'entities.json', text: fs.readFileSync(path.join(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8') };
const finding = (n: number, verb = 'activates') => `Acquired resistance limits EGFR inhibitors. Here we show that MET amplification ${verb} ERBB3 signalling in lung adenocarcinoma cells (cohort ${n}).`;
const bib = (count: number, changed?: number): KbSource => ({
  path: 'refs.bib',
  text: Array.from({ length: count }, (_, i) => `@article{paper${i},\n  title = {Paper ${i}},\n  year = {2021},\n  abstract = {${finding(i, i === changed ? 'inhibits' : 'activates')}}\n}\n`).join('\n'),
});
const extracted = (facts: readonly { evidence: { extracted?: unknown; paper: string } }[]) => facts.filter((f) => f.evidence.extracted).map((f) => f.evidence.paper);

suite('abstract readings on disk', () => {
  let folder: string;
  let file: string;
  setup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-store-'));
    file = path.join(folder, 'nested', 'abstract-readings.json');
  });
  teardown(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** Builds with a cache that may read nothing new, and returns what it left pending and the extracted facts' papers. */
  async function session(cache: StoredAbstractCache, source: KbSource) {
    cache.beginBuild(0);
    const built = await buildKnowledgeBase([entitiesFile, source], undefined, { abstractCache: cache });
    return { pending: cache.takePending().papers.map((p) => p.key), papers: extracted(built.kb.facts) };
  }

  test('a second session finds every reading; an edited abstract alone is read again', async () => {
    const first = new StoredAbstractCache(file, 'program-1');
    first.beginBuild();
    const built = await buildKnowledgeBase([entitiesFile, bib(5)], undefined, { abstractCache: first });
    assert.equal(new Set(extracted(built.kb.facts)).size, 5, 'every abstract yields its finding');
    assert.ok(first.save());
    assert.ok(fs.existsSync(file));

    const again = await session(new StoredAbstractCache(file, 'program-1'), bib(5));
    assert.deepEqual(again.pending, [], 'nothing is read again');
    assert.equal(new Set(again.papers).size, 5, 'the stored readings are the facts');

    const edited = await session(new StoredAbstractCache(file, 'program-1'), bib(5, 3));
    assert.deepEqual(edited.pending, ['paper3']);
    assert.ok(!edited.papers.includes('paper3'), 'a pending paper has no facts until it is read');
  });

  test('a stored reading comes back with the same locator and statement, the sentence kept once in the file', async () => {
    const first = new StoredAbstractCache(file, 'program-1');
    first.beginBuild();
    const built = await buildKnowledgeBase([entitiesFile, bib(2)], undefined, { abstractCache: first });
    first.save();
    const second = new StoredAbstractCache(file, 'program-1');
    second.beginBuild(0);
    const again = await buildKnowledgeBase([entitiesFile, bib(2)], undefined, { abstractCache: second });
    const readings = (kb: typeof built.kb) => kb.facts.filter((f) => f.evidence.extracted).map((f) => ({ id: f.id, locator: f.evidence.locator, statement: f.statement, text: f.evidence.extracted!.text }));
    assert.ok(readings(built.kb).length >= 2);
    assert.deepEqual(readings(again.kb), readings(built.kb));
    const stored = fs.readFileSync(file, 'utf8');
    assert.equal(stored.split('MET amplification activates ERBB3 signalling in lung adenocarcinoma cells (cohort 1)').length - 1, 1, 'the sentence is stored once');
  });

  test('another program reads everything again', async () => {
    const first = new StoredAbstractCache(file, 'program-1');
    first.beginBuild();
    await buildKnowledgeBase([entitiesFile, bib(3)], undefined, { abstractCache: first });
    first.save();
    const other = await session(new StoredAbstractCache(file, 'program-2'), bib(3));
    assert.deepEqual(other.pending.sort(), ['paper0', 'paper1', 'paper2']);
  });

  test('pending papers read in the background are found by the next build, and saved', async () => {
    const cache = new StoredAbstractCache(file, 'program-1');
    const before = await session(cache, bib(4));
    assert.equal(before.pending.length, 4);
    cache.beginBuild(0);
    await buildKnowledgeBase([entitiesFile, bib(4)], undefined, { abstractCache: cache });
    const { papers, reader } = cache.takePending();
    for (const paper of papers) cache.readPending(paper, reader!);
    const after = await session(cache, bib(4));
    assert.deepEqual(after.pending, []);
    assert.equal(new Set(after.papers).size, 4);
    assert.ok(cache.save());
    assert.deepEqual((await session(new StoredAbstractCache(file, 'program-1'), bib(4))).pending, []);
  });

  test('a damaged or foreign file is an empty store, and the cache still works', async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const text of ['{"format":1,"entries":[["k",[{"id":1}]]', '{"format":1,"entries":[["k",[{"id":"x"}]]]}', '[]', 'not json']) {
      fs.writeFileSync(file, text);
      const cache = new StoredAbstractCache(file, 'program-1');
      assert.equal(cache.size, 0, text);
      cache.beginBuild();
      const built = await buildKnowledgeBase([entitiesFile, bib(1)], undefined, { abstractCache: cache });
      assert.equal(extracted(built.kb.facts).length > 0, true);
    }
  });

  test('the readings handed to another thread give the same facts without reading', async () => {
    const main = new StoredAbstractCache(undefined, 'program-1');
    main.beginBuild();
    const built = await buildKnowledgeBase([entitiesFile, bib(3)], undefined, { abstractCache: main });
    const worker = new StoredAbstractCache(undefined, 'program-1');
    worker.seed(main.usedReadings());
    const copy = await session(worker, bib(3));
    assert.deepEqual(copy.pending, []);
    assert.deepEqual(copy.papers, extracted(built.kb.facts));
  });
});
