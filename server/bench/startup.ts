// Time to first diagnostic: the bundled server (dist/cli.js lsp --stdio) started cold as an editor starts
// it, a draft opened right after `initialized`, and the clock stopped at its first published diagnostics.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
  StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export interface StartupTiming {
  initializeMs: number;
  firstDiagnosticMs: number;
  /**
   * When the whole document's diagnostics arrived: the server publishes the part it read first at once (the
   * top of the document), the rest when its check ends (the first publish after a check's 'ready' status).
   */
  allDiagnosticsMs: number;
  /** CPU the server process (all its threads) had used when the whole draft's diagnostics arrived; noise-free-er than wall time on a busy machine. */
  serverCpuMs: number;
  /** The same when the first diagnostics arrived (the top of the draft). */
  firstCpuMs: number;
  diagnostics: number;
}

/** Starts the server, opens `text` as a draft and measures; the workspace is an empty temporary folder with one .bib. */
export async function timeToFirstDiagnostic(cli: string, languageId: string, text: string): Promise<StartupTiming> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-startup-'));
  fs.writeFileSync(path.join(workspace, 'refs.bib'), '@article{hartmann2021example, title={A paper outside the library}, year={2021}}\n');
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
  const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const uri = pathToFileURL(path.join(workspace, languageId === 'latex' ? 'draft.tex' : 'draft.md')).href;
  try {
    let firstMs = Number.NaN;
    let firstCpuMs = Number.NaN;
    let checked = false;
    const first = new Promise<number>((resolve) => {
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri !== uri) return;
        if (Number.isNaN(firstMs)) {
          firstMs = elapsed();
          firstCpuMs = processCpuMs(server.pid!);
        }
        if (checked) resolve(params.diagnostics.length);
      });
    });
    let checking = false;
    connection.onNotification('claimlens/status', (params: { state: string }) => {
      if (params.state === 'checking') checking = true;
      if (params.state === 'ready' && checking) checked = true;
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: {}, initializationOptions: { settings: { debounceMs: 0 } },
    });
    const initializeMs = elapsed();
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    const diagnostics = await first;
    return { initializeMs, firstDiagnosticMs: firstMs, allDiagnosticsMs: elapsed(), serverCpuMs: processCpuMs(server.pid!), firstCpuMs, diagnostics };
  } finally {
    connection.dispose();
    server.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/** utime + stime of a process from /proc (Linux); NaN elsewhere. */
function processCpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}
