// Names and shapes shared by the language server and the VS Code client. Plain data only: the client bundle
// imports this file, so it must not pull in the server or the core.

export const commands = {
  /** Server command: check one document, returns a Report (the CLI's JSON shape). Argument: the document URI. */
  checkDocument: 'claimlens.checkDocument',
  /** Server command: check every Markdown and LaTeX file of the workspace with progress, returns a Report. */
  checkWorkspace: 'claimlens.checkWorkspace',
  /** Server command: reload the knowledge base from disk. */
  reloadKnowledgeBase: 'claimlens.reloadKnowledgeBase',
} as const;

/** Client-only commands. */
export const clientCommands = {
  checkDocument: 'claimlens.checkActiveDocument',
  checkWorkspace: 'claimlens.checkWorkspaceReport',
  exportReport: 'claimlens.exportReport',
  showOutput: 'claimlens.showOutput',
  restartServer: 'claimlens.restartServer',
  reloadKnowledgeBase: 'claimlens.reloadKnowledgeBaseFromDisk',
  /** Run by the quick fix "Ignore … in this workspace": adds its argument to claimlens.ignoredClaims. */
  ignoreClaim: 'claimlens.ignoreClaimInWorkspace',
} as const;

/** Request from client to server, answered at once: the client's watchdog uses it to notice a blocked server. */
export const pingRequest = 'claimlens/ping';

/** Notification from server to client: what the status bar shows. */
export const statusNotification = 'claimlens/status';

export interface StatusParams {
  state: 'loading' | 'ready' | 'checking' | 'error';
  papers: number;
  papersWithFacts: number;
  facts: number;
  entities: number;
  /** Problems found in knowledge-base files (the files also get diagnostics). */
  problems: number;
  message?: string;
}

export const languageIds = ['markdown', 'latex', 'tex'] as const;
