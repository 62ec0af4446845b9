// The LanguageClient: how the server is started and which documents, settings and files it is told about.
// The server is the CLI bundle itself (`cli.js lsp`), so the extension ships one program for both uses.
import * as vscode from 'vscode';
import {
  DidChangeWatchedFilesNotification, FileChangeType, LanguageClient, TransportKind,
  type FileEvent, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { languageIds } from '../../server/src/protocol';
import { answerConfigurationRequest, extraFolderPatterns, globalSettings, section } from './config';
import { withFindingLinks } from './findingDocument';

export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/cli.js');
  const serverOptions: ServerOptions = {
    run: { module, args: ['lsp'], transport: TransportKind.ipc },
    debug: { module, args: ['lsp'], transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // Workspace bibliographies define citation keys, so the server reloads when any of them changes.
  const bibliographies = vscode.workspace.createFileSystemWatcher('**/*.{bib,bibtex}');
  context.subscriptions.push(bibliographies);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languageIds.flatMap((language) => ['file', 'untitled'].map((scheme) => ({ language, scheme }))),
    outputChannel,
    // The server pulls settings as soon as it starts; these are its fallback if that request fails.
    initializationOptions: () => ({ settings: globalSettings() }),
    synchronize: { fileEvents: bibliographies },
    middleware: {
      workspace: { configuration: (params) => answerConfigurationRequest(params) },
      // Related information opens the finding (statement, paper, locator), not a line of a JSON file.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, withFindingLinks(diagnostics)),
    },
  };
  return new LanguageClient(section, 'ClaimLens', serverOptions, clientOptions);
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
