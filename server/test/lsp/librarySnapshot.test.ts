// A library large enough to be kept as a snapshot (10,000 facts), through the bundled server over stdio: the
// first session writes the snapshot and the files' hashes; the second finds the snapshot by the hashes of files
// it did not read (node/fileHashes.ts), and its analysis worker, sent those files as paths and hashes, knows
// the library's papers: a citation of one is no undefined citation there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { memoryRequest } from '../../src/protocol';
import { cli, type RunningServer, startServer, stopServer, TempFolders } from './harness';

/** One paper of our own with 10,000 findings (the server keeps snapshots of libraries that large). */
function library(): string {
  const paper = { key: 'fox2022', title: 'A study of gp130', authors: [{ family: 'Fox', given: 'B.' }], journal: 'J Test', year: 2022, volume: '1', issue: null, pages: null, doi: null, pmid: null, summary: null };
  const facts = Array.from({ length: 10_000 }, (_, i) => ({
    id: `fox2022/${i}`, subject: 'IL11', relation: 'activates', object: 'STAT3', mediators: [], context: [], evidence: { paper: 'fox2022', locator: `results, panel ${i}`, kind: 'finding' }, statement: `IL-11 switched on STAT3 in assay ${i}.`,
  }));
  return JSON.stringify({ papers: [paper], facts });
}

suite('language server: a large library kept as a snapshot between sessions', function () {
  this.timeout(120000);
  const folders = new TempFolders();
  let workspace: string;
  let storage: string;

  suiteSetup(function () {
    if (!fs.existsSync(cli)) this.skip();
    workspace = folders.make('snapshot-ws');
    storage = folders.make('snapshot-storage');
    fs.mkdirSync(path.join(workspace, 'library'));
    fs.writeFileSync(path.join(workspace, 'library', 'own.json'), library());
  });

  suiteTeardown(() => folders.remove());

  const snapshot = () => path.join(storage, 'library-snapshot.bin');
  const hashes = () => path.join(storage, 'library-file-hashes.json');

  /**
   * One session: the draft's diagnostics once its undefined citation is reported; `until` is waited for before it
   * ends. `storageFolder`: the server's storage (the suite's unless given).
   */
  async function session(until: (running: RunningServer) => boolean | Promise<boolean>, storageFolder = storage): Promise<Diagnostic[]> {
    const running: RunningServer = startServer();
    let latest: Diagnostic[] = [];
    const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
    try {
      running.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) latest = params.diagnostics;
      });
      running.connection.onNotification('claimlens/status', () => undefined);
      running.connection.listen();
      await running.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'library' }],
        capabilities: {},
        initializationOptions: { settings: { debounceMs: 0, knowledgeBase: { extraFolders: ['library'] } }, storagePath: storageFolder },
      });
      await running.connection.sendNotification(InitializedNotification.type, {});
      const text = '# Draft\n\nIL-11 activated STAT3 in these cells [@fox2022], as others found [@nobody1999].\n';
      await running.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const deadline = Date.now() + 90000;
      const undefinedCitation = () => latest.some((d) => d.code === 'undefined-citation' && String(d.message).includes('nobody1999'));
      while (!undefinedCitation() || !(await until(running))) {
        if (Date.now() > deadline) assert.fail(`not reached; last diagnostics: ${JSON.stringify(latest.map((d) => [d.code, d.message]))}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return latest;
    } finally {
      await stopServer(running, undefined);
    }
  }

  const citesUnknown = (diagnostics: Diagnostic[], key: string) => diagnostics.some((d) => d.code === 'undefined-citation' && String(d.message).includes(key));

  test('the second session finds the snapshot without reading the library, and its worker knows the library', async () => {
    // Long enough after the library was written for its stat to be trusted (fileHashes.ts racyMs).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const first = await session(() => fs.existsSync(snapshot()) && fs.existsSync(hashes()));
    assert.ok(!citesUnknown(first, 'fox2022'), 'the library paper is known');
    const written = fs.statSync(snapshot(), { bigint: true }).mtimeNs;
    const remembered = JSON.parse(fs.readFileSync(hashes(), 'utf8')) as { files: Record<string, unknown> };
    assert.ok(remembered.files[path.join(workspace, 'library', 'own.json')], 'the library file is remembered by its stat');
    let waited = 0;
    const second = await session(() => (waited += 200) > 3000);
    assert.ok(!citesUnknown(second, 'fox2022'), "the worker built the library from files sent as paths and hashes");
    assert.equal(fs.statSync(snapshot(), { bigint: true }).mtimeNs, written, 'the snapshot was found, not written again');
  });

  test('a first session: the analysis worker waits for the snapshot this session writes and decodes it, not the files', async () => {
    const own = folders.make('snapshot-storage-first');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    let library: { facts: number; from: string } | undefined;
    // The worker starts after the first check (lsp/server.ts); it reports how it read its library once it has one.
    await session(async (running) => {
      const memory = await running.connection.sendRequest<{ worker?: { library?: { facts: number; from: string } } }>(memoryRequest);
      library = memory.worker?.library;
      return library !== undefined;
    }, own);
    assert.ok(fs.existsSync(path.join(own, 'library-snapshot.bin')), 'the first session wrote its snapshot');
    assert.equal(library?.from, 'snapshot', 'the worker decoded the snapshot');
    assert.ok(library!.facts >= 10_000, `the worker holds the library's facts (${library!.facts})`);
  });
});
