// The library files' hashes remembered by their stat (issue 10): a next session takes an unchanged file's hash
// from its stat and does not read it; any change to the file (an edit of the same size with its mtime set back
// included) is read and hashed again; a file changed just before it was read is not remembered until it settles.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import { FileHashes, racyMs } from '../../src/node/fileHashes';
import { FileSource, readKnowledgeBaseSources, ReadSource, sourceForMessage, sourceFromMessage } from '../../src/node/knowledgeBaseFiles';
import { hashesFileIn, LibrarySnapshotStore, snapshotFileIn } from '../../src/node/librarySnapshots';
import { loadKnowledgeBase } from '../../src/node/loadKnowledgeBase';

/** A library file of our own: two facts of one paper. */
function library(statement: string): string {
  const paper = { key: 'fox2022', title: 'A study of gp130', authors: [{ family: 'Fox', given: 'B.' }], journal: 'J Test', year: 2022, volume: '1', issue: null, pages: null, doi: null, pmid: null, summary: null };
  const evidence = { paper: 'fox2022', locator: 'results, Fig. 1', kind: 'finding' };
  const facts = [
    { id: 'fox2022/a', subject: 'IL11', relation: 'activates', object: 'STAT3', mediators: ['GP130'], context: [], evidence, statement },
    { id: 'fox2022/b', subject: 'STAT3', relation: 'promotes', object: 'EMT', mediators: [], context: [], evidence, statement: 'STAT3 drove EMT in these cells.' },
  ];
  return JSON.stringify({ papers: [paper], facts }, null, 2);
}

