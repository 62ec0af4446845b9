// Diagnostics are computed on a worker thread, so that the server's main thread answers every other
// request (a hover or a completion on another document, the client's watchdog ping) within milliseconds
// while a large or pathological document is being checked. The worker holds its own copy of the knowledge
// base, built from the same file contents the main thread read. A newer version of a document supersedes
// its check: if the worker is still busy with the old version, the worker is ended and started afresh,
// which is the only way to cancel synchronous work in JavaScript.
import { projectContextFor, type ProjectContext } from '../core/project/index';
import { Worker, parentPort, workerData, isMainThread } from 'node:worker_threads';
import { readRegularFile } from '../node/regularFile';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { DiskProjectFiles, insideFolders, projectPath } from '../node/projectFiles';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { BlockSender, BlockStore, MissingBlock, type BlockPublish } from './blockDiagnostics';
import { buildKnowledgeBase, type KbSource } from '../core/kb/build';
import { keysOutsideBibliography, type KeyOutsideBibliography } from '../core/project/bibliography';
import type { KbFileContent } from '../core/kb/loadFile';
import type { Fact } from '../core/kb/schema';
import { StoredAbstractCache } from '../node/abstractStore';
import { LibrarySnapshotStore } from '../node/librarySnapshots';
import { sourceForMessage, sourceFromMessage, type SourceMessage } from '../node/knowledgeBaseFiles';
import { sharedLexiconFiles, useSharedLexiconFiles } from '../node/lexiconFile';
import { ClaimLensService, type DocumentSnapshot, type HoverResult, type SourceSnapshot } from '../core/service';
import { flatText, PieceText, type SourceText } from '../core/text/sourceText';
import type { Report } from '../core/analysis/report';
import type { DefinitionData } from '../core/features/definition';
import type { CodeActionData } from '../core/features/codeActions';
import type { Settings } from '../core/settings';
import { changedRange, readsInPieces } from '../core/text/incrementalProse';
import { applyEdits, combinedRange, PendingText, type TextEdit } from './pendingText';
import { loadTagger } from '../core/language/tagger';
import * as toProto from './toProto';
import { TextInParts, utf16Bytes } from './reportParts';

const role = 'claimlens-analysis';
/** A check running longer than this is abandoned when a newer version of its document arrives. */
const longCheckMs = 2000;

/**
 * The worker's young generation, capped: V8 let it grow to 32 MB of semi-spaces in a worker whose short-lived
 * garbage is a re-check's. Capped at 16 MB, the server's memory after 50 edits of a 100k-word draft fell by
 * about 20 MB (3 alternated runs: 353/358/356 -> 324/343/333 MB) with no more CPU per edit (issue 10).
 */
const workerYoungGenerationMb = 16;

interface KbMessage {
  type: 'kb';
  /** Files whose hash is known by their stat go as path and hash, read only if needed (node/fileHashes.ts). */
  sources: SourceMessage[];
  lastGood: [string, KbFileContent][];
  /** The main thread's readings of abstracts (h-lib): the worker reads none itself, so both copies agree. */
  abstracts?: { program: string; readings: [string, Fact[]][] };
  /** The main thread's snapshot of the library (node/librarySnapshots.ts): read here, never written. */
  snapshot?: { file: string; program: string };
  /**
   * The main thread is writing that snapshot, of this very library (a first read of a large one): the worker
   * waits for it ('snapshot-written') and decodes it, instead of parsing every file a second time at once.
   */
  awaitSnapshot?: boolean;
}

/**
 * How long the worker waits for the snapshot it was told is being written before it reads the files itself. The
 * main thread always says when the write ends, written or not; this only bounds a wait that went wrong.
 */
const snapshotWaitMs = 120_000;

/**
 * A document's text as the main thread has it: a string, or its pending text (lsp/pendingText.ts), whose
 * edits since the last one sent are what crosses, without the main thread reading the whole text.
 */
export type JobText = string | PendingText;

export interface DiagnoseJob {
  uri: string;
  languageId: string;
  version: number;
  text: JobText;
  settings: Settings;
  withRelated: boolean;
  /** What a LaTeX file inherits from its project (plain data and a Map: it crosses to the worker as is). */
  project?: ProjectContext;
  /** The main thread lost track of the document's blocks: send them all. */
  resend?: boolean;
  /** The bibliographies the document declares: library keys it cites that they lack are warned about. */
  bibliographies?: string[];
}

/** What a check sends back: the blocks whose diagnostics are new, and the keys outside the bibliographies. */
export interface DiagnoseResult {
  publish: BlockPublish;
  outside: OutsideKey[];
}

