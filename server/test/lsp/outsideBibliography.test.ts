// A Markdown draft whose front matter names bibliographies outside the workspace (where a reference manager's
// auto-export lives), through the bundled server over stdio: the diagnostic on a claim quotes the abstract
// sentence it rests on; rewriting the .bib the way Better BibTeX does (a temporary file renamed over it)
// changes the diagnostic without a restart; a CSL-JSON bibliography is watched too; and a library key that
// is in none of the draft's bibliographies is flagged, since Pandoc will not find it.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { PaperWithoutAbstract, StatusParams } from '../../src/protocol';
import { cli, startServer, stopServer, TempFolders } from './harness';

const entry = (abstract: string) => [
  '@article{park2021gefitinib,',
  '  title = {Resistance to gefitinib in lung adenocarcinoma},',
  '  author = {Park, Jin},',
  '  year = {2021},',
  `  abstract = {${abstract}}`,
  '}',
  '',
  '@article{lee2020noabstract,',
  '  title = {An entry without an abstract},',
  '  year = {2020},',
  '}',
  '',
].join('\n');
const activates = 'Acquired resistance limits EGFR inhibitors. Here we show that MET amplification activates ERBB3 signalling in lung adenocarcinoma cells.';
const inhibits = 'Acquired resistance limits EGFR inhibitors. Here we show that MET amplification inhibits ERBB3 signalling in lung adenocarcinoma cells.';
const cslItem = (abstract: string) => JSON.stringify([{ id: 'kim2022afatinib', type: 'article-journal', title: 'Afatinib in lung adenocarcinoma', issued: { 'date-parts': [[2022]] }, abstract }]);

