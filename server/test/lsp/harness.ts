// The start and the end of every protocol test: the bundled server (dist/cli.js lsp --stdio) as a separate
// process with an LSP connection to it, and its shutdown with the test's workspace folder removed.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

/**
 * A test's temporary folders (a workspace, a library outside it, the server's storage): each made empty under
 * the system's temporary folder, all removed together at the end, whether or not the test got that far.
 */
export class TempFolders {
  readonly #made: string[] = [];

  /** A new empty folder, claimlens-<name>-XXXXXX. */
  make(name: string): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), `claimlens-${name}-`));
    this.#made.push(folder);
    return folder;
  }

  remove(): void {
    for (const folder of this.#made.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Shuts the server down politely, then for good, and removes the test's folders (or the one folder named). */
export async function stopServer(running: Partial<RunningServer>, folders: TempFolders | string | undefined): Promise<void> {
  if (running.connection && running.server) {
    await running.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    running.connection.dispose();
    running.server.kill();
  }
  if (folders instanceof TempFolders) folders.remove();
  else if (folders) fs.rmSync(folders, { recursive: true, force: true });
}