/** A cited key outside the document's bibliographies, as its warning needs it. */
export type OutsideKey = Pick<KeyOutsideBibliography, 'span' | 'message'>;

/** A document as it crosses to the worker (see `DocumentWire`): its text whole or as an edit of the last one sent. */
interface WireDocument {
  uri: string;
  languageId: string;
  version: number;
  /** The whole text: the first time this worker sees the document (or one not kept, `transient`). */
  text?: string;
  /** Or the edits from the text last sent for this document, in order (each in the offsets of the text before it). */
  edits?: TextEdit[];
  /** The project context, unless it is the one last sent for this document (`sameProject`). */
  project?: ProjectContext;
  sameProject?: boolean;
  /** A file the editor does not have open (a workspace check): not kept after the job. */
  transient?: boolean;
}

/**
 * A file of a workspace check that the editor does not have open: the worker reads it from disk, so that the
 * main thread neither reads nor copies a thesis over to it (70 ms of its time for 750 kB; issue 11).
 */
interface ReadDocument {
  read: true;
  uri: string;
  languageId: string;
  path: string;
  project?: ProjectContext;
  /**
   * A LaTeX file whose project context the worker finds itself (`findProject`): on the main thread, root
   * finding, the include graph and the context each read and scanned a 100k-word thesis, one ~40-120 ms
   * block that held a hover during Check Workspace (issue 11).
   */
  findProject?: boolean;
}

/** A hover the main thread cannot answer itself (a paragraph too long to analyse there): the worker's analysis answers it. */
export interface HoverJob {
  uri: string;
  languageId: string;
  version: number;
  text: JobText;
  project?: ProjectContext;
  offset: number;
  settings: Settings;
}

/** Code actions on a range of a paragraph too long for the main thread: the worker's analysis answers them. */
export interface CodeActionJob extends Omit<HoverJob, 'offset'> {
  start: number;
  end: number;
  /** The bibliographies the document declares: "Add <key> to <file>.bib" needs the keys they lack. */
  bibliographies: string[];
}

/**
 * A code action as it crosses back: the diagnostic it fixes reduced to what the LSP side matches it by (its
 * code and span; the analysed sentence stays in the worker).
 */
export type CodeActionWire = Omit<CodeActionData, 'diagnostic'> & { diagnostic?: Pick<NonNullable<CodeActionData['diagnostic']>, 'code' | 'span'> };

/** What a code-action job resolves to: the actions, and the keys outside the bibliographies within the range. */
export interface CodeActionAnswer {
  actions: CodeActionWire[];
  outside: KeyOutsideBibliography[];
}

/** A report (Check Document, Check Workspace): open documents and files read from disk (`transient`). */
export interface ReportJob {
  /**
   * Without a text (a file the editor does not have open): the worker reads `path` itself, and with
   * `findProject` finds its LaTeX project too.
   */
  documents: (Omit<DiagnoseJob, 'settings' | 'withRelated' | 'resend' | 'text'> & { text?: JobText; path: string; transient?: boolean; findProject?: boolean })[];
  /**
   * The other open documents: a project found in the worker reads them as the editor has them (saved or not),
   * as the main thread's projects do (lsp/projects.ts).
   */
  overlay?: { uri: string; languageId: string; version: number; text: string }[];
  /** The folders those projects may read files from (a workspace the editor does not trust); undefined: anywhere. */
  readableFolders?: string[];
  /** The report's JSON text cut into parts (reportParts.ts) instead of the report. */
  inParts?: boolean;
  /**
   * Called with the bibliographies (existing files) each project found in the worker declares, by URI: the
   * main thread's projects hand them to library loading (LatexProjects.declareFound).
   */
  onProjects?: (declared: [string, string[]][]) => void;
}

type Request =
  | KbMessage
  | { type: 'snapshot-written' }
  | { type: 'forget'; uri: string }
  | { type: 'memory'; id: number }
  | ({ type: 'diagnose'; id: number; settings: Settings; withRelated: boolean; resend?: boolean; bibliographies?: string[] } & WireDocument)
  | ({ type: 'hover'; id: number; offset: number; settings: Settings } & WireDocument)
  | ({ type: 'definition'; id: number; offset: number } & WireDocument)
  | ({ type: 'codeActions'; id: number; start: number; end: number; settings: Settings; bibliographies: string[] } & WireDocument)
  | { type: 'report'; id: number; documents: ((WireDocument & { path: string }) | ReadDocument)[]; overlay?: WireDocument[]; readableFolders?: string[]; inParts?: boolean };
