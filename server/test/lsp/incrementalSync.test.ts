// Typing reaches the analysis worker as the editor's edits (lsp/editedDocument.ts, DocumentWire): after random
// incremental changes, some several to a notification and some sent before the last check was published, a
// hover in between (which reads the text whole in the main thread), the diagnostics of the edited document
// must be those of the same text opened afresh. With every diagnostic published (maxPerDocument 0) the main
// thread assembles a publish from the blocks it kept and shifted (lsp/blockDiagnostics.ts) and the stdio writer
// copies the bytes of unchanged diagnostics from the last publish (lsp/publishEncoder.ts): the client must still
// read the same diagnostics, in the same order, with the same ranges and messages, in Markdown and LaTeX, with
// and without related information, after edits that move lines and ones that do not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cli, type RunningServer, startServer, stopServer, TempFolders } from './harness';

const examples = path.join(__dirname, '..', '..', '..', 'examples');
const shared = ['x', ' ', '\n\n', '\n', 'In OSCC, IL-11 raised MMP-13. ', 'signal transducer and activator of transcription 3 (STAT3) ', 'IL-6 ', 'Here we show that ', 'STAT3 ', 'β'];
const pieces = { markdown: [...shared, '[@wu2022interleukin]'], latex: [...shared, '~\\citep{wu2022interleukin}', '\\emph{IL-11} ', '$\\alpha$'] };

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

suite('incremental text sync (bundled server)', function () {
  this.timeout(120_000);
  for (const related of [false, true]) {
    suite(related ? 'a client that shows related information' : 'a client without related information', () => {
      const folders = new TempFolders();
      let running: Partial<RunningServer> = {};
      let workspace: string;
      const published: PublishDiagnosticsParams[] = [];
      const waiters: (() => void)[] = [];

      async function publishedAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
        for (;;) {
          const found = published.find((p) => p.uri === uri && p.version === version);
          if (found) return found;
          await new Promise<void>((resolve) => waiters.push(resolve));
        }
      }

      suiteSetup(async function () {
        if (!fs.existsSync(cli)) this.skip();
        workspace = folders.make('sync');
        running = startServer('ignore');
        const connection = running.connection!;
        connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
          published.push(params);
          waiters.splice(0).forEach((resolve) => resolve());
        });
        connection.onNotification('claimlens/status', () => undefined);
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, {
          processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
          capabilities: related ? { textDocument: { publishDiagnostics: { relatedInformation: true } } } : {},
          initializationOptions: { settings: { debounceMs: 0, diagnostics: { maxPerDocument: 0 } } },
        });
        await connection.sendNotification(InitializedNotification.type, {});
      });

      suiteTeardown(() => stopServer(running, folders));

      const drafts = [{ language: 'markdown', file: 'manuscript.md', name: 'draft.md' }, { language: 'latex', file: 'manuscript.tex', name: 'draft.tex' }] as const;
      for (const { language, file, name } of related ? drafts.slice(0, 1) : drafts) {
        test(`${language}: after random edits, the diagnostics are those of the same text opened afresh`, async () => {
          const connection = running.connection!;
          const random = lcg(language === 'latex' ? 5 : 3);
          const uri = pathToFileURL(path.join(workspace, name)).href;
          const text = fs.readFileSync(path.join(examples, file), 'utf8');
          const mirror = TextDocument.create(uri, language, 1, text);
          await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: language, version: 1, text } });
          await publishedAt(uri, 1);
          let version = 1;
          for (let round = 0; round < 30; round++) {
            // One to three notifications before waiting, each with one to three changes made in order.
            const notifications = 1 + Math.floor(random() * 3);
            for (let k = 0; k < notifications; k++) {
              const changes: TextDocumentContentChangeEvent[] = [];
              for (let c = 0; c < 1 + Math.floor(random() * 3); c++) {
                const current = mirror.getText();
                const at = Math.floor(random() * (current.length + 1));
                const end = Math.min(current.length, at + (random() < 0.4 ? Math.floor(random() * 12) : 0));
                const change = { range: { start: mirror.positionAt(at), end: mirror.positionAt(end) }, text: random() < 0.85 ? pieces[language][Math.floor(random() * pieces[language].length)] : '' };
                TextDocument.update(mirror, [change], mirror.version);
                changes.push(change);
              }
              version++;
              await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
            }
            if (random() < 0.3) await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: mirror.positionAt(Math.floor(random() * mirror.getText().length)) });
            await publishedAt(uri, version);
          }
          const afresh = pathToFileURL(path.join(workspace, `afresh-${name}`)).href;
          await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: afresh, languageId: language, version: 1, text: mirror.getText() } });
          const expected = await publishedAt(afresh, 1);
          const actual = await publishedAt(uri, version);
          assert.ok(expected.diagnostics.length > 5, 'the draft has findings');
          if (related) assert.ok(expected.diagnostics.some((d) => d.relatedInformation?.length), 'related information is sent');
          assert.deepEqual(JSON.parse(JSON.stringify(actual.diagnostics).split(uri).join(afresh)), expected.diagnostics);
        });
      }
    });
  }
});
