// The library kept on disk as read (issue 10): a next session built from the snapshot has the same facts,
// indices and verdicts as one that parses the files; a changed file, a damaged snapshot or one of another
// program is ignored and the library still loads whole; a library with problems is never stored.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildKnowledgeBase, type KbSource } from '../../src/core/kb/build';
import { decodeSnapshot, encodeSnapshot, readSnapshotParts } from '../../src/core/kb/librarySnapshot';
import { derivedFact, type Derivation } from '../../src/core/kb/inference';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { Fact } from '../../src/core/kb/schema';
import { ClaimLensService } from '../../src/core/service';
import { LibrarySnapshotStore } from '../../src/node/librarySnapshots';

const data = path.join(__dirname, '..', '..', '..', 'data');
const bundled: KbSource[] = [
  { path: path.join(data, 'entities.json'), text: fs.readFileSync(path.join(data, 'entities.json'), 'utf8') },
  ...fs.readdirSync(path.join(data, 'papers')).sort().map((file) => ({ path: path.join(data, 'papers', file), text: fs.readFileSync(path.join(data, 'papers', file), 'utf8') })),
];

/** A library file of our own with every shape a fact can take: polarity, no object, an aspect, routes, places, cited and read evidence. */
function ownLibrary(statementOfLast = 'Gp130 loss lowered STAT3 phosphorylation in these cells.'): KbSource {
  const paper = (key: string) => ({ key, title: `A study ${key}`, authors: [{ family: 'Roe', given: 'A.' }], journal: 'J Test', year: 2020, volume: '3', issue: null, pages: null, doi: null, pmid: null, summary: null });
  const evidence = (key: string, locator = 'results, Fig. 2') => ({ paper: key, locator, kind: 'finding' });
  const facts = [
    { id: 'roe2020/a', subject: 'IL11', relation: 'activates', object: 'STAT3', mediators: ['GP130'], context: ['GASTRIC_CANCER'], evidence: evidence('roe2020'), statement: 'IL-11 activated STAT3 through gp130 in gastric cancer cells.' },
    { id: 'roe2020/b', subject: 'STAT3', relation: 'associated-with', polarity: 'negative', object: 'OVERALL_SURVIVAL', evidence: evidence('roe2020', 'abstract'), statement: 'High STAT3 went with shorter survival.' },
    { id: 'roe2020/c', subject: 'IL11', relation: 'signals-through', mediators: ['GP130', 'STAT3'], evidence: evidence('roe2020'), statement: 'IL-11 signals through gp130 and STAT3.' },
    { id: 'doe2021/a', subject: 'GP130', relation: 'increases', object: 'STAT3', objectAspect: 'phosphorylation', context: ['GASTRIC_CANCER', 'HYPOXIA'], evidence: { paper: 'doe2021', locator: 'introduction', kind: 'background', cites: 'Smith et al., ref. 4' }, statement: statementOfLast },
    { id: 'doe2021/b', subject: 'STAT3', relation: 'promotes', object: 'EMT', evidence: { paper: 'doe2021', locator: 'abstract, sentence 2', kind: 'finding', extracted: { sentence: 1, text: 'STAT3 drove EMT.', reader: 'test', hedged: false, negated: false } }, statement: 'STAT3 drove EMT – with a dash, and “quotes”.' },
  ];
  return { path: '/library/own.json', text: JSON.stringify({ papers: [paper('roe2020'), paper('doe2021')], facts }, null, 2) };
}

const draft = 'IL-11 activated STAT3 in gastric cancer cells. STAT3 promoted EMT. High STAT3 was associated with shorter overall survival.';

function verdicts(kb: KnowledgeBase): string[] {
  const analysis = new ClaimLensService(kb).analyze({ id: 'draft.md', languageId: 'markdown', version: 1, text: draft });
  return analysis.sentences.map((s) => `${s.verdict}:${s.claims.flatMap((c) => c.verification.evidence.map((e) => e.id)).join(',')}`);
}

/** A new session for the build: it forgets the files it read (the next build cannot reuse them). */
async function forgetSession(): Promise<void> {
  await buildKnowledgeBase([]);
}