type Response =
  | { id: number; uri: string; publish: BlockPublish; outside: OutsideKey[] }
  | { id: number; hover: Pick<HoverResult, 'span' | 'markdown'> | undefined }
  | { id: number; definition: DefinitionData | undefined }
  | { id: number; codeActions: CodeActionAnswer }
  | { id: number; report: Report; declared?: [string, string[]][] }
  /** A report's JSON text as UTF-16LE bytes (reportParts.ts), its buffer moved to the main thread, not copied. */
  | { id: number; reportText: Uint8Array; declared?: [string, string[]][] }
  | { id: number; error: string }
  | { id: number; memory: HeapFigures };

/** A thread's heap in MB: what `claimlens/memory` reports for the bench (used, total, and per space). */
export interface HeapFigures {
  used: number;
  total: number;
  external: number;
  spaces: Record<string, number>;
  /** The worker's library: its facts, and whether it was decoded from the main thread's snapshot or read from the files. */
  library?: { facts: number; from: 'snapshot' | 'files' };
}

export function heapFigures(): HeapFigures {
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
  const heap = getHeapStatistics();
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, mb(space.space_size)]));
  return { used: mb(heap.used_heap_size), total: mb(heap.total_heap_size), external: mb(heap.external_memory), spaces };
}

/** True in the thread this module started as a worker; then `runAnalysisWorker` is what it runs. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === role;
}

export function runAnalysisWorker(): void {
  useSharedLexiconFiles((workerData as { lexicon?: [string, SharedArrayBuffer][] }).lexicon ?? []);
  const checker = new WorkerChecker();
  const service = checker.service;
  const received = new DocumentWire();
  let kbReady: Promise<void> = Promise.resolve();
  /** Libraries sent so far; one waiting for its snapshot is not built once a newer one has come. */
  let kbSent = 0;
  /** How the library in use was read (the memory request reports it). */
  let library: HeapFigures['library'];
  /** Ends the wait for the snapshot the last library message announced. */
  let endSnapshotWait: (() => void) | undefined;
  parentPort!.on('message', (message: Request) => {
    if (message.type === 'snapshot-written') {
      endSnapshotWait?.();
      endSnapshotWait = undefined;
      return;
    }
    if (message.type === 'memory') {
      parentPort!.postMessage({ id: message.id, memory: { ...heapFigures(), ...(library ? { library } : {}) } } satisfies Response);
      return;
    }
    if (message.type === 'forget') {
      service.forget(message.uri);
      checker.sender.forget(message.uri);
      received.forget(message.uri);
      return;
    }
    if (message.type === 'kb') {
      const serial = ++kbSent;
      // A newer library ends the wait of one before it, which is then not built (below).
      endSnapshotWait?.();
      endSnapshotWait = undefined;
      // A first read of a large library: the main thread writes its snapshot once the library is in use; decoding
      // it costs a third of the CPU of parsing the files again, and the two reads no longer overlap (issue 10:
      // 1M facts, two parses at once on the server's two threads). Jobs sent meanwhile wait, as they wait for a build.
      const written = message.awaitSnapshot && message.snapshot
        ? new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, snapshotWaitMs);
            endSnapshotWait = () => {
              clearTimeout(timer);
              resolve();
            };
          })
        : undefined;
      kbReady = kbReady.then(async () => {
        if (written) {
          await written;
          if (serial !== kbSent) return;
        }
        const cache = message.abstracts ? new StoredAbstractCache(undefined, message.abstracts.program) : undefined;
        cache?.seed(message.abstracts!.readings);
        cache?.beginBuild(0);
        // The snapshot the main thread wrote in an earlier session, or in this one (above): a large library is not parsed twice.
        const snapshots = message.snapshot ? new LibrarySnapshotStore(message.snapshot.file, message.snapshot.program) : undefined;
        const built = await buildKnowledgeBase(message.sources.map(sourceFromMessage), new Map(message.lastGood), { ...(cache ? { abstractCache: cache } : {}), ...(snapshots ? { snapshots } : {}) });
        service.setKnowledgeBase(built.kb);
        library = { facts: built.kb.factCount, from: snapshots?.stats.found ? 'snapshot' : 'files' };
        // The part-of-speech model (a few hundred ms) is loaded while the worker waits, after any job already sent.
        setImmediate(() => loadTagger());
      }).catch(() => undefined);
      return;
    }
    // Texts are rebuilt as the messages arrive (each edit is of the text before it, in order of sending).
    let documents: (SourceSnapshot & { path: string; transient?: boolean })[];
    const declared: [string, string[]][] = [];
    if (message.type === 'report') {
      for (const open of message.overlay ?? []) received.snapshot(open);
      const sent = message.documents.map((d) => ('read' in d ? d : { ...received.snapshot(d), path: d.path, transient: d.transient }));
      // Projects are found once every open text of the message is in: an unsaved root counts.
      const readable = message.readableFolders;
      const files = new DiskProjectFiles((file) => received.text(pathToFileURL(file).href), readable ? insideFolders(readable) : undefined);
      documents = sent.flatMap((d) => ('read' in d ? readDocument(d, files, declared) : [d]));
    } else documents = [{ ...received.snapshot(message), path: '' }];
    void kbReady.then(() => {
      let response: Response;
      try {
        if (message.type === 'diagnose') {
          const job = { ...documents[0], uri: message.uri, settings: message.settings, withRelated: message.withRelated, resend: message.resend, bibliographies: message.bibliographies };
          response = { id: message.id, uri: message.uri, publish: checker.check(job), outside: checker.outsideBibliography(job) };
        } else if (message.type === 'hover') {
          const hover = service.hover(flatSnapshot(documents[0]), message.offset, message.settings);
          response = { id: message.id, hover: hover && { span: hover.span, markdown: hover.markdown } };
        } else if (message.type === 'definition') {
          response = { id: message.id, definition: service.definition(flatSnapshot(documents[0]), message.offset) };
        } else if (message.type === 'codeActions') {
          response = { id: message.id, codeActions: checker.codeActions(flatSnapshot(documents[0]), message) };
        } else {
          const report = service.report(documents.map(flatSnapshot));
          // A file the editor does not have open leaves no analysis behind.
          for (const document of documents) if (document.transient) service.forget(document.id);
          if (message.inParts) {
            // The JSON text is written here, not in the main thread (a third of a second for a thesis), and
            // sent as bytes in one message (TextInParts): the main thread decodes a part when the client asks.
            response = { id: message.id, reportText: utf16Bytes(JSON.stringify(report)), declared };
          } else response = { id: message.id, report, declared };
        }
      } catch (error) {
        response = { id: message.id, error: (error as Error).stack ?? String(error) };
      }
      parentPort!.postMessage(response, 'reportText' in response ? [response.reportText.buffer as ArrayBuffer] : []);
    });
  });
}

