// Names and shapes shared by the language server and the VS Code client. Plain data only: the client bundle
// imports this file, so it must not pull in the server or the core.

export const commands = {
  /**
   * Server command: check one document, returns a Report (the CLI's JSON shape). Arguments: the document URI,
   * then optionally ReportOptions.
   */
  checkDocument: 'claimlens.checkDocument',
  /** Server command: check every Markdown and LaTeX file of the workspace with progress, returns a Report. Argument: optionally ReportOptions. */
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

/** How the report commands answer; without options, with the whole Report. */
export interface ReportOptions {
  /**
   * Answer with `ReportInParts` instead: the report's JSON text in parts fetched one request each. A thesis's
   * report is megabytes; sent in one message it held every other request of the server while it was encoded
   * (issue 11), a part at a time the server answers other requests between parts.
   */
  inParts?: boolean;
}

/** A report to fetch in parts with `reportPartRequest`; the parts joined are the Report's JSON text. */
export interface ReportInParts {
  reportInParts: { id: number; count: number };
}

/** Request from client to server: one part (a string) of a report answered in parts. Params: ReportPartParams. */
export const reportPartRequest = 'claimlens/reportPart';

export interface ReportPartParams {
  id: number;
  index: number;
}

/**
 * The report a report command answered with: as is, or fetched part by part (`fetch` sends
 * `reportPartRequest`) and read. Generic so that this file needs no import of the report's type.
 */
export async function receiveReport<R>(answer: unknown, fetch: (params: ReportPartParams) => Promise<string>): Promise<R | null> {
  if (!answer || typeof answer !== 'object' || !('reportInParts' in answer)) return (answer ?? null) as R | null;
  const { id, count } = (answer as ReportInParts).reportInParts;
  const parts: string[] = [];
  for (let index = 0; index < count; index++) parts.push(await fetch({ id, index }));
  return JSON.parse(parts.join('')) as R;
}

/**
 * Environment the language server is started with (the VS Code client, and the bench that measures the server
 * as the client starts it). glibc serves a block of 128 KiB or more with its own mapping, returned when freed,
 * but after the first such block is freed it raises that threshold to the block's size (up to 32 MiB): from
 * then on the server's large, short-lived blocks (a publish's bytes, messages between the threads, the reading
 * of a thesis) are carved from the threads' arenas, whose freed memory mostly stays resident. Pinning the
 * threshold at 1 MiB kept 25-30 MB less resident after 50 edits of the bench's 100k-word draft (issue 10).
 * glibc reads it once, when the process starts; other C libraries and systems ignore it.
 */
const serverVariables: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: String(1 << 20) };

/** The variables to add to `inherited` (the starting process's environment) for the server: those it does not set itself. */
export function serverEnvironment(inherited: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(serverVariables).filter(([name]) => inherited[name] === undefined));
}

/** Request from client to server: the server's memory (RSS, and each thread's heap in MB), for the bench. */
export const memoryRequest = 'claimlens/memory';

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
