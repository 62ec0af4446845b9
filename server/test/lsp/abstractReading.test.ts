// A new library of 60 abstracts, through the bundled server over stdio: the server reads them in the
// background with work-done progress ("Reading abstracts 20/60"), then the claims citing them are checked
// against their findings; a second session with the same storage path reads none of them again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, WorkDoneProgressCreateRequest, type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { cli, type RunningServer, startServer, stopServer, TempFolders } from './harness';

const count = 60;
const bib = Array.from({ length: count }, (_, i) => [
  `@article{cohort${i}study,`,
  `  title = {Resistance to gefitinib in lung adenocarcinoma, cohort ${i}},`,
  '  year = {2021},',
  // Only the last paper, which the background reading reaches last, speaks of MET and ERBB3.
  `  abstract = {Acquired resistance limits EGFR inhibitors. Here we show that ${i === count - 1 ? 'MET amplification activates ERBB3 signalling' : 'AXL activates MYC'} in lung adenocarcinoma cells of cohort ${i}.}`,
  '}',
  '',
].join('\n')).join('\n');

suite('language server: abstracts read in the background and kept between sessions', function () {
  this.timeout(120000);
  const folders = new TempFolders();
  let workspace: string;
  let storage: string;

  suiteSetup(function () {
    if (!fs.existsSync(cli)) this.skip();
    workspace = folders.make('abstracts-ws');
    storage = folders.make('abstracts-storage');
    fs.writeFileSync(path.join(workspace, 'refs.bib'), bib);
  });

  suiteTeardown(() => folders.remove());

  /** One session: opens a draft citing the last paper, returns the progress messages seen and the contradiction once published. */
  async function session(): Promise<{ progress: string[]; contradicted: Diagnostic }> {
    const running: RunningServer = startServer();
    const progress: string[] = [];
    let latest: Diagnostic[] = [];
    const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
    try {
      running.connection.onRequest(WorkDoneProgressCreateRequest.method, () => null);
      running.connection.onNotification('$/progress', (params: { value: { message?: string } }) => {
        if (params.value.message) progress.push(params.value.message);
      });
      running.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) latest = params.diagnostics;
      });
      running.connection.onNotification('claimlens/status', () => undefined);
      running.connection.listen();
      await running.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(workspace).href,
        workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'library' }],
        capabilities: { window: { workDoneProgress: true } },
        initializationOptions: { settings: { debounceMs: 0 }, storagePath: storage },
      });
      await running.connection.sendNotification(InitializedNotification.type, {});
      const text = `# Draft\n\nMET inhibits ERBB3 signalling in lung adenocarcinoma [@cohort${count - 1}study].\n`;
      await running.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const deadline = Date.now() + 90000;
      for (;;) {
        const contradicted = latest.find((d) => String(d.code).startsWith('contradicted'));
        if (contradicted) return { progress, contradicted };
        if (Date.now() > deadline) assert.fail(`no contradiction published; last: ${JSON.stringify(latest.map((d) => [d.code, d.message]))}; progress: ${JSON.stringify(progress)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await stopServer(running, undefined);
    }
  }

  test('the first session reads with progress, the second reads nothing again', async () => {
    const first = await session();
    assert.match(String(first.contradicted.message), new RegExp(`abstract of \\[cohort${count - 1}study\\] reports`));
    // A load reads a few new abstracts itself (an edited entry); the rest are counted in the progress.
    const total = /^Reading abstracts 0\/(\d+)$/.exec(first.progress[0] ?? '')?.[1];
    assert.ok(total && Number(total) > count / 2 && Number(total) <= count, JSON.stringify(first.progress));
    assert.equal(first.progress.at(-1), `Reading abstracts ${total}/${total}`);
    assert.ok(first.progress.every((m) => new RegExp(`^Reading abstracts \\d+/${total}$`).test(m)), JSON.stringify(first.progress));
    assert.ok(fs.existsSync(path.join(storage, 'abstract-readings.json')), 'the readings are stored');

    const second = await session();
    assert.match(String(second.contradicted.message), new RegExp(`abstract of \\[cohort${count - 1}study\\] reports`));
    assert.deepEqual(second.progress, [], 'nothing read again');
  });
});