/**
 * A workspace file read from disk for a report; an unreadable one is left out of it. With `findProject`, its
 * LaTeX project is found here, over `files` (the open documents first, then the disk, as the main thread's
 * projects read them), and the bibliographies it declares that exist are added to `declared`.
 */
function readDocument(d: ReadDocument, files: DiskProjectFiles, declared: [string, string[]][]): (DocumentSnapshot & { path: string; transient: true })[] {
  let text: string;
  try {
    // Not a pipe or a device (a draft named like one that leads to /dev/zero would never end): regularFile.ts.
    text = readRegularFile(d.path).toString('utf8');
  } catch {
    return [];
  }
  let project = d.project;
  if (d.findProject) {
    try {
      project = projectContextFor(projectPath(d.path), files);
      // A declared bibliography that does not exist yet is no library folder to warn about (as in projects.ts).
      declared.push([d.uri, project.bibliographies.filter((bib) => files.exists(bib))]);
    } catch {
      project = undefined;
      declared.push([d.uri, []]);
    }
  }
  return [{ id: d.uri, languageId: d.languageId, version: -1, text, project, path: d.path, transient: true }];
}

/**
 * Documents cross to the worker as edits: a thesis sent whole on every keystroke cost a copy to serialise and
 * one to read back (about 40 ms for 750 kB, more than the re-check itself; issue 10). Each side keeps the
 * last text (and project context) sent per document; the main thread sends what changed since.
 */
export class DocumentWire {
  /** The main thread's side: the text sent (a string or pending); the worker's: the text received (a string or in pieces). */
  readonly #texts = new Map<string, { text: JobText | PieceText; project?: ProjectContext }>();

  /**
   * The main thread's side: the document as a message, remembered as sent unless transient. A pending text
   * sends the edits made since the one last sent, as the editor made them; otherwise the two texts are compared.
   */
  encode(document: { uri: string; languageId: string; version: number; text: JobText; project?: ProjectContext }, transient = false): WireDocument {
    const { uri, languageId, version, text, project } = document;
    const last = transient ? undefined : this.#texts.get(uri);
    if (!transient) this.#texts.set(uri, { text, project });
    const sameProject = last !== undefined && last.project === project;
    const wire: WireDocument = { uri, languageId, version, transient, ...(sameProject ? { sameProject } : { project }) };
    if (last === undefined) return { ...wire, text: textOf(text) };
    const edits = text instanceof PendingText && last.text instanceof PendingText ? text.editsSince(last.text) : undefined;
    if (edits) return { ...wire, edits: [...edits] };
    const after = textOf(text);
    const change = changedRange(textOf(last.text), after);
    return { ...wire, edits: change ? [{ start: change.start, end: change.oldEnd, insert: after.slice(change.start, change.newEnd) }] : [] };
  }

