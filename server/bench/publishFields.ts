// What a publish of the bench's 100k-word drafts carries, field by field (issue 10): the bytes of each field's
// JSON summed over every diagnostic, with no limit on diagnostics, as a client that shows related information
// (VS Code) and as one that does not. `npx tsx server/bench/publishFields.ts [--server=dist/cli.js] [markdown|latex]`
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
  PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { generateDraft, oneWordEdit, positionAt, seededRandom } from './generate/drafts';
import { serverEnvironment } from '../src/protocol';

export async function publishFields(cli: string, language: 'markdown' | 'latex', related: boolean): Promise<{ diagnostics: Diagnostic[]; bytes: number; changed: number[] }> {
  const draft = generateDraft(language);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-fields-'));
  const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: path.dirname(path.dirname(cli)), stdio: ['pipe', 'pipe', process.env.FIELDS_STDERR ? fs.openSync(`${process.env.FIELDS_STDERR}-${language}-${related}`, 'w') : 'ignore'], env: { ...process.env, ...serverEnvironment(process.env) } });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  let received = 0;
  server.stdout!.on('data', (chunk: Buffer) => (received += chunk.length));
  const uri = pathToFileURL(path.join(workspace, language === 'latex' ? 'thesis.tex' : 'thesis.md')).href;
  let waiting: { version: number; resolve: (d: Diagnostic[]) => void } | undefined;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri && waiting && params.version !== undefined && params.version >= waiting.version) waiting.resolve(params.diagnostics);
  });
  connection.onNotification('claimlens/status', () => undefined);
  const settings = { debounceMs: 0, diagnostics: { maxPerDocument: 0 } };
  connection.onRequest('workspace/configuration', () => [settings]);
  connection.listen();
  const publishedAt = (version: number) => new Promise<Diagnostic[]>((resolve) => (waiting = { version, resolve }));
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: related ? { textDocument: { publishDiagnostics: { relatedInformation: true } } } : {}, initializationOptions: { settings },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    let text = draft.text;
    let next = publishedAt(1);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: language, version: 1, text } });
    let diagnostics = await next;
    const random = seededRandom(7);
    // How many diagnostics differ (as JSON) from the last publish after each of 20 edits.
    const changed: number[] = [];
    let bytes = 0;
    for (let version = 2; version <= 21; version++) {
      const edit = oneWordEdit(text, random);
      const from = positionAt(text, edit.start);
      const to = positionAt(text, edit.end);
      text = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
      next = publishedAt(version);
      const before = received;
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: from, end: to }, text: edit.insert }] });
      const now = await next;
      bytes = received - before;
      const old = new Set(diagnostics.map((d) => JSON.stringify(d)));
      changed.push(now.filter((d) => !old.has(JSON.stringify(d))).length);
      diagnostics = now;
    }
    return { diagnostics, bytes, changed };
  } finally {
    connection.dispose();
    server.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

function fieldTable(diagnostics: Diagnostic[]): string {
  const sums = new Map<string, number>();
  for (const d of diagnostics) {
    for (const [field, value] of Object.entries(d)) sums.set(field, (sums.get(field) ?? 0) + JSON.stringify(field).length + 1 + JSON.stringify(value).length + 1);
  }
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  const n = diagnostics.length;
  return [...sums.entries()].sort((a, b) => b[1] - a[1]).map(([field, sum]) => `  ${field.padEnd(20)} ${(sum / n).toFixed(1).padStart(7)} B/diagnostic ${(sum / 1e6).toFixed(3).padStart(7)} MB ${((100 * sum) / total).toFixed(0).padStart(3)}%`).join('\n');
}

const runAlone = require.main === module && /publishFields\.[cjt]s$/.test(process.argv[1] ?? '');
if (runAlone) {
  const cli = path.resolve(process.argv.find((a) => a.startsWith('--server='))?.slice('--server='.length) ?? path.join(__dirname, '..', '..', 'dist', 'cli.js'));
  const languages = process.argv.slice(2).filter((a): a is 'markdown' | 'latex' => a === 'markdown' || a === 'latex');
  void (async () => {
    for (const language of languages.length > 0 ? languages : (['markdown', 'latex'] as const)) {
      for (const related of [false, true]) {
        const { diagnostics, bytes, changed } = await publishFields(cli, language, related);
        console.log(`${language}, ${related ? 'client shows related information' : 'client without related information'}: ${diagnostics.length} diagnostics, ${(bytes / 1e6).toFixed(2)} MB per publish (${(bytes / diagnostics.length).toFixed(0)} B each); diagnostics new per edit ${changed.join(' ')}`);
        console.log(fieldTable(diagnostics));
      }
    }
  })();
}
