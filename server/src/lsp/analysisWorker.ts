// Diagnostics are computed on a worker thread, so that the server's main thread answers every other
// request (a hover or a completion on another document, the client's watchdog ping) within milliseconds
// while a large or pathological document is being checked. The worker holds its own copy of the knowledge
// base, built from the same file contents the main thread read. A newer version of a document supersedes
// its check: if the worker is still busy with the old version, the worker is ended and started afresh,
// which is the only way to cancel synchronous work in JavaScript.
import type { ProjectContext } from '../core/project/index';
import { Worker, parentPort, workerData, isMainThread } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { BlockSender, BlockStore, MissingBlock, type BlockPublish } from './blockDiagnostics';
import { buildKnowledgeBase, type KbSource } from '../core/kb/build';
import type { KbFileContent } from '../core/kb/loadFile';
import type { Fact } from '../core/kb/schema';
import { StoredAbstractCache } from '../node/abstractStore';
import { ClaimLensService } from '../core/service';
import type { Settings } from '../core/settings';
import * as toProto from './toProto';

const role = 'claimlens-analysis';
/** A check running longer than this is abandoned when a newer version of its document arrives. */
const longCheckMs = 2000;

interface KbMessage {
  type: 'kb';
  sources: KbSource[];
  lastGood: [string, KbFileContent][];
  /** The main thread's readings of abstracts (h-lib): the worker reads none itself, so both copies agree. */
  abstracts?: { program: string; readings: [string, Fact[]][] };
}

export interface DiagnoseJob {
  uri: string;
  languageId: string;
  version: number;
  text: string;
  settings: Settings;
  withRelated: boolean;
  /** What a LaTeX file inherits from its project (plain data and a Map: it crosses to the worker as is). */
  project?: ProjectContext;
  /** The main thread lost track of the document's blocks: send them all. */
  resend?: boolean;
}

type Request = KbMessage | { type: 'forget'; uri: string } | ({ type: 'diagnose'; id: number } & DiagnoseJob);
type Response = { id: number; uri: string; publish: BlockPublish } | { id: number; error: string };

/** True in the thread this module started as a worker; then `runAnalysisWorker` is what it runs. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === role;
}

export function runAnalysisWorker(): void {
  const checker = new WorkerChecker();
  const service = checker.service;
  let kbReady: Promise<void> = Promise.resolve();
  parentPort!.on('message', (message: Request) => {
    if (message.type === 'forget') {
      service.forget(message.uri);
      checker.sender.forget(message.uri);
      return;
    }
    if (message.type === 'kb') {
      kbReady = kbReady.then(async () => {
        const cache = message.abstracts ? new StoredAbstractCache(undefined, message.abstracts.program) : undefined;
        cache?.seed(message.abstracts!.readings);
        cache?.beginBuild(0);
        const built = await buildKnowledgeBase(message.sources, new Map(message.lastGood), cache ? { abstractCache: cache } : {});
        service.setKnowledgeBase(built.kb);
      }).catch(() => undefined);
      return;
    }
    void kbReady.then(() => {
      let response: Response;
      try {
        response = { id: message.id, uri: message.uri, publish: checker.check(message) };
      } catch (error) {
        response = { id: message.id, error: (error as Error).stack ?? String(error) };
      }
      parentPort!.postMessage(response);
    });
  });
}

/** What the worker does with a job, apart from the thread: check, and say what changed. */
export class WorkerChecker {
  readonly service: ClaimLensService;
  readonly sender = new BlockSender();
  #settings: { json: string; settings: Settings } | undefined;

  constructor(kb?: ClaimLensService['kb']) {
    this.service = new ClaimLensService(kb);
  }

  check(job: DiagnoseJob): BlockPublish {
    const service = this.service;
    // The latest analysis of each document is kept: the next version's check starts from it (issue 10).
    const groups = service.blockDiagnostics({ id: job.uri, languageId: job.languageId, version: job.version, text: job.text, project: job.project }, this.#sameSettings(job.settings));
    const locate: toProto.FactLocator = (fact) => {
      const where = service.kb.factLocations.get(fact.id);
      return where ? { uri: pathToFileURL(where.file).href, line: where.line, character: where.character } : undefined;
    };
    if (job.resend) this.sender.forget(job.uri);
    // Only the blocks whose diagnostics are new are converted and copied (lsp/blockDiagnostics.ts).
    return this.sender.publish(job.uri, groups, (d) => toProto.diagnosticWithoutRange(d, locate, job.withRelated));
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

interface Pending extends DiagnoseJob {
  id: number;
  resolve: (publish: BlockPublish) => void;
  reject: (error: Error) => void;
}

/** The main thread's side: one worker, jobs in order, restart on cancellation or crash. */
export class DiagnosticsWorker {
  #worker: Worker | undefined;
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

  setKnowledgeBase(sources: KbSource[], lastGood: ReadonlyMap<string, KbFileContent> | undefined, abstracts?: KbMessage['abstracts']): void {
    this.#kb = { type: 'kb', sources, lastGood: [...(lastGood ?? new Map())], abstracts };
    this.#worker?.postMessage(this.#kb);
  }

  /**
   * Checks a version of a document in the worker. What it resolves to is turned into the diagnostics by
   * `assemble`, with the document at that version.
   */
  diagnose(job: DiagnoseJob): Promise<BlockPublish> {
    this.#ensure();
    // A newer version of a document supersedes its queued and running checks.
    // The running one is abandoned only when it has run long: a restart costs the worker's cache, which
    // is what makes re-checks after an edit fast; a short check simply finishes and its result is dropped.
    const running = this.#pending[0];
    for (const p of this.#pending) if (p.uri === job.uri && p !== running) p.reject(new Superseded());
    this.#pending = this.#pending.filter((p) => p.uri !== job.uri || p === running);
    if (running?.uri === job.uri && Date.now() - this.#headSince > longCheckMs) this.#restart(`a newer version of ${job.uri} arrived while a check of ${((Date.now() - this.#headSince) / 1000).toFixed(1)} s was running`);
    const resend = this.#resend.delete(job.uri) || job.resend;
    return new Promise<BlockPublish>((resolve, reject) => {
      const pending: Pending = { ...job, resend, id: this.#nextId++, resolve, reject };
      if (this.#pending.length === 0) this.#headSince = Date.now();
      this.#pending.push(pending);
      this.#post(pending);
    });
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
    this.#worker?.postMessage({ type: 'forget', uri } satisfies Request);
  }

  dispose(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
  }

  #post(pending: Pending): void {
    const { resolve: _resolve, reject: _reject, ...job } = pending;
    this.#ensure().postMessage({ type: 'diagnose', ...job } satisfies Request);
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.script, { workerData: { role }, argv: [], stdout: false, stderr: false });
    worker.on('message', (response: Response) => {
      // Kept even when the check was superseded: the worker counts its blocks as sent.
      if ('publish' in response) this.#blocks.receive(response.uri, response.publish);
      const index = this.#pending.findIndex((p) => p.id === response.id);
      if (index < 0) return;
      const [done] = this.#pending.splice(index, 1);
      if (index === 0) this.#headSince = Date.now();
      if ('error' in response) done.reject(new Error(response.error));
      else done.resolve(response.publish);
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
