// The start and the end of every protocol test: the bundled server (dist/cli.js lsp --stdio) as a separate
// process with an LSP connection to it, and its shutdown with the test's workspace folder removed.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createProtocolConnection, ShutdownRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

export const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');

export interface RunningServer {
  server: ChildProcess;
  connection: ProtocolConnection;
}

/** Starts the server; its stderr is kept on a pipe (the default) or dropped. */
export function startServer(stderr: 'pipe' | 'ignore' = 'pipe'): RunningServer {
  const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', stderr] });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  return { server, connection };
}

/** Shuts the server down politely, then for good, and removes the workspace folder. */
export async function stopServer(running: Partial<RunningServer>, workspace: string | undefined): Promise<void> {
  if (!running.connection || !running.server) return;
  await running.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
  running.connection.dispose();
  running.server.kill();
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
}
