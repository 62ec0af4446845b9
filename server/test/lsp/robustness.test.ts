// Protocol tests for a server that must never be wedged: unreadable files in a library folder are problems
// on those files while every feature keeps working, a fix recovers without a restart, and a request on a
// small document is answered while a large one is being checked.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, createProtocolConnection, DefinitionRequest, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest, FileChangeType, HoverRequest,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type CodeAction, type Diagnostic, type LocationLink, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { cli, startServer, stopServer, TempFolders } from './harness';
import { pingRequest, receiveReport, reportPartRequest, type ReportInParts, type ReportPartParams } from '../../src/protocol';


suite('language server: unreadable files and responsiveness', function () {
  this.timeout(120000);
  const folders = new TempFolders();
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let workspace: string;
  const published: PublishDiagnosticsParams[] = [];
  const statuses: string[] = [];
  const waiters: (() => void)[] = [];

  async function until<T>(find: () => T | undefined): Promise<T> {
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }
  const latestFor = (file: string) => [...published].reverse().find((p) => p.uri === pathToFileURL(file).href);
  const message = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

  suiteSetup(async function () {
    if (!fs.existsSync(cli)) this.skip();
    workspace = folders.make('robust');
    const library = path.join(workspace, 'library');
    fs.mkdirSync(path.join(workspace, 'not-a-bib'), { recursive: true });
    fs.mkdirSync(library);
    // Two sources that cannot be read: a dangling link, and a link named like a bibliography that leads to a folder.
    fs.symlinkSync(path.join(workspace, 'nowhere.json'), path.join(library, 'gone.json'));
    fs.symlinkSync(path.join(workspace, 'not-a-bib'), path.join(library, 'folder.bib'));
    // And two files that cannot be read: a link to itself, and a file nobody may read (root reads it anyway).
    fs.symlinkSync('loop.json', path.join(library, 'loop.json'));
    fs.writeFileSync(path.join(library, 'locked.bib'), '@article{locked2020paper, title={Locked away}, year={2020}}\n');
    fs.chmodSync(path.join(library, 'locked.bib'), 0);
    fs.writeFileSync(path.join(library, 'fine.bib'), '@article{fine2020paper, title={A readable entry}, year={2020}}\n');
    // Outside the library folder, found at start-up: a workspace .bib that is a dangling link.
    fs.symlinkSync(path.join(workspace, 'nowhere.bib'), path.join(workspace, 'gone-refs.bib'));
    if (process.platform !== 'win32') {
      // And names that lead to no file at all: a named pipe (reading it waits for a writer, for ever: it held
      // the server) and a link to /dev/zero, which a repository can hold (reading it never ends).
      execFileSync('mkfifo', [path.join(library, 'pipe.bib')]);
      fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.bib'));
    }
    ({ server, connection } = startServer('ignore'));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.push(params);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    connection.onNotification('claimlens/status', (params: { state: string }) => {
      statuses.push(params.state);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: {},
      initializationOptions: { settings: { debounceMs: 0, knowledgeBase: { extraFolders: ['library'] } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  suiteTeardown(() => stopServer({ server, connection }, folders));

  const draft = () => path.join(workspace, 'draft.md');
  let wholeReport: unknown;
  const text = 'IL-11 signals via STAT1 in OSCC.\n\nThe samples were stored cold [@fine2020paper; @later2024paper].\n';

  test('unreadable library files are problems on those files; diagnostics, hover and the status still work', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(draft()).href, languageId: 'markdown', version: 1, text } });
    const own = await until(() => latestFor(draft()));
    assert.ok(own.diagnostics.some((d) => d.code === 'unsupported-other-context'), 'claims are still checked');
    const undefinedKeys = own.diagnostics.filter((d) => d.code === 'undefined-citation').map(message).join('\n');
    assert.doesNotMatch(undefinedKeys, /fine2020paper/, 'the readable .bib beside the broken files is loaded');
    assert.match(undefinedKeys, /later2024paper/);
    const gone = await until(() => latestFor(path.join(workspace, 'library', 'gone.json')));
    assert.match(message(gone.diagnostics[0]), /cannot be read: a symbolic link whose target does not exist/);
    const folder = await until(() => latestFor(path.join(workspace, 'library', 'folder.bib')));
    assert.match(message(folder.diagnostics[0]), /cannot be read: a link to a folder/);
    const loop = await until(() => latestFor(path.join(workspace, 'library', 'loop.json')));
    assert.match(message(loop.diagnostics[0]), /cannot be read: a loop of symbolic links/);
    const goneRefs = await until(() => latestFor(path.join(workspace, 'gone-refs.bib')));
    assert.match(message(goneRefs.diagnostics[0]), /cannot be read: a symbolic link whose target does not exist/);
    if (process.platform !== 'win32') {
      const pipe = await until(() => latestFor(path.join(workspace, 'library', 'pipe.bib')));
      assert.match(message(pipe.diagnostics[0]), /cannot be read: not a file but a device, pipe or socket/);
      const zero = await until(() => latestFor(path.join(workspace, 'zero.bib')));
      assert.match(message(zero.diagnostics[0]), /cannot be read: not a file but a device, pipe or socket/);
    }
    if (process.getuid?.() !== 0) {
      const locked = await until(() => latestFor(path.join(workspace, 'library', 'locked.bib')));
      assert.match(message(locked.diagnostics[0]), /cannot be read: permission denied/);
    }
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: pathToFileURL(draft()).href }, position: { line: 0, character: 2 } });
    assert.ok(hover, 'hover answers');
    assert.equal(statuses.at(-1), 'ready', 'the status is not left at "loading"');
  });

  test('fixing the files recovers without a restart; "Reload Knowledge Base" works', async () => {
    const gone = path.join(workspace, 'library', 'gone.json');
    fs.rmSync(gone);
    fs.rmSync(path.join(workspace, 'library', 'folder.bib'));
    fs.rmSync(path.join(workspace, 'library', 'loop.json'));
    fs.rmSync(path.join(workspace, 'gone-refs.bib'));
    fs.rmSync(path.join(workspace, 'library', 'pipe.bib'), { force: true });
    fs.rmSync(path.join(workspace, 'zero.bib'), { force: true });
    fs.chmodSync(path.join(workspace, 'library', 'locked.bib'), 0o644);
    fs.writeFileSync(path.join(workspace, 'library', 'later.bib'), '@article{later2024paper, title={Added later}, year={2024}}\n');
    const before = published.length;
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(gone).href, type: FileChangeType.Deleted }] });
    // The problems on the fixed files are cleared and the draft is re-checked against the new library.
    const cleared = await until(() => published.slice(before).find((p) => p.uri === pathToFileURL(gone).href));
    assert.deepEqual(cleared.diagnostics, []);
    const recheck = await until(() => published.slice(before).find((p) => p.uri === pathToFileURL(draft()).href));
    assert.ok(!recheck.diagnostics.some((d) => d.code === 'undefined-citation'), recheck.diagnostics.map(message).join('\n'));
    const beforeReload = published.length;
    const reloaded = await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.reloadKnowledgeBase', arguments: [] });
    assert.ok((reloaded as { papers: number }).papers >= 7);
    // The reload re-checks the open draft; wait for it so that the next test starts with nothing running.
    await until(() => published.slice(beforeReload).find((p) => p.uri === pathToFileURL(draft()).href));
    await until(() => (statuses.at(-1) === 'ready' ? true : undefined));
  });

  test('a hover on a small document is answered while a large one is being checked', async () => {
    // About 400 kB of prose in one paragraph: seconds of checking on any machine.
    const large = path.join(workspace, 'large.md');
    const sentence = 'In OSCC cells, IL-11 raised MMP-13 expression through STAT3 and the levels of p-STAT3 rose (Fig. 2). ';
    const before = published.length;
    const checks = statuses.length;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(large).href, languageId: 'markdown', version: 1, text: sentence.repeat(4000) } });
    // The hover is sent once the large document's check has begun.
    await until(() => (statuses.slice(checks).includes('checking') ? true : undefined));
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: pathToFileURL(draft()).href }, position: { line: 0, character: 2 } });
    assert.ok(hover, 'the small document is answered');
    // The client's watchdog (client/src/restartPolicy.ts) tells the user the server is stuck when its ping goes
    // unanswered: a server busy with a large document must still answer it.
    assert.deepEqual(await connection.sendRequest(pingRequest), { alive: true });
    assert.ok(!published.slice(before).some((p) => p.uri === pathToFileURL(large).href), 'the hover and the ping came before the large document finished');
  });

  test('a hover on the long paragraph is answered from the worker\'s analysis, and one on another document is not held up by it', async () => {
    // The large document (the previous test's) is one 400 kB paragraph: the main thread never reads it at once
    // (lsp/requestAnalysis.ts). A hover on it is answered from the worker's analysis of that version (after
    // its check), and the hover on the small document sent right after it is answered meanwhile.
    const large = pathToFileURL(path.join(workspace, 'large.md')).href;
    const answered: string[] = [];
    const onLarge = connection.sendRequest(HoverRequest.type, { textDocument: { uri: large }, position: { line: 0, character: 5 } }).then((hover) => (answered.push('large'), hover));
    const onSmall = connection.sendRequest(HoverRequest.type, { textDocument: { uri: pathToFileURL(draft()).href }, position: { line: 0, character: 2 } }).then((hover) => (answered.push('small'), hover));
    assert.ok(await onSmall, 'the small document is answered');
    const hover = await onLarge;
    assert.match(JSON.stringify(hover?.contents), /oral squamous cell carcinoma/i, 'the hover on OSCC in the long paragraph says what OSCC is');
    assert.deepEqual(hover?.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
  });

  test('Go to Definition on the long paragraph is answered from the worker\'s analysis too', async () => {
    const large = pathToFileURL(path.join(workspace, 'large.md')).href;
    const links = (await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: large }, position: { line: 0, character: 5 } })) as LocationLink[] | null;
    assert.ok(links && links.length === 1, 'OSCC in the long paragraph leads to its definition');
    assert.match(links[0].targetUri, /entities\.json$/);
    assert.deepEqual(links[0].originSelectionRange, { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
  });

  test('code actions on the long paragraph are answered from the worker\'s analysis too', async () => {
    // Before: the main thread does not read the 400 kB paragraph, and a code action there returned nothing.
    const large = pathToFileURL(path.join(workspace, 'large.md')).href;
    const own = await until(() => latestFor(path.join(workspace, 'large.md')));
    const first = own.diagnostics.find((d) => d.range.start.line === 0 && d.source === 'claimlens');
    assert.ok(first, 'the long paragraph has findings');
    const actions = (await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: large }, range: first.range, context: { diagnostics: [first] } })) as CodeAction[] | null;
    const titles = (actions ?? []).map((a) => a.title);
    assert.ok(titles.includes('Ignore this paragraph (ClaimLens)'), titles.join(', '));
    const ignore = actions!.find((a) => a.title === 'Ignore this paragraph (ClaimLens)')!;
    assert.deepEqual(ignore.diagnostics, [first], 'the action names the finding it fixes');
    assert.ok(Object.keys(ignore.edit?.changes ?? {}).includes(large), 'it edits the draft');
  });

  test("Check Workspace's analysis does not hold a hover on another document", async () => {
    // A draft on disk, not open: Check Workspace reads and analyses it (seconds for 200 kB in one paragraph).
    fs.writeFileSync(path.join(workspace, 'thesis.md'), 'In OSCC cells, IL-11 raised MMP-13 expression through STAT3 (Fig. 3). '.repeat(3000));
    const checks = statuses.length;
    let reported = false;
    const report = connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkWorkspace', arguments: [] }).then((result) => ((reported = true), result));
    await until(() => (statuses.slice(checks).includes('checking') ? true : undefined));
    // The files are read with a yield between them; then the analysis runs (before: in the main thread).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: pathToFileURL(draft()).href }, position: { line: 0, character: 2 } });
    assert.ok(hover, 'the small document is answered');
    assert.equal(reported, false, 'the hover came before the workspace report');
    wholeReport = await report;
    const files = (wholeReport as { files: { path: string }[] }).files.map((f) => path.basename(f.path));
    assert.ok(files.includes('thesis.md'), files.join(', '));
  });

  test('Check Workspace answers in parts when asked: parts of at most 32 KiB that read as the same report', async () => {
    // Before: the whole report in one message, which the server received from its worker and encoded in one
    // piece (half a second for a thesis, with every other request waiting; issue 11).
    const answer = await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkWorkspace', arguments: [{ inParts: true }] });
    assert.ok(answer && typeof answer === 'object' && 'reportInParts' in answer, `an answer in parts, not ${JSON.stringify(answer)?.slice(0, 80)}`);
    const sizes: number[] = [];
    const fetchPart = async (params: ReportPartParams) => {
      const part = await connection.sendRequest<string>(reportPartRequest, params);
      sizes.push(part.length);
      return part;
    };
    const assembled = await receiveReport<{ files: { path: string }[] }>(answer, fetchPart);
    assert.ok(sizes.length > 1 && sizes.every((size) => size <= 32 * 1024), `parts of ${sizes.join(', ')} characters`);
    assert.deepEqual(assembled, wholeReport, 'the parts read as the report sent whole');
    // Each part is sent once: the server lets the report go with its last part.
    await assert.rejects(connection.sendRequest(reportPartRequest, { id: (answer as ReportInParts).reportInParts.id, index: 0 }), /no part 0/);
  });
});