  /**
   * The worker's side: the snapshot a message stands for, remembered for the next edit unless transient. An
   * edited text carries its edits as the change from the last text, so the analysis need not compare them.
   */
  snapshot(wire: WireDocument): SourceSnapshot {
    const last = this.#texts.get(wire.uri);
    let text: string | PieceText;
    let change: DocumentSnapshot['change'];
    if (wire.text !== undefined) text = wire.text;
    else if (last && wire.edits) {
      // Markdown's and LaTeX's text in pieces: the edit copies only the pieces it touches (sourceText.ts); other
      // languages' readers take one string. The text before is the object the last analysis read, so the analysis knows the
      // change applies to it.
      const before = last.text instanceof PieceText ? last.text : textOf(last.text);
      if (!readsInPieces(wire.languageId)) text = applyEdits(flatText(before), wire.edits);
      else text = (before instanceof PieceText ? before : PieceText.of(before)).edited(wire.edits);
      const range = combinedRange(before.length, wire.edits);
      change = range && { before, range };
    } else throw new Error(`ClaimLens: an edit of ${wire.uri} arrived before its text`);
    const project = wire.sameProject ? last?.project : wire.project;
    if (!wire.transient) this.#texts.set(wire.uri, { text, project });
    return { id: wire.uri, languageId: wire.languageId, version: wire.version, text, project, ...(change ? { change } : {}) };
  }

  /** The last text received of a document (the worker's side), if it is kept. */
  text(uri: string): string | undefined {
    const last = this.#texts.get(uri);
    return last && textOf(last.text);
  }

  forget(uri: string): void {
    this.#texts.delete(uri);
  }
}

function textOf(text: JobText | PieceText): string {
  return typeof text === 'string' ? text : text instanceof PieceText ? text.flat() : text.text;
}

/** The snapshot with its text as one string, for what reads the whole text (hovers, code actions, reports). */
function flatSnapshot<T extends SourceSnapshot>(document: T): Omit<T, 'text'> & { text: string } {
  return typeof document.text === 'string' ? (document as T & { text: string }) : { ...document, text: flatText(document.text) };
}

/** What the worker does with a job, apart from the thread: check, and say what changed. */
export class WorkerChecker {
  readonly service: ClaimLensService;
  readonly sender = new BlockSender();
  #settings: { json: string; settings: Settings } | undefined;

  constructor(kb?: ClaimLensService['kb']) {
    this.service = new ClaimLensService(kb);
  }

  check(job: Omit<DiagnoseJob, 'text'> & { text: SourceText; change?: DocumentSnapshot['change'] }): BlockPublish {
    const service = this.service;
    // The latest analysis of each document is kept: the next version's check starts from it (issue 10).
    const groups = service.blockDiagnostics({ id: job.uri, languageId: job.languageId, version: job.version, text: job.text, project: job.project, change: job.change }, this.#sameSettings(job.settings));
    const locate: toProto.FactLocator = (fact) => {
      const where = service.kb.factLocations.get(fact.id);
      return where ? { uri: pathToFileURL(where.file).href, line: where.line, character: where.character } : undefined;
    };
    if (job.resend) this.sender.forget(job.uri);
    // Only the blocks whose diagnostics are new are converted and copied (lsp/blockDiagnostics.ts).
    return this.sender.publish(job.uri, groups, (d) => toProto.diagnosticWithoutRange(d, locate, job.withRelated));
  }

  /**
   * Library keys the document cites that its bibliographies lack (BibTeX or Pandoc will not find them), from
   * the prose of the analysis just made: the main thread needs no reading of its own (issue 11).
   */
  outsideBibliography(job: Omit<DiagnoseJob, 'text'> & { text: SourceText }): OutsideKey[] {
    if (!job.bibliographies?.length) return [];
    const analysis = this.service.analyze({ id: job.uri, languageId: job.languageId, version: job.version, text: job.text, project: job.project });
    return keysOutsideBibliography(analysis.prose, this.service.kb, job.bibliographies, job.languageId === 'markdown' ? 'Pandoc' : 'BibTeX').map(({ span, message }) => ({ span, message }));
  }

  /** Code actions on `start..end` of a document, and the keys there its bibliographies lack (see CodeActionJob). */
  codeActions(document: DocumentSnapshot, job: { start: number; end: number; settings: Settings; bibliographies: string[] }): CodeActionAnswer {
    const span = { start: job.start, end: job.end };
    const actions = this.service.codeActions(document, span, this.#sameSettings(job.settings)).map(({ diagnostic, ...action }): CodeActionWire => (
      diagnostic ? { ...action, diagnostic: { code: diagnostic.code, span: { start: diagnostic.span.start, end: diagnostic.span.end } } } : action
    ));
    if (job.bibliographies.length === 0) return { actions, outside: [] };
    const prose = this.service.analyze(document).prose;
    const outside = keysOutsideBibliography(prose, this.service.kb, job.bibliographies, document.languageId === 'markdown' ? 'Pandoc' : 'BibTeX')
      .filter((found) => found.span.start <= span.end && found.span.end >= span.start);
    return { actions, outside };
  }