suite('library files remembered by their stat', function () {
  this.timeout(120_000);
  let folder: string;
  let libraryFolder: string;
  let own: string;
  /** A clock well after the files were written: they have settled (none is racy). */
  const later = () => Date.now() + 10 * racyMs;
  const old = Math.floor(Date.now() / 1000) - 3600;
  setup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-file-hashes-'));
    libraryFolder = path.join(folder, 'library');
    fs.mkdirSync(libraryFolder);
    own = path.join(libraryFolder, 'own.json');
    fs.writeFileSync(own, library('IL-11 switched on STAT3 by way of gp130.'));
    // A whole second, so that setting it back after an edit gives the very same mtime, to the nanosecond.
    fs.utimesSync(own, old, old);
    fs.writeFileSync(path.join(libraryFolder, 'refs.bib'), '@article{fox2022,\n  title = {A study of gp130},\n  year = {2022}\n}\n');
  });
  teardown(() => fs.rmSync(folder, { recursive: true, force: true }));

  function read(hashes: FileHashes) {
    return readKnowledgeBaseSources([libraryFolder], [], { hash: true, hashes }).sources;
  }

  test('an unchanged file is not read again: its hash comes from its stat, its text when asked for', () => {
    const first = new FileHashes(hashesFileIn(folder), later);
    const before = read(first);
    assert.ok(before.every((source) => !(source instanceof FileSource)), 'the first session reads every file');
    assert.ok(first.save());
    const next = read(new FileHashes(hashesFileIn(folder), later));
    assert.equal(next.length, 2);
    for (const [i, source] of next.entries()) {
      assert.ok(source instanceof FileSource, source.path);
      assert.equal(source.read, false, 'not read to find its hash');
      assert.equal(source.hash, before[i].hash);
      assert.ok(source.head.startsWith(before[i].text.slice(0, 1)), 'its start is read, not the whole text');
      assert.equal(source.read, false);
      assert.equal(source.text, before[i].text, 'the text, read when asked for');
    }
    // To the analysis worker, a file not read goes as its path and hash, and is read there only if needed.
    const [unread] = read(new FileHashes(hashesFileIn(folder), later));
    const message = sourceForMessage(unread);
    assert.ok(!('text' in message));
    assert.equal(sourceFromMessage(structuredClone(message)).text, before[0].text);
  });

  test('an edited file is read again, even with the same size and its mtime set back', () => {
    const first = new FileHashes(hashesFileIn(folder), later);
    const ownBefore = read(first).find((source) => source.path === own)!;
    first.save();
    const { mtimeNs, size } = fs.statSync(own, { bigint: true });
    const edited = library('IL-11 switched on STAT3 by way of gp131.');
    fs.writeFileSync(own, edited);
    fs.utimesSync(own, old, old);
    const now = fs.statSync(own, { bigint: true });
    assert.deepEqual([now.size, now.mtimeNs], [size, mtimeNs], 'the same size and mtime');
    const sources = read(new FileHashes(hashesFileIn(folder), later));
    const ownNow = sources.find((source) => source.path === own)!;
    assert.ok(!(ownNow instanceof FileSource), 'read, not taken from its stat');
    assert.equal(ownNow.text, edited);
    assert.notEqual(ownNow.hash, ownBefore.hash);
    assert.ok(sources.find((source) => source.path !== own) instanceof FileSource, 'the other file is still unchanged');
  });

  test('a file no longer in the library is forgotten when the hashes are saved', () => {
    const first = new FileHashes(hashesFileIn(folder), later);
    read(first);
    first.save();
    fs.rmSync(own);
    const next = new FileHashes(hashesFileIn(folder), later);
    read(next);
    next.save();
    const stored = JSON.parse(fs.readFileSync(hashesFileIn(folder), 'utf8')) as { files: Record<string, unknown> };
    assert.deepEqual(Object.keys(stored.files), [path.join(libraryFolder, 'refs.bib')]);
  });

  test('a file changed just before it was read is not remembered until it has settled', () => {
    const now = Date.now();
    let clock = now;
    const hashes = new FileHashes(hashesFileIn(folder), () => clock);
    read(hashes);
    assert.ok(hashes.pending);
    hashes.save();
    assert.ok(read(new FileHashes(hashesFileIn(folder), () => clock)).every((source) => !(source instanceof FileSource)), 'racy files are read again');
    // Settled: the save hashes them once more, finds the same bytes and remembers them.
    clock = now + 2 * racyMs;
    hashes.save();
    assert.ok(read(new FileHashes(hashesFileIn(folder), () => clock)).every((source) => source instanceof FileSource));
  });

  test('a file read and parsed is not held as text: the build lets it go, and a fact is located in it read again', async () => {
    await buildKnowledgeBase([]);
    const store = new LibrarySnapshotStore(snapshotFileIn(folder), 'program-1', 0, new FileHashes(hashesFileIn(folder), later));
    const loaded = await loadKnowledgeBase({ extra: [libraryFolder], withoutBundled: true }, undefined, undefined, { snapshots: store });
    const ownSource = loaded.sources.find((source) => source.path === own);
    assert.ok(ownSource instanceof ReadSource, 'read for its hash');
    assert.equal(ownSource.read, false, 'its text let go once parsed');
    // The worker is sent the file's path, not a text the build has let go.
    assert.deepEqual(sourceForMessage(ownSource), { path: own, hash: ownSource.hash, onDisk: true });
    assert.ok(ownSource.head.startsWith('{'), 'its start kept, to tell its format on the next load');
    assert.deepEqual(loaded.kb.factLocations.get('fox2022/b'), { file: own, line: 39, character: 6 }, 'located in the text read again (0-based: the line of its id)');
    assert.equal(ownSource.read, false, 'the text read again is not kept');
    assert.equal(loaded.problems.length, 0);
  });

  test('a file read for its hash (its stat changed, its bytes did not) is let go when the snapshot stands in for it', async () => {
    const session = async () => {
      await buildKnowledgeBase([]);
      const store = new LibrarySnapshotStore(snapshotFileIn(folder), 'program-1', 0, new FileHashes(hashesFileIn(folder), later));
      return { store, loaded: await loadKnowledgeBase({ extra: [libraryFolder], withoutBundled: true }, undefined, undefined, { snapshots: store }) };
    };
    const first = await session();
    assert.ok(first.store.save());
    // The same bytes with a new mtime (a checkout, a copy): read for the hash, which matches the snapshot.
    fs.utimesSync(own, old + 60, old + 60);
    const next = await session();
    assert.ok(next.store.stats.found);
    const ownSource = next.loaded.sources.find((source) => source.path === own);
    assert.ok(ownSource instanceof ReadSource && !ownSource.read, 'read for its hash, then let go');
    assert.deepEqual(next.loaded.kb.factLocations.get('fox2022/b'), first.loaded.kb.factLocations.get('fox2022/b'));
  });

  test('a next session finds the snapshot without reading the files, and an edit after it is loaded', async () => {
    const session = async () => {
      await buildKnowledgeBase([]);
      const store = new LibrarySnapshotStore(snapshotFileIn(folder), 'program-1', 0, new FileHashes(hashesFileIn(folder), later));
      const loaded = await loadKnowledgeBase({ extra: [libraryFolder], withoutBundled: true }, undefined, undefined, { snapshots: store });
      return { store, loaded };
    };
    const first = await session();
    assert.equal(first.store.stats.found, false);
    assert.ok(first.store.save());
    const next = await session();
    assert.ok(next.store.stats.found, 'the snapshot is found by the remembered hashes');
    const ownSource = next.loaded.sources.find((source) => source.path === own);
    assert.ok(ownSource instanceof FileSource && !ownSource.read, 'the library file was not read');
    assert.deepEqual(next.loaded.kb.facts, first.loaded.kb.facts);
    assert.deepEqual(next.loaded.kb.factLocations.get('fox2022/b'), first.loaded.kb.factLocations.get('fox2022/b'), 'a fact is located in the text read on demand');
    fs.writeFileSync(own, library('IL-11 switched on STAT3 by way of gp131.'));
    fs.utimesSync(own, old, old);
    const edited = await session();
    assert.equal(edited.store.stats.found, false, 'the edited file does not match the snapshot');
    assert.equal(edited.loaded.kb.facts.find((fact) => fact.id === 'fox2022/a')?.statement, 'IL-11 switched on STAT3 by way of gp131.');
  });
});