suite('language server: bibliographies a Markdown draft declares outside the workspace', function () {
  this.timeout(90000);
  const folders = new TempFolders();
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let workspace: string;
  let library: string;
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: (() => void)[] = [];
  const statuses: StatusParams[] = [];

  /** The latest diagnostics of a document once they hold what `ready` expects (the library reloads meanwhile). */
  async function diagnosticsUntil(uri: string, ready: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const deadline = Date.now() + 45000;
    for (;;) {
      const found = (published.get(uri) ?? []).at(-1)?.diagnostics;
      if (found && ready(found)) return found;
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(found?.map((d) => [d.code, d.message]))}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }

  /** The note on the completion of wu2022interleukin inside the draft's citation (line 4, after "[@wu"). */
  async function completionNote(uri: string): Promise<string> {
    const line = 'IL-11 signals via STAT3 in OSCC [@wu2022interleukin].';
    const result = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: line.indexOf('@wu') + 3 } });
    const items = Array.isArray(result) ? result : result?.items ?? [];
    const item = items.find((i) => i.label === 'wu2022interleukin');
    assert.ok(item, JSON.stringify(items.map((i) => i.label).slice(0, 20)));
    return String(item.detail);
  }

  suiteSetup(async function () {
    if (!fs.existsSync(cli)) this.skip();
    workspace = folders.make('outside-ws');
    library = folders.make('outside-lib');
    fs.writeFileSync(path.join(library, 'refs.bib'), entry(activates));
    fs.writeFileSync(path.join(library, 'more.json'), cslItem('We found that AXL activates MYC in lung adenocarcinoma cells.'));
    ({ server, connection } = startServer());
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
      waiters.splice(0).forEach((resolve) => resolve());
    });
    connection.onNotification('claimlens/status', (status: StatusParams) => {
      statuses.push(status);
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'draft' }],
      capabilities: {},
      initializationOptions: { settings: { debounceMs: 0 } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  });

  suiteTeardown(async () => {
    await stopServer({ server, connection }, folders);
  });

  const open = async (name: string, text: string) => {
    const uri = pathToFileURL(path.join(workspace, name)).href;
    fs.writeFileSync(path.join(workspace, name), text);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  };
  const contradicted = (ds: Diagnostic[]) => ds.find((d) => String(d.code).startsWith('contradicted'));

  test('the diagnostic quotes the abstract; a .bib rewritten by rename changes it without a restart', async () => {
    const uri = await open('draft.md', ['---', `bibliography: ${path.join(library, 'refs.bib')}`, '---', '# Draft', '', 'MET inhibits ERBB3 signalling in lung adenocarcinoma [@park2021gefitinib].', ''].join('\n'));
    const before = await diagnosticsUntil(uri, (ds) => contradicted(ds) !== undefined, 'a contradicted claim');
    assert.match(String(contradicted(before)!.message), /abstract of \[park2021gefitinib\] reports: "Here we show that MET amplification activates ERBB3/);
    assert.ok(!before.some((d) => d.code === 'undefined-citation'), 'the outside .bib defines the key');

    // Better BibTeX's way: write a temporary file, then rename it over the old one.
    const temporary = path.join(library, '.refs.bib.tmp');
    fs.writeFileSync(temporary, entry(inhibits));
    fs.renameSync(temporary, path.join(library, 'refs.bib'));
    const after = await diagnosticsUntil(uri, (ds) => contradicted(ds) === undefined, 'the contradiction to go once the abstract agrees');
    assert.ok(!after.some((d) => d.code === 'undefined-citation'), JSON.stringify(after));

    // And an edit in place (another tool's way) brings it back.
    fs.writeFileSync(path.join(library, 'refs.bib'), entry(activates));
    await diagnosticsUntil(uri, (ds) => contradicted(ds) !== undefined, 'the contradiction to come back after an edit in place');
  });

  test('a CSL-JSON bibliography outside the workspace is read and watched', async () => {
    const uri = await open('json-draft.md', ['---', 'bibliography:', `  - ${path.join(library, 'more.json')}`, '---', '', 'AXL inhibits MYC in lung adenocarcinoma [@kim2022afatinib].', ''].join('\n'));
    const before = await diagnosticsUntil(uri, (ds) => contradicted(ds) !== undefined, 'a contradicted claim from the CSL-JSON abstract');
    assert.match(String(contradicted(before)!.message), /abstract of \[kim2022afatinib\] reports/);
    fs.writeFileSync(path.join(library, 'more.json'), cslItem('We found that AXL inhibits MYC in lung adenocarcinoma cells.'));
    await diagnosticsUntil(uri, (ds) => contradicted(ds) === undefined && !ds.some((d) => d.code === 'undefined-citation'), 'the contradiction to go after the JSON changed');
  });

  test('a library key in none of the draft\'s bibliographies is flagged: Pandoc will not find it', async () => {
    const uri = await open('bundled-key.md', ['---', `bibliography: ${path.join(library, 'refs.bib')}`, '---', '', 'IL-11 signals via STAT3 in OSCC [@wu2022interleukin].', ''].join('\n'));
    const diagnostics = await diagnosticsUntil(uri, (ds) => ds.some((d) => d.code === 'not-in-bibliography'), 'a not-in-bibliography warning');
    const outside = diagnostics.find((d) => d.code === 'not-in-bibliography')!;
    assert.match(String(outside.message), /wu2022interleukin is in the ClaimLens library but not in refs\.bib: Pandoc will not find it/);
    const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: outside.range, context: { diagnostics: [outside] } });
    const add = actions?.find((a) => 'title' in a && a.title.startsWith('Add wu2022interleukin to refs.bib'));
    assert.ok(add && 'edit' in add && add.edit?.changes?.[pathToFileURL(path.join(library, 'refs.bib')).href], JSON.stringify(actions?.map((a) => a.title)));
    assert.match(await completionNote(uri), /not in refs\.bib: add the entry \(quick fix\) or Pandoc will fail/);
  });

  test('with a CSL-JSON bibliography the warning names it, and no BibTeX entry is offered for it', async () => {
    const uri = await open('json-key.md', ['---', `bibliography: ${path.join(library, 'more.json')}`, '---', '', 'IL-11 signals via STAT3 in OSCC [@wu2022interleukin].', ''].join('\n'));
    const diagnostics = await diagnosticsUntil(uri, (ds) => ds.some((d) => d.code === 'not-in-bibliography'), 'a not-in-bibliography warning');
    const outside = diagnostics.find((d) => d.code === 'not-in-bibliography')!;
    assert.match(String(outside.message), /not in more\.json: Pandoc will not find it/);
    const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: outside.range, context: { diagnostics: [outside] } });
    assert.ok(!actions?.some((a) => 'title' in a && a.title.startsWith('Add wu2022interleukin')), JSON.stringify(actions?.map((a) => a.title)));
    const note = await completionNote(uri);
    assert.match(note, /not in more\.json: add the entry or Pandoc will fail/);
    assert.doesNotMatch(note, /quick fix/, 'no quick fix is offered for a CSL-JSON bibliography');
  });

  test('a bibliography removed from the front matter leaves the library: its key is unknown again', async () => {
    const dropped = path.join(library, 'dropped.json');
    fs.writeFileSync(dropped, JSON.stringify([{ id: 'choi2023dropped', type: 'article-journal', title: 'A paper only one draft cites', issued: { 'date-parts': [[2023]] } }]));
    const body = ['', 'AXL activates MYC in lung adenocarcinoma [@choi2023dropped].', ''];
    const uri = await open('dropped.md', ['---', `bibliography: ${dropped}`, '---', ...body].join('\n'));
    const unknown = (ds: Diagnostic[]) => ds.some((d) => d.code === 'undefined-citation' && String(d.message).includes('choi2023dropped'));
    await diagnosticsUntil(uri, (ds) => !unknown(ds), 'the declared CSL-JSON to define the key');
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: ['---', 'title: Draft', '---', ...body].join('\n') }] });
    await diagnosticsUntil(uri, unknown, 'the key to be unknown once no draft declares its bibliography');
  });

  test('a paper without an abstract is counted in the status, named, and listed with its place in the .bib', async () => {
    const ready = statuses.filter((status) => status.state === 'ready').at(-1);
    assert.ok(ready && ready.withoutAbstracts >= 1 && ready.withoutAbstractsExamples.includes('lee2020noabstract'), JSON.stringify(ready));
    assert.ok(ready.papersWithFacts >= 1 && ready.papersWithFacts < ready.papers, 'papers with findings are counted apart');
    const listed = (await connection.sendRequest(ExecuteCommandRequest.type, { command: 'claimlens.papersWithoutAbstracts', arguments: [] })) as PaperWithoutAbstract[];
    const lee = listed.find((paper) => paper.key === 'lee2020noabstract');
    assert.deepEqual(lee, { key: 'lee2020noabstract', title: 'An entry without an abstract', uri: pathToFileURL(path.join(library, 'refs.bib')).href, line: 7 });
    assert.ok(!listed.some((paper) => paper.key === 'park2021gefitinib'), 'a paper with an abstract is not listed');
  });
});
