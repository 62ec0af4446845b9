// Protocol tests: the bundled server (dist/cli.js lsp --stdio) as a separate process, spoken to in LSP the
// way any editor would: initialize, open drafts, read diagnostics, hover, complete, ask for code actions and
// run the check command.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, CompletionResolveRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, type CompletionItem, type CompletionList, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { cli, startServer, stopServer, TempFolders } from './harness';


suite('language server protocol (bundled server over stdio)', function () {
  this.timeout(30000);
  const folders = new TempFolders();
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let workspace: string;
  const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: (() => void)[] = [];

  async function diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    for (;;) {
      const found = diagnostics.get(uri)?.find((d) => d.version === version);
      if (found) return found.diagnostics;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }

  suiteSetup(async function () {
    if (!fs.existsSync(cli)) this.skip();
    workspace = folders.make('lsp');
    fs.writeFileSync(path.join(workspace, 'refs.bib'), '@article{hartmann2021example, title={A paper outside the library}, year={2021}}\n');
    ({ server, connection } = startServer());
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      diagnostics.set(params.uri, [...(diagnostics.get(params.uri) ?? []), params]);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    connection.onNotification('claimlens/status', () => undefined);
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true }, completion: { completionItem: { insertReplaceSupport: true } } } },
      initializationOptions: { settings: { debounceMs: 0 } },
    });
    assert.ok(result.capabilities.hoverProvider);
    assert.deepEqual(result.capabilities.executeCommandProvider?.commands.sort(), ['claimlens.checkDocument', 'claimlens.checkWorkspace', 'claimlens.papersWithoutAbstracts', 'claimlens.reloadKnowledgeBase']);
    await connection.sendNotification(InitializedNotification.type, {});
  });

  suiteTeardown(() => stopServer({ server, connection }, folders));

  const markdownUri = () => pathToFileURL(path.join(workspace, 'draft.md')).href;
  const latexUri = () => pathToFileURL(path.join(workspace, 'draft.tex')).href;
  const draft = 'IL-11 signals via STAT1 in OSCC.\n\nIL-11 upregulates MMP-13 in OSCC [@hartmann2021example; @wu2022interleukin].\n\nIn OSCC, IL-11 raises MMP-13 expression [@';

  test('opening a draft publishes diagnostics with source, code and a message naming the evidence', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: markdownUri(), languageId: 'markdown', version: 1, text: draft } });
    const published = await diagnosticsFor(markdownUri(), 1);
    const stat1 = published.find((d) => d.range.start.line === 0);
    assert.ok(stat1);
    assert.equal(stat1.source, 'claimlens');
    assert.equal(stat1.code, 'unsupported-other-context');
    const message = typeof stat1.message === 'string' ? stat1.message : stat1.message.value;
    assert.match(message, /in OSCC the library reports IL-11 acting through .*PI3K\/Akt and AP-1 \[wu2022interleukin\]/);
    assert.ok(stat1.relatedInformation?.some((r) => r.location.uri.endsWith('lim2014inhibition.json')), 'related information opens the library file');
    // A position is a line and a character, nothing more (the file's URI is the location's).
    for (const related of stat1.relatedInformation ?? []) assert.deepEqual(Object.keys(related.location.range.start).sort(), ['character', 'line']);
    // The workspace .bib defines hartmann2021example: no undefined-key error.
    assert.ok(!published.some((d) => d.code === 'undefined-citation'));
  });

  test('an edit is re-checked and the new diagnostics carry the new version', async () => {
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: markdownUri(), version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 32 } }, text: 'IL-11 suppresses MMP-13 expression in OSCC.' }],
    });
    const published = await diagnosticsFor(markdownUri(), 2);
    assert.equal(published.find((d) => d.range.start.line === 0)?.code, 'contradicted');
  });

  test('hover on an entity and on a citation key', async () => {
    const entity = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: markdownUri() }, position: { line: 2, character: 2 } });
    assert.ok(entity && typeof entity.contents === 'object' && 'value' in entity.contents);
    assert.match(entity.contents.value, /interleukin\\-11/);
    assert.deepEqual(entity.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
    const key = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: markdownUri() }, position: { line: 2, character: 60 } });
    assert.ok(key && typeof key.contents === 'object' && 'value' in key.contents);
    assert.match(key.contents.value, /J Cell Physiol/);
  });

  test('go to definition on a key opens its .bib entry', async () => {
    const result = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: markdownUri() }, position: { line: 2, character: 45 } });
    const links = Array.isArray(result) ? result : result ? [result] : [];
    const target = links[0] && ('targetUri' in links[0] ? links[0].targetUri : links[0].uri);
    assert.ok(target?.endsWith('refs.bib'), JSON.stringify(result));
  });

  test('completion after [@ ranks the OSCC paper first, and resolve adds the reference', async () => {
    const result = (await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: markdownUri() }, position: { line: 4, character: 42 } })) as CompletionList;
    const items = [...result.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.equal(items[0].label, 'wu2022interleukin');
    assert.equal(items[0].detail, 'Wu et al. 2022 · J Cell Physiol');
    assert.ok(items.some((i) => i.label === 'hartmann2021example'), 'the workspace .bib is offered too');
    const resolved: CompletionItem = await connection.sendRequest(CompletionResolveRequest.type, items[0]);
    const documentation = resolved.documentation;
    assert.ok(documentation && typeof documentation === 'object');
    assert.match(documentation.value, /Interleukin\\-11\/gp130 upregulates/);
  });

  test('LaTeX: completion inside \\cite{ and diagnostics mapped through markup', async () => {
    const text = '\\section{Results}\nIL-11 \\emph{signals} via STAT1 in OSCC~\\cite{}.\n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: latexUri(), languageId: 'latex', version: 1, text } });
    const published = await diagnosticsFor(latexUri(), 1);
    assert.ok(published.some((d) => d.code === 'unsupported-other-context' && d.range.start.line === 1 && d.range.start.character === 0));
    const result = (await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: latexUri() }, position: { line: 1, character: 45 } })) as CompletionList;
    assert.equal(result.items.length, 6);
  });

  test('code actions offer the supporting citation as a workspace edit', async () => {
    const published = await diagnosticsFor(markdownUri(), 2);
    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: markdownUri() },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
      context: { diagnostics: published.filter((d) => d.range.start.line === 0) },
    });
    const titles = (actions ?? []).map((a) => a.title);
    assert.ok(titles.includes('Ignore this line (ClaimLens)'), titles.join(', '));
    assert.ok(titles.includes('Mark as my own finding'));
    // Diagnostics carry no `data` (a fix is computed again from the text), and a fix still names the one it fixes.
    assert.ok(published.every((d) => d.data === undefined));
    const fixes = (actions ?? []).filter((a) => 'diagnostics' in a && a.diagnostics?.some((d) => d.code === 'contradicted' && d.range.start.line === 0));
    assert.ok(fixes.length > 0, titles.join(', '));
  });

  test('a library folder added in the settings is loaded; a broken edit is reported in its file and the last good version stays', async () => {
    const library = path.join(workspace, 'library');
    fs.mkdirSync(library, { recursive: true });
    const file = path.join(library, 'mine.json');
    const fact = { id: 'mine/il11-stat1-oscc', subject: 'IL11', relation: 'activates', object: 'STAT1', context: ['OSCC'], evidence: { paper: 'mine2026', locator: 'Fig. 1', kind: 'finding' }, statement: 'IL-11 activated STAT1 in OSCC cells.' };
    const paper = { key: 'mine2026', title: 'My own paper', authors: [{ family: 'Me' }], journal: null, year: 2026, volume: null, issue: null, pages: null, doi: null, pmid: null, summary: null };
    fs.writeFileSync(file, JSON.stringify({ papers: [paper], facts: [fact] }, null, 2));
    const uri = pathToFileURL(path.join(workspace, 'stat1.md')).href;
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { claimlens: { debounceMs: 0, knowledgeBase: { extraFolders: ['library'] } } } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: 'IL-11 activates STAT1 in OSCC [@mine2026].\n' } });
    assert.deepEqual(await diagnosticsFor(uri, 1), [], 'the claim is now supported by the added library');

    fs.writeFileSync(file, '{\n  "papers": [\n    { "key": "mine2026", "title": }\n  ]\n}\n');
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).href, type: FileChangeType.Changed }] });
    const problems = await diagnosticsFor(pathToFileURL(file).href, undefined as unknown as number);
    assert.equal(problems[0].range.start.line, 2);
    assert.match(typeof problems[0].message === 'string' ? problems[0].message : problems[0].message.value, /invalid JSON/);
    const report = await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkDocument', arguments: [uri] });
    assert.equal(report.files[0].sentences[0].verdict, 'supported', 'the last good version of the file stays in use');
  });

  test('the check command returns the report in the CLI\'s JSON shape', async () => {
    const report = await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.checkDocument', arguments: [markdownUri()] });
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    assert.ok(report.summary.contradicted >= 1);
    assert.ok(report.files[0].sentences.every((s: { range: unknown; verdict: string; claims: unknown[] }) => s.range && s.verdict && Array.isArray(s.claims)));
  });
});
