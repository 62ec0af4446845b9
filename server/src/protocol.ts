// Names and shapes shared by the language server and the VS Code client. Plain data only: the client bundle
// imports this file, so it must not pull in the server or the core.

export const commands = {
  /** Server command: check one document, returns a Report (the CLI's JSON shape). Argument: the document URI. */
  checkDocument: 'claimlens.checkDocument',
  /** Server command: check every Markdown and LaTeX file of the workspace with progress, returns a Report. */
  checkWorkspace: 'claimlens.checkWorkspace',
  /** Server command: reload the knowledge base from disk. */
  reloadKnowledgeBase: 'claimlens.reloadKnowledgeBase',
  /** Server command: the papers whose claims cannot be checked (no abstract, no curated facts), as PaperWithoutAbstract[]. */
  papersWithoutAbstracts: 'claimlens.papersWithoutAbstracts',
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
  /** Lists the papers without abstracts (whose claims cannot be checked) and opens the one picked. */
  listPapersWithoutAbstracts: 'claimlens.listPapersWithoutAbstracts',
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
  /** Papers with neither an abstract nor curated facts: claims citing them cannot be checked. */
  withoutAbstracts: number;
  /** The first few of their keys, for the notice that names them. */
  withoutAbstractsExamples: string[];
  message?: string;
}

/** A paper whose claims cannot be checked, with where its entry is (for the list command). */
export interface PaperWithoutAbstract {
  key: string;
  title: string;
  /** The entry's file URI and 0-based line, when it comes from a file. */
  uri?: string;
  line?: number;
}

export const languageIds = ['markdown', 'latex', 'tex'] as const;