  /**
   * Settings arrive as a fresh copy with every job; the diagnostics of unchanged blocks are kept for the
   * settings object they were made with, so equal settings must be the same object (a new object per edit
   * re-made and re-sent every diagnostic of a thesis).
   */
  #sameSettings(settings: Settings): Settings {
    const json = JSON.stringify(settings);
    if (this.#settings?.json !== json) this.#settings = { json, settings };
    return this.#settings.settings;
  }
}

/** Thrown (as a rejection) for a check that a newer version of its document made pointless. */
export class Superseded extends Error {}

/** A job on its way to the worker; `kind` says what it resolves to. */
type Pending = { id: number; uri: string; reject: (error: Error) => void } & (
  | { kind: 'diagnose'; job: DiagnoseJob; resolve: (result: DiagnoseResult) => void }
  | { kind: 'hover'; job: HoverJob; resolve: (hover: Pick<HoverResult, 'span' | 'markdown'> | undefined) => void }
  | { kind: 'definition'; job: HoverJob; resolve: (definition: DefinitionData | undefined) => void }
  | { kind: 'codeActions'; job: CodeActionJob; resolve: (answer: CodeActionAnswer) => void }
  | { kind: 'report'; job: ReportJob; resolve: (report: Report) => void }
  | { kind: 'reportInParts'; job: ReportJob; resolve: (parts: TextInParts) => void }
);

/** The main thread's side: one worker, jobs in order, restart on cancellation or crash. */
export class DiagnosticsWorker {
  #worker: Worker | undefined;
  /** What the running worker has been sent of each open document. */
  #wire = new DocumentWire();
  #kb: KbMessage | undefined;
  #pending: Pending[] = [];
  #nextId = 1;
  /** Each document's blocks as the worker sent them; the diagnostics are assembled from them. */
  readonly #blocks = new BlockStore();
  /** Documents whose blocks were lost track of: their next check asks for every block. */
  readonly #resend = new Set<string>();
  /** Since when the first pending job has been the one the worker is busy with. */
  #headSince = Date.now();

  constructor(private readonly script: string, private readonly log: (message: string) => void) {}

  /** Starts the worker (it then builds its library from the contents last given). */
  start(): void {
    this.#ensure();
  }

  /** Whether the worker is running; before that, the caller checks in its own thread. */
  get started(): boolean {
    return this.#worker !== undefined;
  }

  /**
   * The library the worker is to hold. `awaitSnapshot`: the caller is writing `snapshot` for these very sources and
   * calls `snapshotWritten` when the write ends; the worker waits for it and decodes it rather than parse the files.
   */
  setKnowledgeBase(sources: KbSource[], lastGood: ReadonlyMap<string, KbFileContent> | undefined, abstracts?: KbMessage['abstracts'], snapshot?: KbMessage['snapshot'], awaitSnapshot = false): void {
    this.#kb = { type: 'kb', sources: sources.map(sourceForMessage), lastGood: [...(lastGood ?? new Map())], abstracts, snapshot, ...(awaitSnapshot && snapshot ? { awaitSnapshot: true } : {}) };
    this.#worker?.postMessage(this.#kb);
  }

