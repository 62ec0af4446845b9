// The LanguageClient: how the server is started and which documents, settings and files it is told about.
// The server is the CLI bundle itself (`cli.js lsp`), so the extension ships one program for both uses.
import * as vscode from 'vscode';
import {
  CloseAction, DidChangeWatchedFilesNotification, ErrorAction, FileChangeType, LanguageClient, State, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type FileEvent, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { clientCommands, languageIds, pingRequest, serverEnvironment } from '../../server/src/protocol';
import { CrashSeries, PingState } from './restartPolicy';
import { answerConfigurationRequest, extraFolderPatterns, globalSettings, section } from './config';
import { withFindingLinks } from './findingDocument';

export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/cli.js');
  const serverOptions: ServerOptions = {
    // The client's environment with these added (see serverEnvironment: less memory held by the C library).
    // Over stdio, not IPC: over IPC Node serialises every publish whole in the server's main thread (a thesis's
    // 5,900 diagnostics with their related facts, 3.7 MB: 43 ms of the main thread per keystroke against 5 ms
    // over stdio, where the writer copies the unchanged diagnostics' JSON from the last publish, publishEncoder.ts).
    run: { module, args: ['lsp'], transport: TransportKind.stdio, options: { env: serverEnvironment(process.env) } },
    debug: { module, args: ['lsp'], transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'], env: serverEnvironment(process.env) } },
  };
  // Workspace bibliographies define citation keys, so the server reloads when any of them changes.
  const bibliographies = vscode.workspace.createFileSystemWatcher('**/*.{bib,bibtex}');
  context.subscriptions.push(bibliographies);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languageIds.flatMap((language) => ['file', 'untitled'].map((scheme) => ({ language, scheme }))),
    outputChannel,
    // The server pulls settings as soon as it starts; these are its fallback if that request fails.
    // In a workspace the user has not trusted, the server reads nothing outside the workspace folders.
    // The storage path is where the server keeps its readings of abstracts between sessions.
    initializationOptions: () => ({ settings: globalSettings(), workspaceTrusted: vscode.workspace.isTrusted, storagePath: context.globalStorageUri.fsPath }),
    synchronize: { fileEvents: bibliographies },
    middleware: {
      workspace: { configuration: (params) => answerConfigurationRequest(params) },
      // Related information opens the finding (statement, paper, locator), not a line of a JSON file.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, withFindingLinks(diagnostics)),
    },
    errorHandler: new RestartPolicy(outputChannel),
  };
  const client = new LanguageClient(section, 'ClaimLens', serverOptions, clientOptions);
  context.subscriptions.push(
    new Watchdog(client, outputChannel),
    // Granting trust widens what the server may read; a restart hands it the new state.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client.isRunning()) void client.restart().catch((error) => outputChannel.error(`ClaimLens: restart after granting trust failed: ${error}`));
    }),
  );
  return client;
}

/**
 * What happens when the server crashes. The library's default gives up after five crashes in three
 * minutes and leaves the editor without any feature until a reload. Here the server is always restarted,
 * with a growing pause when it crashes in a row (1 s, 2 s, 4 s ... at most 60 s) so that a crash on start-up
 * does not spin, and the user is told once per series of crashes, with the way to the log.
 */
export class RestartPolicy implements ErrorHandler {
  private readonly series = new CrashSeries();

  constructor(private readonly output: vscode.LogOutputChannel, private readonly now: () => number = Date.now) {}

  error(): ErrorHandlerResult {
    // A broken message is logged by the library; the connection itself goes on.
    return { action: ErrorAction.Continue, handled: true };
  }

  async closed(): Promise<CloseHandlerResult> {
    // The decisions are in restartPolicy.ts (unit-tested): always restart, a growing pause, tell once per series.
    const { crashesInRow, pauseMs, tellUser } = this.series.crashed(this.now());
    this.output.error(`ClaimLens: the language server stopped (crash ${crashesInRow} in a row); restarting in ${pauseMs / 1000} s.`);
    if (tellUser) {
      void vscode.window.showWarningMessage('ClaimLens: the language server stopped unexpectedly and is being restarted.', 'Show Output').then((choice) => {
        if (choice) void vscode.commands.executeCommand(clientCommands.showOutput);
      });
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    return { action: CloseAction.Restart, handled: true };
  }
}

/**
 * Notices a server that is alive but blocked (stuck in a computation, so it answers nothing): every 20 s
 * it sends a ping, which a working server answers at once even while it checks a large document. If no
 * answer comes within 15 s the user is told once, with a way to restart it; an answer clears the state.
 */
export class Watchdog implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private readonly state = new PingState();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel, private readonly everyMs = 20_000, private readonly patienceMs = 15_000) {
    this.subscription = client.onDidChangeState((event) => {
      if (event.newState === State.Running) this.start();
      else this.stop();
    });
  }

  private start(): void {
    this.stop();
    this.timer = setInterval(() => void this.ping(), this.everyMs);
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.state.reset();
  }

  private async ping(): Promise<void> {
    if (!this.client.isRunning() || !this.state.startPing()) return;
    const late = setTimeout(() => this.blocked(), this.patienceMs);
    let answered = false;
    try {
      await this.client.sendRequest(pingRequest);
      answered = true;
    } catch {
      // A failed request means the connection is going away; the restart policy handles that.
    } finally {
      clearTimeout(late);
      if (this.state.settled(answered)) this.output.info('ClaimLens: the language server answers again.');
    }
  }

  private blocked(): void {
    if (!this.state.late()) return;
    this.output.error(`ClaimLens: the language server has not answered for ${this.patienceMs / 1000} s; it may be stuck on a document.`);
    void vscode.window.showWarningMessage('ClaimLens: the language server is not responding.', 'Restart Server', 'Show Output').then((choice) => {
      if (choice === 'Restart Server') void vscode.commands.executeCommand(clientCommands.restartServer);
      else if (choice) void vscode.commands.executeCommand(clientCommands.showOutput);
    });
  }

  dispose(): void {
    this.stop();
    this.subscription.dispose();
  }
}

/**
 * Watches the files of `claimlens.knowledgeBase.extraFolders` and tells the server when they change.
 * These watchers cannot go into `synchronize.fileEvents`, which is read once when the client starts: the
 * folders are a setting, and a changed setting must move the watchers without restarting the server.
 */
export class ExtraFolderWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[];
  private pending: FileEvent[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${section}.knowledgeBase.extraFolders`)) this.watch();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watch()),
    ];
    this.watch();
  }

  private watch(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = extraFolderPatterns().flatMap((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      return [
        watcher,
        watcher.onDidCreate((uri) => this.queue(uri, FileChangeType.Created)),
        watcher.onDidChange((uri) => this.queue(uri, FileChangeType.Changed)),
        watcher.onDidDelete((uri) => this.queue(uri, FileChangeType.Deleted)),
      ];
    });
  }

  /** Batches the events of a burst (a checkout, a folder copy) so that the server reloads once, not per file. */
  private queue(uri: vscode.Uri, type: FileChangeType): void {
    this.pending.push({ uri: this.client.code2ProtocolConverter.asUri(uri), type });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const changes = this.pending;
      this.pending = [];
      this.timer = undefined;
      if (this.client.isRunning()) this.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes }).catch(() => undefined);
    }, 200);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of [...this.watchers, ...this.subscriptions]) disposable.dispose();
  }
}
