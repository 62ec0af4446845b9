// One bundled server over LSP with one draft open, as the benches that time edits drive it (incremental.ts's
// re-check rows, publishLatency.ts): the server started as an editor starts it (debounceMs 0, so the time from
// didChange to publishDiagnostics is the re-check with no debounce to subtract), the bytes it sends counted, and
// a wait for the publish of a version. Each bench keeps its own loop of edits and what it measures around them.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, IPCMessageReader, IPCMessageWriter,
  PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { serverEnvironment } from '../src/protocol';

export interface LspSessionOptions {
  /** Options for node before the server's script (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** The client's settings (claimlens.*), over debounceMs 0; the same answer to initialize and to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** stdio (every editor but VS Code; the default) or IPC (VS Code's client: a forked process, messages as Node's JSON). */
  transport?: 'stdio' | 'ipc';
  /** Declare related information, as VS Code does (every related fact is then sent). */
  related?: boolean;
  /** Each chunk the server writes, as it arrives, before the client parses it (stdio only). */
  onChunk?: (chunk: Buffer) => void;
  /** Prefix of the temporary workspace folder. */
  workspacePrefix?: string;
}

export interface LspSession {
  server: ChildProcess;
  connection: ProtocolConnection;
  /** The open draft's URI. */
  uri: string;
  /** Bytes the server has sent so far: what the client parses (over IPC Node parses it before the bench sees it: NaN). */
  received(): number;
  /** How many diagnostics the last publish for the draft carried. */
  published(): number;
  /** Resolves when the draft's diagnostics of this version (or a later one) are published; call it before the change is sent. */
  publishedAt(version: number): Promise<void>;
  /** Opens the draft as version 1 and waits for its first publish. */
  open(text: string): Promise<void>;
  /** A clean shutdown (so that a server started with --cpu-prof writes its profiles), waiting up to 5 s for it to exit. */
  shutdown(): Promise<void>;
  /** Ends the connection and the server and removes the workspace. */
  close(): void;
}

/**
 * The server's environment as the VS Code client starts it (protocol.ts serverEnvironment); with
 * CLAIMLENS_BENCH_PLAIN_ENV set, this process's own (as an editor that starts `claimlens lsp --stdio` may).
 */
export function serverProcessEnvironment(): NodeJS.ProcessEnv {
  return process.env.CLAIMLENS_BENCH_PLAIN_ENV ? process.env : { ...process.env, ...serverEnvironment(process.env) };
}

/** Starts `cli lsp` in a fresh workspace and initializes it; the draft (thesis.md or thesis.tex) is not open yet. */
export async function startLspSession(cli: string, language: 'markdown' | 'latex', options: LspSessionOptions = {}): Promise<LspSession> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), options.workspacePrefix ?? 'claimlens-lsp-'));
  const ipc = options.transport === 'ipc';
  const nodeArgs = options.nodeArgs ?? [];
  const server = ipc
    ? fork(cli, ['lsp', '--node-ipc'], { execArgv: nodeArgs, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], env: serverProcessEnvironment() })
    : spawn(process.execPath, [...nodeArgs, cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: serverProcessEnvironment() });
  const connection = ipc
    ? createProtocolConnection(new IPCMessageReader(server), new IPCMessageWriter(server))
    : createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  // Listened to before the connection listens, so that a chunk is seen here before the client parses it.
  let received = ipc ? Number.NaN : 0;
  server.stdout?.on('data', (chunk: Buffer) => {
    options.onChunk?.(chunk);
    received += chunk.length;
  });
  const uri = pathToFileURL(path.join(workspace, language === 'latex' ? 'thesis.tex' : 'thesis.md')).href;
  let waiting: { version: number; resolve: () => void } | undefined;
  let published = 0;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri) published = params.diagnostics.length;
    if (params.uri === uri && waiting && params.version !== undefined && params.version >= waiting.version) waiting.resolve();
  });
  connection.onNotification('claimlens/status', () => undefined);
  const settings = { debounceMs: 0, ...options.settings };
  connection.onRequest('workspace/configuration', () => [settings]);
  connection.listen();
  const close = () => {
    connection.dispose();
    server.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  };
  const publishedAt = (version: number) => new Promise<void>((resolve) => (waiting = { version, resolve }));
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: options.related ? { textDocument: { publishDiagnostics: { relatedInformation: true } } } : {}, initializationOptions: { settings },
    });
    await connection.sendNotification(InitializedNotification.type, {});
  } catch (error) {
    close();
    throw error;
  }
  return {
    server, connection, uri,
    received: () => received,
    published: () => published,
    publishedAt,
    async open(text) {
      const first = publishedAt(1);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: language, version: 1, text } });
      await first;
    },
    shutdown: () => shutdownServer(server, connection),
    close,
  };
}

/** A clean shutdown (so that a server started with --cpu-prof writes its profiles), waiting up to 5 s for it to exit. */
export async function shutdownServer(server: ChildProcess, connection: ProtocolConnection): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}