suite('language server: an untrusted workspace reads nothing outside it', function () {
  this.timeout(120000);
  const folders = new TempFolders();

  test('a library folder outside the workspace is not read, and the user is told; one inside is', async function () {
    if (!fs.existsSync(cli)) this.skip();
    const root = folders.make('trust');
    const workspace = path.join(root, 'ws');
    const outside = path.join(root, 'outside');
    fs.mkdirSync(path.join(workspace, 'lib'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'out.bib'), '@article{outside2020paper, title={Outside}, year={2020}}\n');
    fs.writeFileSync(path.join(workspace, 'lib', 'in.bib'), '@article{inside2020paper, title={Inside}, year={2020}}\n');
    // A link inside the workspace that leads out of it is not followed either.
    fs.symlinkSync(path.join(outside, 'out.bib'), path.join(workspace, 'linked.bib'));
    const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    const warnings: string[] = [];
    let wake = () => undefined as void;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => { published.push(params); wake(); });
    // The server's warnings come as window/showMessageRequest (they could offer actions).
    connection.onRequest('window/showMessageRequest', (params: { message: string }) => { warnings.push(params.message); wake(); return null; });
    connection.onNotification('claimlens/status', () => undefined);
    connection.listen();
    try {
      await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }], capabilities: {},
        initializationOptions: { settings: { debounceMs: 0, knowledgeBase: { extraFolders: ['lib', outside] } }, workspaceTrusted: false },
      });
      await connection.sendNotification(InitializedNotification.type, {});
      const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Stored cold [@inside2020paper; @outside2020paper].\n' } });
      let own: PublishDiagnosticsParams | undefined;
      while (!(own = published.find((p) => p.uri === uri)) || warnings.length === 0) await new Promise<void>((resolve) => { wake = resolve; });
      const undefinedKeys = own.diagnostics.filter((d) => d.code === 'undefined-citation').map((d) => String(d.message)).join('\n');
      assert.match(undefinedKeys, /outside2020paper/, 'the folder outside the workspace and the link out of it are not read');
      assert.doesNotMatch(undefinedKeys, /inside2020paper/, 'the library folder inside the workspace is read');
      assert.ok(warnings.some((w) => w.includes('not trusted') && w.includes(outside)), warnings.join('\n'));
    } finally {
      await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      connection.dispose();
      server.kill();
      folders.remove();
    }
  });

  /** A server on a workspace VS Code does not trust, with the diagnostics it publishes collected. */
  async function untrustedServer(workspace: string) {
    const { server, connection } = startServer('ignore');
    const published: PublishDiagnosticsParams[] = [];
    let wake = () => undefined as void;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => { published.push(params); wake(); });
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onNotification('claimlens/status', () => undefined);
    connection.listen();
    try {
      await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }], capabilities: {},
        initializationOptions: { settings: { debounceMs: 0 }, workspaceTrusted: false },
      });
      await connection.sendNotification(InitializedNotification.type, {});
    } catch (error) {
      await stopServer({ server, connection }, undefined);
      throw error;
    }
    /** Resolves at the next publish, or after half a second (the caller looks again). */
    const nextPublish = () => new Promise<void>((resolve) => { wake = resolve; setTimeout(resolve, 500); });
    return { server, connection, published, nextPublish };
  }

  test("a Markdown draft's front matter bibliography outside the workspace is not read; one inside is", async function () {
    if (!fs.existsSync(cli)) this.skip();
    const root = folders.make('trust-md');
    const workspace = path.join(root, 'ws');
    fs.mkdirSync(path.join(workspace, 'refs'), { recursive: true });
    fs.mkdirSync(path.join(root, 'outside'));
    fs.writeFileSync(path.join(root, 'outside', 'out.bib'), '@article{outside2021paper, title={Outside}, year={2021}}\n');
    fs.writeFileSync(path.join(workspace, 'refs', 'in.bib'), '@article{inside2021paper, title={Inside}, year={2021}}\n');
    const text = `---\nbibliography: [refs/in.bib, ../outside/out.bib, ${path.join(root, 'outside', 'out.bib')}]\n---\n\nStored cold [@inside2021paper; @outside2021paper].\n`;
    fs.writeFileSync(path.join(workspace, 'draft.md'), text);
    const { server, connection, published, nextPublish } = await untrustedServer(workspace);
    try {
      const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      // The library reloads with the draft's bibliographies before its check: wait until the one inside is read.
      const undefinedKeys = () => published.filter((p) => p.uri === uri).at(-1)?.diagnostics.filter((d) => d.code === 'undefined-citation').map((d) => String(d.message)).join('\n');
      const deadline = Date.now() + 60000;
      while (undefinedKeys() === undefined || /inside2021paper/.test(undefinedKeys()!)) {
        if (Date.now() > deadline) assert.fail(`the bibliography inside the workspace was never read: ${undefinedKeys()}`);
        await nextPublish();
      }
      assert.match(undefinedKeys()!, /outside2021paper/, 'the bibliography outside the workspace (relative and absolute) is not read');
    } finally {
      await stopServer({ server, connection }, folders);
    }
  });

  test("a LaTeX file's \\input leading out of the workspace is not read, open or checked by Check Workspace", async function () {
    if (!fs.existsSync(cli)) this.skip();
    const root = folders.make('trust-tex');
    const workspace = path.join(root, 'ws');
    fs.mkdirSync(workspace);
    fs.mkdirSync(path.join(root, 'outside'));
    // A file outside the workspace that the project would read: its macro makes a claim of the sentence.
    fs.writeFileSync(path.join(root, 'outside', 'defs.tex'), '\\newcommand{\\agent}{IL-11}\n');
    const project = (name: string) => `\\documentclass{article}\n\\input{../outside/defs}\n\\begin{document}\n\\agent raised MMP-13 in OSCC cells (${name}).\n\\end{document}\n`;
    fs.writeFileSync(path.join(workspace, 'open.tex'), project('open'));
    fs.writeFileSync(path.join(workspace, 'closed.tex'), project('closed'));
    const { server, connection, published, nextPublish } = await untrustedServer(workspace);
    try {
      const uri = pathToFileURL(path.join(workspace, 'open.tex')).href;
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'latex', version: 1, text: project('open') } });
      let own: PublishDiagnosticsParams | undefined;
      while (!(own = published.find((p) => p.uri === uri))) await nextPublish();
      // Before: the file outside was read (the open file's claim about IL-11 was checked, no warning).
      assert.ok(own.diagnostics.some((d) => d.code === 'missing-file' && /outside\/defs/.test(String(d.message))), JSON.stringify(own.diagnostics));
      assert.ok(!own.diagnostics.some((d) => /IL-11/.test(String(d.message))), JSON.stringify(own.diagnostics));
      const report = (await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkWorkspace', arguments: [] })) as { files: { path: string; sentences: { claims: unknown[] }[] }[] };
      const claims = report.files.map((file) => `${path.basename(file.path)}: ${file.sentences.flatMap((sentence) => sentence.claims).length}`);
      assert.deepEqual(claims.sort(), ['closed.tex: 0', 'open.tex: 0'], 'no macro from outside the workspace made a claim');
    } finally {
      await stopServer({ server, connection }, folders);
    }
  });
});
