// The writer's loop through the protocol, with the bundled server as a process: claimlens.check.frequency
// ("save" and "command" leave the last diagnostics until their trigger) and claimlens.enabled false (every
// feature off for the document, not only diagnostics). Settings arrive as workspace/didChangeConfiguration
// pushes, as from an editor that does not answer configuration requests.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, ExecuteCommandRequest, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { cli, startServer, stopServer, TempFolders } from './harness';

const first = 'IL-11 signals via STAT1 in OSCC.\n';
const second = `${first}\nIL-11 suppresses MMP-13 expression in OSCC [@wu2022interleukin].\n`;

suite('the writer\'s loop: check frequency and a disabled language (bundled server)', function () {
  this.timeout(60000);
  const folders = new TempFolders();
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let workspace: string;
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  const uri = () => pathToFileURL(path.join(workspace, 'draft.md')).href;

  /** The next publication for the draft after `count` earlier ones. */
  async function publication(count: number): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const mine = published.filter((p) => p.uri === uri());
      if (mine.length > count) return mine[count];
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }
  const publishedSoFar = () => published.filter((p) => p.uri === uri()).length;
  /** Gives the server time to publish what it should not; a slow server can only make this pass late, never fail. */
  const quietPeriod = () => new Promise((resolve) => setTimeout(resolve, 1500));
  const settings = (claimlens: object) => connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { claimlens: { debounceMs: 0, ...claimlens } } });
  const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

  suiteSetup(async function () {
    if (!fs.existsSync(cli)) this.skip();
    workspace = folders.make('loop');
    ({ server, connection } = startServer());
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.push(params);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    connection.onNotification('claimlens/status', () => undefined);
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: { textDocument: { synchronization: { didSave: true } } },
      initializationOptions: { settings: { debounceMs: 0, check: { frequency: 'save' } } },
    });
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } }, 'the server asks for saves');
    await connection.sendNotification(InitializedNotification.type, {});
  });

  suiteTeardown(() => stopServer({ server, connection }, folders));

  test('"save": a draft is checked when it opens and when it is saved, not while it is typed', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(), languageId: 'markdown', version: 1, text: first } });
    assert.deepEqual(codes(await publication(0)), ['unsupported-other-context']);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(), version: 2 }, contentChanges: [{ text: second }] });
    await quietPeriod();
    assert.equal(publishedSoFar(), 1, 'no check while typing');
    await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uri() } });
    const saved = await publication(1);
    assert.equal(saved.version, 2);
    assert.deepEqual(codes(saved), ['unsupported-other-context', 'contradicted']);
  });

  test('"command": only the check command checks (a change of settings re-checks once)', async () => {
    await settings({ check: { frequency: 'command' } });
    await publication(2); // the change of settings
    const before = publishedSoFar();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(), version: 3 }, contentChanges: [{ text: first }] });
    await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: uri() } });
    await quietPeriod();
    assert.equal(publishedSoFar(), before, 'neither typing nor saving checks');
    const report = await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkDocument', arguments: [uri()] });
    assert.ok(report);
    const checked = await publication(before);
    assert.equal(checked.version, 3);
    assert.deepEqual(codes(checked), ['unsupported-other-context']);
  });

  test('enabled false: diagnostics withdrawn, and no hover, completion, code action or report', async () => {
    const count = publishedSoFar();
    await settings({ enabled: false });
    const withdrawn = await publication(count);
    assert.deepEqual(withdrawn.diagnostics, []);
    const position = { line: 0, character: 1 };
    assert.equal(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position }), null);
    assert.equal(await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri() }, position }), null);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } };
    assert.equal(await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri() }, range, context: { diagnostics: [] } }), null);
    assert.equal(await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkDocument', arguments: [uri()] }), null);
    const countOff = publishedSoFar();
    await settings({});
    const again = await publication(countOff);
    assert.deepEqual(codes(again), ['unsupported-other-context'], 'switched on again, the draft is checked');
  });
});
