// Check Workspace on a LaTeX chapter the editor does not have open, through the bundled server: the
// chapter's project (its root's macros and bibliographies) is found where the chapter is read, in the
// analysis worker (issue 11: found on the main thread, a thesis's project held every request), from the
// disk as it is now, with the open documents as the editor has them, and the bibliography it declares
// joins the library as a declared one does.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, ExecuteCommandRequest, InitializedNotification, InitializeRequest, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Report } from '../../src/core/analysis/report';
import { cli, startServer, stopServer, TempFolders } from './harness';

suite('language server: Check Workspace reads the project of a chapter that is not open', function () {
  this.timeout(60000);
  const folders = new TempFolders();
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let outer: string;
  let workspace: string;

  /** The root as the writer has it: `\agent` stands for `agent`, the project's bibliography lies outside the workspace. */
  const root = (agent: string) =>
    `\\documentclass{report}\n\\usepackage{biblatex}\n\\addbibresource{../library/refs.bib}\n\\newcommand{\\agent}{${agent}}\n\\begin{document}\n\\input{chapters/one}\n\\end{document}\n`;

  suiteSetup(async function () {
    if (!fs.existsSync(cli)) this.skip();
    outer = folders.make('workspace-project');
    workspace = path.join(outer, 'thesis');
    fs.mkdirSync(path.join(workspace, 'chapters'), { recursive: true });
    fs.mkdirSync(path.join(outer, 'library'));
    fs.writeFileSync(path.join(workspace, 'main.tex'), root('IL-11'));
    fs.writeFileSync(path.join(workspace, 'chapters', 'one.tex'), '\\agent raised MMP-13 in OSCC cells.\n');
    fs.writeFileSync(path.join(outer, 'library', 'refs.bib'), '@article{ourown2031chapter,\n  title = {A paper only this project declares},\n  author = {Writer, Ann},\n  year = {2031},\n}\n');
    ({ server, connection } = startServer());
    connection.onNotification('claimlens/status', () => undefined);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'thesis' }],
      // No file watching: the server is told of no change on disk.
      capabilities: {},
      initializationOptions: { settings: { debounceMs: 0, knowledgeBase: { workspaceBibliographies: false } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  suiteTeardown(async () => {
    await stopServer({ server, connection }, folders);
  });

  /** The subjects of the claims Check Workspace reports in chapters/one.tex. */
  async function chapterSubjects(): Promise<string[]> {
    const report = (await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkWorkspace', arguments: [] })) as Report;
    const chapter = report.files.find((file) => file.path.endsWith(path.join('chapters', 'one.tex')));
    assert.ok(chapter, JSON.stringify(report.files.map((file) => file.path)));
    return chapter.sentences.flatMap((sentence) => sentence.claims.map((claim) => claim.subject));
  }

  test('the root on disk gives the chapter its macro, and a change on disk nobody reported counts at the next check', async () => {
    assert.deepEqual(await chapterSubjects(), ['IL-11']);
    // The old server kept the project it had found (and the root's text) until a watched-file event, which a
    // client without file watching never sends: the chapter, read afresh, got the stale macro.
    fs.writeFileSync(path.join(workspace, 'main.tex'), root('STAT3'));
    assert.deepEqual(await chapterSubjects(), ['STAT3']);
  });

  test("the bibliography the chapter's project declares outside the workspace joins the library", async () => {
    await chapterSubjects();
    await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.reloadKnowledgeBase', arguments: [] });
    const hovered = await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.papersWithoutAbstracts', arguments: [] }) as { key: string }[];
    assert.ok(hovered.some((paper) => paper.key === 'ourown2031chapter'), JSON.stringify(hovered.map((paper) => paper.key)));
  });

  test('an open root, unsaved, is read as the editor has it', async () => {
    const uri = pathToFileURL(path.join(workspace, 'main.tex')).href;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'latex', version: 1, text: root('TNF') } });
    assert.deepEqual(await chapterSubjects(), ['TNF']);
  });
});
