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

/**
 * The parts of the largest fields, to say which bytes a client could be spared: each part is something the editor
 * shows (the message's first line, the claim and its verdict; its later lines, the evidence; a related fact's file,
 * position and text), or the protocol's own keys and punctuation, which no field can drop. Stop 54 (issue 10):
 * nothing carried is needed only by a request (no `data`: quick fixes are computed on request from the text;
 * related information only for a client that declares it), so the no-limit rows' bytes are the text shown.
 */
export function partsTable(diagnostics: Diagnostic[]): string {
  const sums = new Map<string, number>();
  const add = (part: string, bytes: number) => sums.set(part, (sums.get(part) ?? 0) + bytes);
  const json = (value: unknown) => JSON.stringify(value).length;
  for (const d of diagnostics) {
    // (The server's messages are plain text; LSP 3.18 allows markup too.)
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    const newline = message.indexOf('\n');
    add('message, first line (claim, verdict)', json(newline < 0 ? message : message.slice(0, newline)) - 2);
    if (newline >= 0) add('message, later lines (evidence)', json(message.slice(newline)) - 2);
    add('code, source, severity (values)', json(d.code ?? '') + json(d.source ?? '') + json(d.severity ?? ''));
    const numbers = [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
    add('range, the four numbers', numbers.reduce((sum, n) => sum + String(n).length, 0));
    for (const related of d.relatedInformation ?? []) {
      add('related, file URI', json(related.location.uri) - 2);
      add('related, position numbers', json(related.location.range) - json({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }) + 4);
      add('related, text', json(related.message) - 2);
    }
  }
  const total = diagnostics.reduce((sum, d) => sum + json(d) + 1, 0);
  const shown = [...sums.values()].reduce((a, b) => a + b, 0);
  add('keys and punctuation (the protocol)', total - shown);
  const distinct = new Set(diagnostics.map((d) => JSON.stringify(d.message))).size;
  return [...sums.entries()].map(([part, sum]) => `  ${part.padEnd(40)} ${(sum / diagnostics.length).toFixed(1).padStart(7)} B/diagnostic ${((100 * sum) / total).toFixed(0).padStart(3)}%`).join('\n') +
    `\n  ${distinct} distinct messages among ${diagnostics.length}`;
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
        console.log(partsTable(diagnostics));
      }
    }
  })();
}