suite('the library kept on disk (snapshot)', function () {
  // The first build loads the lexicon of biomedicine; the checks then run the claim reader.
  this.timeout(120_000);
  let folder: string;
  let file: string;
  setup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-snapshot-'));
    file = path.join(folder, 'nested', 'library-snapshot.bin');
  });
  teardown(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** A first session that reads the files and writes the snapshot. */
  async function firstSession(sources: KbSource[]) {
    await forgetSession();
    const store = new LibrarySnapshotStore(file, 'program-1', 0);
    const built = await buildKnowledgeBase(sources, undefined, { snapshots: store });
    assert.equal(store.stats.found, false);
    assert.ok(store.pending, 'a library without problems offers its snapshot');
    assert.ok(store.save());
    assert.ok(fs.existsSync(file));
    return built;
  }

  async function nextSession(sources: KbSource[], program = 'program-1') {
    await forgetSession();
    const store = new LibrarySnapshotStore(file, program, 0);
    const built = await buildKnowledgeBase(sources, undefined, { snapshots: store });
    return { built, store };
  }

  test('written in steps, with requests answered between them, the snapshot is the bytes written in one go, and a next session uses it', async () => {
    const sources = [...bundled, ownLibrary()];
    await firstSession(sources);
    const inOneGo = fs.readFileSync(file);
    fs.rmSync(file);
    await forgetSession();
    const store = new LibrarySnapshotStore(file, 'program-1', 0);
    await buildKnowledgeBase(sources, undefined, { snapshots: store });
    let pauses = 0;
    let answered = 0;
    const saved = store.saveInSteps(async () => {
      pauses++;
      // What a server does between steps: another task runs before the write goes on.
      await new Promise<void>((resolve) => setImmediate(() => (answered++, resolve())));
    });
    assert.equal(fs.existsSync(file), false, 'nothing is written before the first pause');
    assert.equal(await saved, true);
    assert.ok(pauses >= 5 && answered === pauses, `paused ${pauses} times`);
    assert.ok(fs.readFileSync(file).equals(inOneGo));
    const { store: next } = await nextSession(sources);
    assert.equal(next.stats.found, true);
  });

  test('a next session from the snapshot has the same facts, indices, locations and verdicts as a fresh read', async () => {
    const sources = [...bundled, ownLibrary()];
    const fresh = await firstSession(sources);
    const { built, store } = await nextSession(sources);
    assert.ok(store.stats.found, 'the snapshot is used');
    const [a, b] = [fresh.kb, built.kb];
    assert.deepEqual(b.facts, a.facts);
    assert.deepEqual(b.derivedFacts, a.derivedFacts);
    assert.deepEqual([...b.papers], [...a.papers]);
    assert.deepEqual([...b.entities], [...a.entities]);
    assert.deepEqual([...b.entityLocations], [...a.entityLocations]);
    assert.deepEqual(built.problems, fresh.problems);
    assert.deepEqual([...built.goodContent], [...fresh.goodContent]);
    for (const index of ['factsByEntity', 'factsByPaper'] as const) assert.deepEqual([...b[index]], [...a[index]], index);
    for (const id of b.entities.keys()) {
      assert.deepEqual(b.factsAboutSubject(id), a.factsAboutSubject(id), id);
      assert.deepEqual(b.factsAboutObject(id), a.factsAboutObject(id), id);
    }
    for (const fact of a.facts) assert.deepEqual(b.factLocations.get(fact.id), a.factLocations.get(fact.id), fact.id);
    assert.equal(b.factLocations.get('doe2021/a')?.file, '/library/own.json');
    assert.ok((b.factLocations.get('doe2021/a')?.line ?? 0) > 0);
    assert.deepEqual(verdicts(b), verdicts(a));
    assert.ok(verdicts(b).some((v) => v.startsWith('supported:')), 'the draft meets the library');
  });

  test('a reload after a session from the snapshot reads only the changed file, and the result is a fresh read', async () => {
    const sources = [...bundled, ownLibrary()];
    await firstSession(sources);
    const { built } = await nextSession(sources);
    const changed = [...bundled, ownLibrary('Gp130 loss did not change STAT3 phosphorylation.')];
    const reloaded = await buildKnowledgeBase(changed, built.goodContent);
    assert.equal(reloaded.kb.facts.find((f) => f.id === 'doe2021/a')?.statement, 'Gp130 loss did not change STAT3 phosphorylation.');
    await forgetSession();
    const fresh = await buildKnowledgeBase(changed);
    assert.deepEqual(reloaded.kb.facts, fresh.kb.facts);
    assert.deepEqual(verdicts(reloaded.kb), verdicts(fresh.kb));
  });

  test('a changed source file, another program or an added file: the snapshot is ignored and a new one offered', async () => {
    await firstSession([...bundled, ownLibrary()]);
    const changed = [...bundled, ownLibrary('Gp130 loss did not change STAT3 phosphorylation.')];
    const { built, store } = await nextSession(changed);
    assert.equal(store.stats.found, false);
    assert.match(store.stats.ignored, /other files/);
    assert.equal(built.kb.facts.find((f) => f.id === 'doe2021/a')?.statement, 'Gp130 loss did not change STAT3 phosphorylation.', 'the changed file is what loads');
    assert.ok(store.pending);
    const other = await nextSession([...bundled, ownLibrary()], 'program-2');
    assert.equal(other.store.stats.found, false, 'another program never reads the snapshot');
    const added = await nextSession([...bundled, ownLibrary(), { path: '/library/refs.bib', text: '@article{new2024,\n  title = {New},\n  year = {2024}\n}\n' }]);
    assert.equal(added.store.stats.found, false);
    assert.ok(added.built.kb.papers.has('new2024'));
  });

  test('a damaged snapshot is ignored: the library loads whole from its files', async () => {
    const sources = [...bundled, ownLibrary()];
    const fresh = await firstSession(sources);
    const bytes = fs.readFileSync(file);
    // One byte changed: each part is read straight into its array (readSnapshotParts), so a change in a column, in
    // the lengths of the parts or in a text must each fail the checksum before anything is decoded.
    const body = bytes.indexOf(0x0a, 'claimlens library snapshot\n'.length) + 1;
    const changed = (at: number) => Buffer.concat([bytes.subarray(0, at), Buffer.from([bytes[at] ^ 0x01]), bytes.subarray(at + 1)]);
    const damages: [string, Buffer][] = [
      ['a byte changed in the body', changed(bytes.length - 40)],
      ["a byte changed in the parts' lengths", changed(body + 8 + 2)],
      ["a byte changed in the facts' subjects (the first column)", changed(body + 8 + 4 * 37)],
      ['a byte changed in the middle', changed(body + Math.floor((bytes.length - body) / 2))],
      ['cut short', bytes.subarray(0, Math.floor(bytes.length / 2))],
      ['not a snapshot', Buffer.from('{"format": 1}')],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [what, damaged] of damages) {
      fs.writeFileSync(file, damaged);
      const { built, store } = await nextSession(sources);
      assert.equal(store.stats.found, false, what);
      assert.deepEqual(built.kb.facts, fresh.kb.facts, what);
      assert.deepEqual(built.problems, [], what);
      assert.deepEqual(verdicts(built.kb), verdicts(fresh.kb), what);
      assert.ok(store.save(), what);
    }
    const { store } = await nextSession(sources);
    assert.ok(store.stats.found, 'the snapshot written again is used');
  });

  test('a snapshot read a few bytes at a time (its texts decoded across reads) is the one read in one go', async () => {
    const sources = [...bundled, ownLibrary()];
    const fresh = await firstSession(sources);
    const bytes = fs.readFileSync(file);
    const body = bytes.subarray(bytes.indexOf(0x0a, 'claimlens library snapshot\n'.length) + 1);
    const reader = () => {
      let at = 0;
      return (into: Uint8Array) => {
        if (at + into.byteLength > body.byteLength) return false;
        into.set(body.subarray(at, (at += into.byteLength)));
        return true;
      };
    };
    const inOneGo = readSnapshotParts(reader(), body.byteLength)!;
    assert.ok(inOneGo[1][3].includes('“'), 'a text with characters of more than one byte');
    // Characters of three bytes (–, “) fall across the reads of a text at some of these sizes.
    for (const size of [4, 5, 6, 7, 64]) assert.deepEqual(readSnapshotParts(reader(), body.byteLength, size), inOneGo, `${size} bytes at a time`);
    assert.equal(readSnapshotParts(reader(), body.byteLength + 1), undefined, 'bytes that end early');
    await forgetSession();
    const store = new LibrarySnapshotStore(file, 'program-1', 0);
    store.readChunk = 7;
    const built = await buildKnowledgeBase(sources, undefined, { snapshots: store });
    assert.ok(store.stats.found);
    assert.deepEqual(built.kb.facts, fresh.kb.facts);
    assert.deepEqual(verdicts(built.kb), verdicts(fresh.kb));
  });

  test('numbers that point outside their tables are refused by the decoder, not trusted', async () => {
    const snapshot = encodeSnapshot([{ path: 'own.json', papers: [], entities: [], facts: [{ id: 'x/1', subject: 'IL11', relation: 'activates', object: 'STAT3', mediators: [], context: [], evidence: { paper: 'x', locator: 'abstract', kind: 'finding' }, statement: 'IL-11 activated STAT3.' }], paperPositions: new Int32Array(0), entityPositions: new Int32Array(0) }]);
    assert.ok(decodeSnapshot(snapshot, ['own.json']));
    assert.equal(decodeSnapshot(snapshot, ['other.json']), undefined, 'a snapshot of other files');
    // The first column (after the 37 lengths) is the facts' subjects: 7 is not an entity of the table (IL11, STAT3).
    const broken = snapshot.slice();
    new DataView(broken.buffer).setInt32(8 + 4 * 37, 7, true);
    assert.equal(decodeSnapshot(broken, ['own.json']), undefined);
  });

  test("a decoded snapshot's facts are made when asked for, each once, and are the facts encoded", () => {
    const evidence = { paper: 'y', locator: 'figure 2', kind: 'finding' } as const;
    const facts: Fact[] = [
      { id: 'y/1', subject: 'TNF', relation: 'induces', object: 'NFKB1', mediators: [], context: ['HEPG2'], evidence, statement: 'TNF induced NF-kB in the hepatoma line.' },
      { id: 'y/2', subject: 'NFKB1', relation: 'inhibits', polarity: 'negative', mediators: [], context: [], evidence, statement: 'NF-κB loss did not change apoptosis.' } as Fact,
      { id: 'y/3', subject: 'TNF', relation: 'upregulates', object: 'IL6', objectAspect: 'expression', mediators: ['NFKB1'], context: [], evidence, statement: 'TNF raised IL-6 expression through NF-kB.' } as Fact,
    ];
    const files = [
      { path: 'a.json', papers: [], entities: [], facts: facts.slice(0, 1), paperPositions: new Int32Array(0), entityPositions: new Int32Array(0) },
      { path: 'b.json', papers: [], entities: [], facts: facts.slice(1), paperPositions: new Int32Array(0), entityPositions: new Int32Array(0) },
    ];
    const decoded = decodeSnapshot(encodeSnapshot(files), ['a.json', 'b.json'])!;
    const [a, b] = decoded.files;
    assert.deepEqual([a.source!.count, b.source!.count, a.factCount, b.factCount], [1, 2, 1, 2]);
    // Ids are read without making a fact; a fact asked for twice, or through the whole list, is one object.
    assert.deepEqual([a.source!.idAt(0), b.source!.idAt(0), b.source!.idAt(1)], ['y/1', 'y/2', 'y/3']);
    assert.deepEqual(b.source!.factAt(1), facts[2]);
    assert.equal(b.source!.factAt(1), b.source!.factAt(1));
    assert.equal(b.facts[1], b.source!.factAt(1));
    assert.deepEqual([...a.facts, ...b.facts], facts);
  });

  test('a next session makes the implied facts from the derivations the snapshot stores, without deriving them again', async () => {
    const sources = [...bundled, ownLibrary()];
    const fresh = await firstSession(sources);
    assert.ok(fresh.kb.derivedFacts.length > 0, 'the library implies facts (routes, drug targets)');
    assert.equal(fresh.kb.derivations?.positions.length, fresh.kb.derivedFacts.length, 'the first session recorded how, for its snapshot');
    // A snapshot whose only derivation is one of our own: the knowledge base built from it holds that one alone.
    const facts: Fact[] = [{ id: 'x/1', subject: 'IL11', relation: 'activates', object: 'STAT3', mediators: ['GP130'], context: [], evidence: { paper: 'x', locator: 'abstract', kind: 'finding' }, statement: 'IL-11 activated STAT3 through gp130.' }];
    const files = [{ path: 'own.json', papers: [], entities: [], facts, paperPositions: new Int32Array(0), entityPositions: new Int32Array(0) }];
    const kbOf = (derivations?: Derivation[]) => {
      const decoded = decodeSnapshot(encodeSnapshot(files, derivations), ['own.json'])!;
      return new KnowledgeBase([], [], decoded.files[0].facts, { columns: decoded.columns });
    };
    const stored = kbOf([{ position: 0, rule: 'route-upstream', entity: 'GP130', relation: 'activates' }]);
    assert.deepEqual(stored.derivedFacts, [derivedFact(stored.facts[0], 'route-upstream', 'GP130', 'activates')]);
    assert.deepEqual(stored.factsAboutSubject('IL11').map((f) => f.object), ['STAT3', 'GP130']);
    assert.equal(kbOf(undefined).derivedFacts.length, 2, 'none stored: derived as from the files (both route rules)');
  });

  test('a library with a problem is read from its files every time: no snapshot is offered', async () => {
    await forgetSession();
    const store = new LibrarySnapshotStore(file, 'program-1', 0);
    const broken = { path: '/library/broken.json', text: JSON.stringify({ facts: [{ id: 'bad/1', subject: 'NOT_AN_ENTITY', relation: 'activates', object: 'STAT3', evidence: { paper: 'lim2014', locator: 'abstract', kind: 'finding' }, statement: 'Nothing.' }] }) };
    const built = await buildKnowledgeBase([...bundled, broken], undefined, { snapshots: store });
    assert.ok(built.problems.length > 0);
    assert.equal(store.pending, false);
  });
});
