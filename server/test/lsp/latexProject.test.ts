// A chapter of a three-file LaTeX thesis open in an editor, through the bundled server over stdio: the
// root's \addbibresource defines the chapter's keys (with workspace bibliographies switched off, so only
// the project can have brought the .bib in), hovers on them work, and a missing included file is a warning
// at its \input in the root.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { cli, startServer, stopServer, TempFolders } from './harness';

const fixture = path.join(__dirname, '..', 'fixtures', 'thesis');

suite('language server: a chapter of a LaTeX thesis', function () {
  this.timeout(60000);
  const folders = new TempFolders();
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let workspace: string;
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: (() => void)[] = [];

  /** The latest diagnostics for a version, once they hold what `ready` expects (the library may reload). */
  async function diagnosticsFor(uri: string, version: number, ready: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const deadline = Date.now() + 45000;
    for (;;) {
      const found = (published.get(uri) ?? []).filter((d) => d.version === version || d.version === undefined).at(-1);
      if (found && (ready(found.diagnostics) || Date.now() > deadline)) return found.diagnostics;
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 1000);
      });
    }
  }

  suiteSetup(async function () {
    if (!fs.existsSync(cli)) this.skip();
    workspace = folders.make('thesis-lsp');
    fs.cpSync(fixture, workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'main.tex'), fs.readFileSync(path.join(fixture, 'main.tex'), 'utf8').replace('\\printbibliography', '\\input{chapters/discussion}\n\\printbibliography'));
    ({ server, connection } = startServer());
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    connection.onNotification('claimlens/status', () => undefined);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'thesis' }],
      capabilities: {},
      initializationOptions: { settings: { debounceMs: 0, knowledgeBase: { workspaceBibliographies: false } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  suiteTeardown(() => stopServer({ server, connection }, folders));

  const open = async (relative: string) => {
    const uri = pathToFileURL(path.join(workspace, relative)).href;
    const text = fs.readFileSync(path.join(workspace, relative), 'utf8');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'latex', version: 1, text } });
    return { uri, text };
  };

  test("a chapter's key from the root's \\addbibresource is no error, and its hover shows the entry", async () => {
    const { uri, text } = await open('chapters/results.tex');
    const diagnostics = await diagnosticsFor(uri, 1, (d) => !d.some((x) => x.code === 'undefined-citation') && d.some((x) => String(x.code).startsWith('contradicted')));
    assert.ok(!diagnostics.some((d) => /doe2020cohort/.test(String(d.message))), JSON.stringify(diagnostics));
    const contradicted = diagnostics.find((d) => String(d.code).startsWith('contradicted'));
    assert.equal(contradicted?.range.start.line, 3, 'the chapter\'s own line numbers');
    const at = text.indexOf('doe2020cohort') + 3;
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: at - text.lastIndexOf('\n', at) - 1 } });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover);
    assert.match(value, /small cohort of example patients/);
  });

  test("a hover on the root's macro \\il in a chapter shows the entity it stands for", async () => {
    const { uri } = await open('chapters/intro.tex');
    await diagnosticsFor(uri, 1, () => true);
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 1 } });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover);
    assert.match(value, /interleukin\\-11/);
  });

  test('a library key missing from the root\'s .bib is a warning with a quick fix that adds the entry to refs.bib', async () => {
    const { uri } = await open('chapters/results.tex');
    const diagnostics = await diagnosticsFor(uri, 1, (d) => d.some((x) => x.code === 'not-in-bibliography'));
    const outside = diagnostics.find((d) => d.code === 'not-in-bibliography');
    assert.ok(outside, JSON.stringify(diagnostics));
    assert.match(String(outside.message), /wu2022interleukin is in the ClaimLens library but not in refs\.bib/);
    const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: outside.range, context: { diagnostics: [outside] } });
    const add = actions?.find((a) => 'title' in a && a.title.startsWith('Add wu2022interleukin to refs.bib'));
    assert.ok(add && 'edit' in add && add.edit?.changes, JSON.stringify(actions));
    const [[bibUri, edits]] = Object.entries(add.edit!.changes!);
    assert.equal(bibUri, pathToFileURL(path.join(workspace, 'refs.bib')).href);
    assert.match(edits[0].newText, /^\n@article\{wu2022interleukin,\n {2}author = \{/);
    assert.equal(edits[0].range.start.line, 6, 'appended after the last entry');
  });

  test('a missing included file is a warning at its \\input in the root', async () => {
    const { uri } = await open('main.tex');
    const diagnostics = await diagnosticsFor(uri, 1, (d) => d.some((x) => x.code === 'missing-file'));
    const missing = diagnostics.find((d) => d.code === 'missing-file');
    assert.equal(missing?.range.start.line, 8);
    assert.match(String(missing?.message), /file not found: chapters\/discussion/);
  });
});