  /** The snapshot write the worker may be waiting for has ended, written or not: it builds its library now. */
  snapshotWritten(): void {
    if (!this.#kb?.awaitSnapshot) return;
    // A worker started (or restarted) from now on builds at once, and finds the snapshot if it was written.
    this.#kb = { ...this.#kb, awaitSnapshot: false };
    this.#worker?.postMessage({ type: 'snapshot-written' } satisfies Request);
  }

  /**
   * Checks a version of a document in the worker. What it resolves to is turned into the diagnostics by
   * `assemble`, with the document at that version.
   */
  diagnose(job: DiagnoseJob): Promise<DiagnoseResult> {
    this.#ensure();
    // A newer version of a document supersedes its queued and running checks.
    // The running one is abandoned only when it has run long: a restart costs the worker's cache, which
    // is what makes re-checks after an edit fast; a short check simply finishes and its result is dropped.
    const running = this.#pending[0];
    const superseded = (p: Pending) => p.kind === 'diagnose' && p.uri === job.uri && p !== running;
    for (const p of this.#pending) if (superseded(p)) p.reject(new Superseded());
    this.#pending = this.#pending.filter((p) => !superseded(p));
    if (running?.kind === 'diagnose' && running.uri === job.uri && Date.now() - this.#headSince > longCheckMs) this.#restart(`a newer version of ${job.uri} arrived while a check of ${((Date.now() - this.#headSince) / 1000).toFixed(1)} s was running`);
    const resend = this.#resend.delete(job.uri) || job.resend;
    return new Promise<DiagnoseResult>((resolve, reject) => this.#enqueue({ kind: 'diagnose', job: { ...job, resend }, uri: job.uri, id: this.#nextId++, resolve, reject }));
  }

  /**
   * A hover answered from the worker's analysis of that version (the one its diagnostics come from), for a
   * document the main thread does not analyse itself; it waits for the worker's jobs before it.
   */
  hover(job: HoverJob): Promise<Pick<HoverResult, 'span' | 'markdown'> | undefined> {
    this.#ensure();
    return new Promise((resolve, reject) => this.#enqueue({ kind: 'hover', job, uri: job.uri, id: this.#nextId++, resolve, reject }));
  }

  /** Go to Definition answered the same way as `hover`, for the same documents. */
  definition(job: HoverJob): Promise<DefinitionData | undefined> {
    this.#ensure();
    return new Promise((resolve, reject) => this.#enqueue({ kind: 'definition', job, uri: job.uri, id: this.#nextId++, resolve, reject }));
  }

  /** Code actions answered the same way as `hover`, for the same documents. */
  codeActions(job: CodeActionJob): Promise<CodeActionAnswer> {
    this.#ensure();
    return new Promise((resolve, reject) => this.#enqueue({ kind: 'codeActions', job, uri: job.uri, id: this.#nextId++, resolve, reject }));
  }

  /** The report of Check Document and Check Workspace, made in the worker so that requests go on meanwhile. */
  report(job: ReportJob): Promise<Report> {
    this.#ensure();
    return new Promise((resolve, reject) => this.#enqueue({ kind: 'report', job, uri: '', id: this.#nextId++, resolve, reject }));
  }

  /** The same report as its JSON text in parts (reportParts.ts): the main thread neither reads nor encodes it, and decodes a part when asked. */
  reportInParts(job: Omit<ReportJob, 'inParts'>): Promise<TextInParts> {
    this.#ensure();
    return new Promise((resolve, reject) => this.#enqueue({ kind: 'reportInParts', job: { ...job, inParts: true }, uri: '', id: this.#nextId++, resolve, reject }));
  }

  #enqueue(pending: Pending): void {
    if (this.#pending.length === 0) this.#headSince = Date.now();
    this.#pending.push(pending);
    this.#post(pending);
  }

  /**
   * The diagnostics of a checked version, `document` being that version; undefined when a block is missing
   * (then the next check of the document asks the worker for all of them).
   */
  assemble(document: TextDocument, publish: BlockPublish): Diagnostic[] | undefined {
    try {
      return this.#blocks.assemble(document.uri, document, publish);
    } catch (error) {
      if (!(error instanceof MissingBlock)) throw error;
      this.#resend.add(document.uri);
      this.log(`ClaimLens: ${error.message}; asking the analysis worker for every block`);
      return undefined;
    }
  }

  /** A closed document: the worker drops the analysis it kept for the next version. */
  forget(uri: string): void {
    this.#blocks.forget(uri);
    this.#wire.forget(uri);
    this.#worker?.postMessage({ type: 'forget', uri } satisfies Request);
  }

  /** The worker's heap (for the bench); undefined when no worker runs. */
  memory(): Promise<HeapFigures | undefined> {
    const worker = this.#worker;
    if (!worker) return Promise.resolve(undefined);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#memoryAnswers.set(id, resolve);
      worker.postMessage({ type: 'memory', id } satisfies Request);
    });
  }

  readonly #memoryAnswers = new Map<number, (figures: HeapFigures) => void>();

  dispose(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #post(pending: Pending): void {
    const worker = this.#ensure();
    const wire = this.#wire;
    let message: Request;
    if (pending.kind === 'diagnose') {
      const { text, project, uri, languageId, version, settings, withRelated, resend, bibliographies } = pending.job;
      message = { type: 'diagnose', id: pending.id, ...wire.encode({ uri, languageId, version, text, project }), settings, withRelated, resend, bibliographies };
    } else if (pending.kind === 'hover') {
      const { text, project, uri, languageId, version, settings, offset } = pending.job;
      message = { type: 'hover', id: pending.id, ...wire.encode({ uri, languageId, version, text, project }), settings, offset };
    } else if (pending.kind === 'definition') {
      const { text, project, uri, languageId, version, offset } = pending.job;
      message = { type: 'definition', id: pending.id, ...wire.encode({ uri, languageId, version, text, project }), offset };
    } else if (pending.kind === 'codeActions') {
      const { text, project, uri, languageId, version, settings, start, end, bibliographies } = pending.job;
      message = { type: 'codeActions', id: pending.id, ...wire.encode({ uri, languageId, version, text, project }), settings, start, end, bibliographies };
    } else {
      const documents = pending.job.documents.map((d) => (d.text === undefined
        ? { read: true as const, uri: d.uri, languageId: d.languageId, path: d.path, project: d.project, findProject: d.findProject }
        : { ...wire.encode({ ...d, text: d.text }, d.transient), path: d.path }));
      const overlay = pending.job.overlay?.map((d) => wire.encode(d));
      message = { type: 'report', id: pending.id, documents, overlay, readableFolders: pending.job.readableFolders, inParts: pending.job.inParts };
    }
    worker.postMessage(message);
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    // The lexicon index this thread has read is shared with the worker, not read again (lexiconFile.ts).
    const resourceLimits = { maxYoungGenerationSizeMb: workerYoungGenerationMb };
    // The worker's stdout is kept from the process's (`stdout: true`), which over stdio carries only the protocol
    // (VS Code's client too): anything the worker prints goes to the log instead.
    const worker = new Worker(this.script, { workerData: { role, lexicon: sharedLexiconFiles() }, argv: [], stdout: true, stderr: false, resourceLimits });
    worker.stdout.setEncoding('utf8');
    worker.stdout.on('data', (text: string) => this.log(text.trimEnd()));
    // A new worker has been sent nothing yet: each document's first job carries its whole text.
    this.#wire = new DocumentWire();
    worker.on('message', (response: Response) => {
      // Kept even when the check was superseded: the worker counts its blocks as sent.
      if ('publish' in response) this.#blocks.receive(response.uri, response.publish);
      if ('memory' in response) {
        this.#memoryAnswers.get(response.id)?.(response.memory);
        this.#memoryAnswers.delete(response.id);
        return;
      }
      const index = this.#pending.findIndex((p) => p.id === response.id);
      if (index < 0) return;
      const [done] = this.#pending.splice(index, 1);
      if (index === 0) this.#headSince = Date.now();
      if ((done.kind === 'report' || done.kind === 'reportInParts') && 'declared' in response && response.declared) done.job.onProjects?.(response.declared);
      if ('error' in response) done.reject(new Error(response.error));
      else if (done.kind === 'diagnose' && 'publish' in response) done.resolve({ publish: response.publish, outside: response.outside });
      else if (done.kind === 'hover' && 'hover' in response) done.resolve(response.hover);
      else if (done.kind === 'definition' && 'definition' in response) done.resolve(response.definition);
      else if (done.kind === 'codeActions' && 'codeActions' in response) done.resolve(response.codeActions);
      else if (done.kind === 'report' && 'report' in response) done.resolve(response.report);
      else if (done.kind === 'reportInParts' && 'reportText' in response) done.resolve(new TextInParts(response.reportText));
    });
    worker.on('error', (error) => this.log(`ClaimLens: the analysis worker failed: ${error.stack ?? error}`));
    worker.on('exit', () => {
      if (this.#worker !== worker) return;
      // An unexpected exit (out of memory on a huge document): the check in progress fails, the rest go on.
      this.#worker = undefined;
      const [lost, ...rest] = this.#pending;
      lost?.reject(new Error('the analysis worker stopped'));
      this.#pending = [];
      for (const p of rest) {
        this.#pending.push(p);
        this.#post(p);
      }
    });
    this.#worker = worker;
    if (this.#kb) worker.postMessage(this.#kb);
    return worker;
  }

  /** Ends the worker (and the check it is busy with) and starts a fresh one with the remaining jobs. */
  #restart(reason: string): void {
    const old = this.#worker;
    this.#worker = undefined;
    const [running, ...rest] = this.#pending;
    running?.reject(new Superseded());
    this.#pending = [];
    this.#headSince = Date.now();
    void old?.terminate();
    this.log(`ClaimLens: restarting the analysis worker: ${reason}`);
    for (const p of rest) {
      this.#pending.push(p);
      this.#post(p);
    }
  }
}
