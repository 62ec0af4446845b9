// The language server: connection, capabilities and a handler table. Each handler converts LSP input to
// plain data, asks the core service, and converts the answer back (toProto.ts). Nothing here decides what
// a claim means; the core does.
import * as path from 'node:path';
import { format } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, ErrorCodes, ResponseError, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type CodeAction, type CompletionItem, type Connection, type Hover, type Position, type Diagnostic, type InitializeParams, type InitializeResult, type Range, type WorkspaceFolder,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { editedDocuments, lengthOf, pendingTextOf } from './editedDocument';
import { isBibPath, isLibrarySourcePath } from '../core/kb/build';
import type { KbFileContent } from '../core/kb/loadFile';
import { ClaimLensService, type DocumentSnapshot } from '../core/service';
import { defaultSettings, parseSettings, shouldCheck, type CheckTrigger, type Settings } from '../core/settings';
import { isLatexLanguage, languageOfPath } from '../core/text/languages';
import { StoredAbstractCache, storeFileIn } from '../node/abstractStore';
import { LibrarySnapshotStore, snapshotFileIn } from '../node/librarySnapshots';
import { BibliographyWatcher } from '../node/bibliographyWatcher';
import { loadKnowledgeBase } from '../node/loadKnowledgeBase';
import { DiagnosticsWorker, heapFigures, Superseded, type OutsideKey, type ReportJob } from './analysisWorker';
import { limitDiagnostics, type BlockPublish } from './blockDiagnostics';
import { findWorkspaceFiles } from '../node/workspaceFiles';
import { insideFolders } from '../node/projectFiles';
import { diagnosticsPublished } from '../node/compileCache';
import { papersWithoutAbstracts } from '../core/kb/summary';
import { citationIndexSteps } from '../core/features/citationIndex';
import type { KnowledgeBase } from '../core/kb/knowledgeBase';
import { commands, memoryRequest, pingRequest, reportPartRequest, statusNotification, type PaperWithoutAbstract, type ReportInParts, type ReportOptions, type ReportPartParams, type StatusParams } from '../protocol';
import type { Report } from '../core/analysis/report';
import { cutIntoParts, ReportParts } from './reportParts';
import { LatexProjects } from './projects';
import { keysOutsideBibliography } from '../core/project/bibliography';
import { nextStep, RequestAnalyses } from './requestAnalysis';
import * as toProto from './toProto';
import { diagnosticsWriter } from './publishEncoder';
import { readRegularFileAsync } from '../node/regularFile';

const checkedLanguages = new Set(['markdown', 'latex', 'tex']);

/**
 * The connection as vscode-languageserver makes it from the command line (`--node-ipc`, `--stdio`, ...), except
 * that over stdio the writer keeps each placed diagnostic's JSON (publishEncoder.ts). The reading side and the
 * exit when stdin closes are the library's own; its console goes to the client as it would over stdio.
 */
function defaultConnection(): Connection {
  if (!process.argv.slice(2).includes('--stdio') || process.argv.slice(2).includes('--node-ipc')) return createConnection(ProposedFeatures.all);
  // A writer where a stream is typed: the library takes either (createMessageConnection tests which it is).
  const connection = createConnection(ProposedFeatures.all, process.stdin, diagnosticsWriter(process.stdout) as unknown as NodeJS.WritableStream);
  // Nothing but the protocol may reach stdout: console output goes to the client's log, as the library does it over stdio.
  const log = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => connection.console[level](format(...args));
  Object.assign(console, { log: log('log'), debug: log('log'), dir: log('log'), info: log('info'), warn: log('warn'), error: log('error') });
  return connection;
}

export function startLanguageServer(connection: Connection = defaultConnection()): void {
  // The open documents keep their texts pending (editedDocument.ts): typing copies no thesis here.
  const documents = new TextDocuments(editedDocuments);
  const service = new ClaimLensService();
  const timers = new Map<string, NodeJS.Timeout>();
  const reportParts = new ReportParts();
  const pendingTriggers = new Map<string, Set<CheckTrigger>>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let workspaceFolders: WorkspaceFolder[] = [];
  let globalSettings: Settings = defaultSettings;
  let canPullConfiguration = false;
  let hasRelatedInformation = false;
  let hasInsertReplace = false;
  let hasWorkDoneProgress = false;
  let canWatchFiles = false;
  let lastGood: Map<string, KbFileContent> | undefined;
  let kbProblemFiles = new Set<string>();
  /** Settles when the knowledge base of the latest load request is in use. Never rejects. */
  let ready: Promise<void> = Promise.resolve();
  /** VS Code's workspace trust, as the client reports it; other editors have none and are trusted. */
  let trusted = true;
  /**
   * Readings of abstracts, kept in the editor's storage for the extension between sessions (in memory when
   * the editor gives no storage path). Set up in onInitialize.
   */
  let abstractCache = new StoredAbstractCache(undefined);
  /** The library as read, kept beside the readings for the next session (none without a storage path). */
  let snapshots: LibrarySnapshotStore | undefined;
  /** Bumped by every load: background reading of abstracts for an older load stops. */
  let readingGeneration = 0;
  /** Problems of the last knowledge-base load, repeated in every status so that the warning stays visible. */
  let kbProblemCount = 0;
  // Checks run on a worker thread when the server runs from its bundle (as every editor starts it); run
  // from sources (a script or a test importing this module) they run in this thread.
  const script = require.main?.filename ?? process.argv[1];
  const worker = script && /cli\.js$/.test(script) && process.env.CLAIMLENS_NO_WORKER !== '1'
    ? new DiagnosticsWorker(script, (message) => connection.console.warn(message))
    : undefined;

  // LaTeX projects (h-latex): a chapter inherits its root's bibliographies, macros and abbreviations.
  const projects = new LatexProjects(documents);
  // Declared bibliographies outside the workspace (a Zotero auto-export) are watched here: the editor's
  // watcher sees only the workspace. A change reloads the library, which re-reads only what changed.
  const bibliographyWatcher = new BibliographyWatcher(() => {
    projects.invalidate();
    void queueReload();
  });
  const snapshot = (document: TextDocument): DocumentSnapshot => ({ id: document.uri, languageId: document.languageId, version: document.version, text: document.getText(), project: projects.contextFor(document.uri, document.languageId) });
  // Requests read analyses made here in slices the main thread can afford, never one long analysis (issue 11).
  const requestAnalyses = new RequestAnalyses((current) => service.analyze(current), (uri) => {
    const document = documents.get(uri);
    return document ? snapshot(document) : undefined;
  });

  async function settingsFor(document: Pick<TextDocument, 'uri'>): Promise<Settings> {
    let settings = globalSettings;
    if (canPullConfiguration) {
      let cached = settingsCache.get(document.uri);
      if (!cached) {
        cached = connection.workspace.getConfiguration({ scopeUri: document.uri, section: 'claimlens' }).then(parseSettings, () => globalSettings);
        settingsCache.set(document.uri, cached);
      }
      settings = await cached;
    }
    return settings;
  }

  /** What the status counts of the library, computed once per library (a status goes out with every check). */
  let libraryStatus: { kb: unknown; papersWithFacts: number; withoutAbstracts: string[] } | undefined;
  function sendStatus(state: StatusParams['state'], message?: string, problems = kbProblemCount): void {
    const kb = service.kb;
    if (libraryStatus?.kb !== kb) {
      libraryStatus = { kb, papersWithFacts: [...kb.papers.keys()].filter((key) => kb.hasFactsFor(key)).length, withoutAbstracts: papersWithoutAbstracts(kb) };
    }
    const { papersWithFacts, withoutAbstracts } = libraryStatus;
    connection.sendNotification(statusNotification, {
      state, papers: kb.papers.size, papersWithFacts, facts: kb.factCount, entities: kb.entities.size, problems, message,
      withoutAbstracts: withoutAbstracts.length, withoutAbstractsExamples: withoutAbstracts.slice(0, 3),
    } satisfies StatusParams);
  }

  /** The folders of the workspace, and whether the editor trusts them (see `readable`). */
  const folderPaths = () => workspaceFolders.map((f) => uriToPath(f.uri));

  /**
   * Loads the bundled library, the configured extra folders and the workspace's .bib files. Never rejects:
   * an unreadable source is a problem on that source, and a failure of the load itself leaves the previous
   * library in use with an error status, so that the next change or "Reload Knowledge Base" recovers.
   */
  async function reloadKnowledgeBase(): Promise<void> {
    sendStatus('loading');
    readingGeneration++;
    try {
      const folders = folderPaths();
      const extra = globalSettings.knowledgeBase.extraFolders.flatMap((entry) =>
        path.isAbsolute(entry) ? [entry] : folders.length > 0 ? folders.map((folder) => path.join(folder, entry)) : [entry],
      );
      const found = globalSettings.knowledgeBase.workspaceBibliographies ? folders.flatMap((folder) => findWorkspaceFiles(folder, { test: isBibPath })) : [];
      // A link in the workspace may lead out of it; in an untrusted workspace such a link is not followed.
      const declared = projects.bibliographies().filter((file) => !found.includes(file));
      const readable = trusted ? () => true : insideFolders(folders);
      const bibs = [...found, ...declared].filter(readable);
      // The editor reports changes to the workspace's .bib files; every other declared bibliography (outside
      // the workspace, or CSL-JSON/YAML and RIS, which the editor's watcher leaves out) is watched here.
      bibliographyWatcher.watch(declared.filter((file) => bibs.includes(file) && !(canWatchFiles && isBibPath(file) && isInside(file, folders))));
      // In a workspace the editor does not trust, nothing outside the workspace folders is read.
      const outside = trusted ? [] : extra.filter((location) => !isInside(location, folders));
      // A few new abstracts (an edited entry) are read during the load; more (a new library) are left for
      // reading in the background afterwards, so that the library is in use at once.
      abstractCache.beginBuild(readAbstractsInline);
      const previousGood = lastGood;
      const loaded = await loadKnowledgeBase({ extra: extra.filter((location) => !outside.includes(location)), files: bibs, withoutBundled: !globalSettings.knowledgeBase.includeBundled }, lastGood, undefined, { abstractCache, ...(snapshots ? { snapshots } : {}) });
      // The worker builds its copy from the same contents and this thread's readings of abstracts (and from the
      // snapshot of an earlier session, when there is one for these files).
      // When this load offered a new snapshot (a first read of a large library), the worker waits for it to be
      // written and decodes it, rather than parse every file a second time while this thread writes it.
      const store = snapshots;
      const awaitSnapshot = store?.offered === true;
      worker?.setKnowledgeBase(loaded.sources, previousGood, { program: abstractCache.program, readings: abstractCache.usedReadings() }, store?.file ? { file: store.file, program: store.program } : undefined, awaitSnapshot);
      lastGood = loaded.goodContent;
      abstractCache.save();
      // A new snapshot (seconds for a million facts) is written once the library is in use, after the checks queued below.
      // It is written in steps (saveInSteps), so requests are answered meanwhile (in one go, 4 s of this thread at 1M facts).
      // Written or not, the worker is told the write ended (it then decodes the snapshot, or reads the files).
      const written = () => worker?.snapshotWritten();
      if (store?.pending) setTimeout(() => void store.saveInSteps().then(written, written), snapshotDelayMs);
      void readAbstractsInBackground();
      service.setKnowledgeBase(loaded.kb);
      requestAnalyses.reset();
      buildCitationIndexInBackground(loaded.kb);
      // Problems in knowledge-base files are shown in those files, like compiler errors.
      const byFile = new Map<string, ReturnType<typeof toProto.problemDiagnostic>[]>();
      for (const problem of loaded.problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), toProto.problemDiagnostic(problem)]);
      for (const file of kbProblemFiles) if (!byFile.has(file)) connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
      for (const [file, diagnostics] of byFile) connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics });
      kbProblemFiles = new Set(byFile.keys());
      const errors = loaded.problems.filter((p) => p.severity === 'error').length;
      if (loaded.missing.length > 0) connection.window.showWarningMessage(`ClaimLens: knowledge-base folder not found: ${loaded.missing.join(', ')}`);
      if (outside.length > 0) connection.window.showWarningMessage(`ClaimLens: this workspace is not trusted, so library folders outside it are not read: ${outside.join(', ')}`);
      for (const source of loaded.unreadable) connection.console.warn(`ClaimLens: ${source.path} cannot be read (${source.reason}); the rest of the library is in use.`);
      if (errors > 0) connection.console.warn(`ClaimLens: ${errors} problem(s) in knowledge-base files; valid records and last good versions stay in use.`);
      kbProblemCount = loaded.problems.length;
      sendStatus('ready');
      connection.console.info(`ClaimLens: knowledge base loaded: ${loaded.kb.papers.size} papers, ${loaded.kb.factCount} facts, ${loaded.kb.entities.size} entities.`);
    } catch (error) {
      connection.console.error(`ClaimLens: loading the knowledge base failed: ${(error as Error).stack ?? error}`);
      sendStatus('error', `loading the knowledge base failed: ${(error as Error).message ?? error}; the previous library stays in use`);
    }
    for (const document of documents.all()) scheduleValidation(document, 0, 'reload');
  }

  /**
   * Reads the abstracts the last load left unread, a slice at a time so that hovers, completion and checks
   * go on meanwhile, with work-done progress ("Reading abstracts 120/2000"); then reloads, which finds every
   * reading in the cache. A newer load ends it (that load takes up what is still unread).
   */
  async function readAbstractsInBackground(): Promise<void> {
    const generation = readingGeneration;
    const { papers, reader } = abstractCache.takePending();
    if (papers.length === 0 || !reader) return;
    const progress = hasWorkDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const message = (done: number) => `Reading abstracts ${done}/${papers.length}`;
    progress?.begin('ClaimLens', 0, message(0), false);
    connection.console.info(`ClaimLens: reading ${papers.length} abstracts in the background.`);
    let done = 0;
    try {
      while (done < papers.length) {
        if (generation !== readingGeneration) return;
        const sliceEnd = Date.now() + readingSliceMs;
        while (done < papers.length && Date.now() < sliceEnd) abstractCache.readPending(papers[done++], reader);
        progress?.report(Math.floor((done / papers.length) * 100), message(done));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      progress?.done();
    }
    abstractCache.save();
    if (generation === readingGeneration) await queueReload();
  }

  /**
   * The citation index of a new library (keys, surnames, title words, years), built at load in slices between
   * other work instead of on the first completion request (2.8 s with a 100k-entry .bib): the open
   * documents' checks and every request go first. A request that needs it sooner finishes the build itself.
   */
  function buildCitationIndexInBackground(kb: KnowledgeBase): void {
    const step = citationIndexSteps(kb);
    const slice = (): void => {
      // A newer library replaces this one: its own build takes over.
      if (service.kb !== kb) return;
      const sliceEnd = Date.now() + readingSliceMs;
      while (Date.now() < sliceEnd) if (step()) return;
      setImmediate(slice);
    };
    setTimeout(slice, 0);
  }

  /** Queues a reload after whatever loading is under way; `ready` never rejects. */
  function queueReload(before: () => Promise<unknown> = () => Promise.resolve()): Promise<void> {
    ready = ready.then(before).then(reloadKnowledgeBase, reloadKnowledgeBase);
    return ready;
  }

  async function validate(document: TextDocument, triggers: ReadonlySet<CheckTrigger> = new Set(['command'])): Promise<void> {
    await ready;
    if (!checkedLanguages.has(document.languageId)) return;
    const settings = await settingsFor(document);
    if (!settings.enabled) {
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    // claimlens.check.frequency: "save" and "command" leave the last diagnostics in place until their trigger.
    if (!shouldCheck(settings.check.frequency, triggers)) return;
    const version = document.version;
    sendStatus('checking');
    const project = projects.contextFor(document.uri, document.languageId);
    // Start-up: until the worker runs, small documents are checked here (below). The worker is sent the
    // edits since the last text it has, so this thread reads the text whole only for a check here.
    const checkHere = !worker || (!worker.started && lengthOf(document) <= firstCheckHere);
    const current: DocumentSnapshot | undefined = checkHere ? snapshot(document) : undefined;
    const text = pendingTextOf(document);
    let diagnostics: Diagnostic[] = [];
    let publish: BlockPublish | undefined;
    // Keys the library holds but the document's bibliographies lack (a LaTeX project's, a draft's front
    // matter's), read from the prose of the check's own analysis, in whichever thread made it.
    const bibliographies = projects.bibliographiesOf(document, project);
    let outside: OutsideKey[] = [];
    // Start-up: until the worker runs, small documents are checked here, so that the first diagnostics do
    // not wait for a second copy of the program and the library; the worker starts after that first check.
    // The check here is made a slice of paragraphs at a time (requestAnalysis.ts), so that requests on other
    // documents are answered between slices; a document that cannot be cut so goes to the worker.
    const locate: toProto.FactLocator = (fact) => {
      const where = service.kb.factLocations.get(fact.id);
      return where ? { uri: pathToFileURL(where.file).href, line: where.line, character: where.character } : undefined;
    };
    const here = current !== undefined && (!worker || (await analyseInSlices(document, current, settings, locate)));
    try {
      if (here) {
        const data = service.diagnostics(current, settings);
        diagnostics = data.map((d) => toProto.diagnostic(document, d, locate, hasRelatedInformation));
        outside = keysOutsideBibliography(service.analyze(current).prose, service.kb, bibliographies, document.languageId === 'markdown' ? 'Pandoc' : 'BibTeX');
        // The worker starts after this first check and is sent this version at once, its result dropped (the
        // blocks it sends are kept, analysisWorker.ts): without it, the writer's first edit waited for the worker
        // to analyse the whole draft from scratch (50 KB: 750 ms CPU, then 20 ms per edit). Same CPU, off the keystroke.
        if (worker) setTimeout(() => warmWorker({ uri: document.uri, languageId: document.languageId, version, text, settings, withRelated: hasRelatedInformation, project, bibliographies }), 0);
      } else {
        // A LaTeX file's project context (macros, inherited abbreviations) goes with it.
        ({ publish, outside } = await worker!.diagnose({ uri: document.uri, languageId: document.languageId, version, text, settings, withRelated: hasRelatedInformation, project, bibliographies }));
      }
    } catch (error) {
      if (error instanceof Superseded) return;
      throw error;
    } finally {
      sendStatus('ready');
    }
    if (projects.hasNewBibliographies()) queueReload();
    // A newer version may have arrived meanwhile; its own validation will publish.
    if (documents.get(document.uri)?.version !== version) return;
    if (publish) {
      // The worker sent the blocks whose diagnostics changed; they are put together here, at this version.
      const assembled = worker!.assemble(document, publish);
      if (!assembled) return validate(document, triggers);
      diagnostics = assembled;
    }
    // Project warnings: missing includes (from the project context) and keys outside the bibliographies.
    if (project !== undefined || bibliographies.length > 0) {
      diagnostics = [...diagnostics, ...projects.diagnostics(document, project), ...projects.outsideBibliography(document, outside)];
    }
    // A thesis can have thousands of findings; VS Code shows at most 1,000 (see limitDiagnostics).
    connection.sendDiagnostics({ uri: document.uri, version, diagnostics: limitDiagnostics(diagnostics, settings.diagnostics.maxPerDocument) });
    diagnosticsPublished();
  }

  /** Starts the worker and has it analyse a version checked here, unless a newer version has come (its own check goes to the worker). */
  function warmWorker(job: Parameters<DiagnosticsWorker['diagnose']>[0]): void {
    worker!.start();
    if (documents.get(job.uri)?.version !== job.version) return;
    worker!.diagnose(job).catch(() => undefined);
  }

  /**
   * The first check at start-up, in this thread a slice of paragraphs at a time (requestAnalysis.ts): requests
   * on other documents are answered between slices, and the diagnostics of the part read first (the top of
   * the document, what the writer sees on opening it) are published at once, the rest when it is read.
   * False when the document cannot be cut so (a paragraph longer than a slice) or changed meanwhile: then the
   * worker checks it.
   */
  async function analyseInSlices(document: TextDocument, current: DocumentSnapshot, settings: Settings, locate: toProto.FactLocator): Promise<boolean> {
    let early = false;
    for (;;) {
      if (documents.get(document.uri)?.version !== current.version) return false;
      const analysis = requestAnalyses.forRequest(current);
      if (analysis?.current) return true;
      if (!analysis || nextStep(analysis.snapshot.text, current.text) === undefined) return false;
      if (!early) {
        early = true;
        // The prefix read so far is the document's own text up to a paragraph break: its offsets are the document's.
        const data = service.diagnostics(analysis.snapshot, settings).map((d) => toProto.diagnostic(document, d, locate, hasRelatedInformation));
        connection.sendDiagnostics({ uri: document.uri, version: current.version, diagnostics: limitDiagnostics(data, settings.diagnostics.maxPerDocument) });
        // The code of the start is compiled by now: the loader's code cache is written with it (node/compileCache.ts).
        diagnosticsPublished();
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  function scheduleValidation(document: TextDocument, delay: number | undefined, trigger: CheckTrigger): void {
    const existing = timers.get(document.uri);
    if (existing) clearTimeout(existing);
    // Triggers gather until the check runs: an open followed by its first change event is still an open.
    const triggers = pendingTriggers.get(document.uri) ?? new Set<CheckTrigger>();
    triggers.add(trigger);
    pendingTriggers.set(document.uri, triggers);
    const wait = delay ?? globalSettings.debounceMs;
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      pendingTriggers.delete(document.uri);
      validate(document, triggers).catch((error) => connection.console.error(`ClaimLens: checking ${document.uri} failed: ${(error as Error).stack ?? error}`));
    }, wait));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const capabilities = params.capabilities;
    canPullConfiguration = !!capabilities.workspace?.configuration;
    hasRelatedInformation = !!capabilities.textDocument?.publishDiagnostics?.relatedInformation;
    hasInsertReplace = !!capabilities.textDocument?.completion?.completionItem?.insertReplaceSupport;
    hasWorkDoneProgress = !!capabilities.window?.workDoneProgress;
    canWatchFiles = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const options = params.initializationOptions as { settings?: unknown; workspaceTrusted?: boolean; storagePath?: unknown } | undefined;
    globalSettings = parseSettings(options?.settings);
    if (typeof options?.storagePath === 'string' && options.storagePath !== '') {
      abstractCache = new StoredAbstractCache(storeFileIn(options.storagePath));
      snapshots = new LibrarySnapshotStore(snapshotFileIn(options.storagePath));
    }
    trusted = options?.workspaceTrusted !== false;
    // A LaTeX project in a workspace the editor does not trust reads nothing outside it.
    projects.limitTo(trusted ? undefined : folderPaths());
    return {
      capabilities: {
        // Saves are reported too, for claimlens.check.frequency "save".
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['{', ',', '@', ';', ' '], resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: Object.values(commands) },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'claimlens', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // Editors other than VS Code (whose client sets up its own watchers) are asked to report changes to
    // bibliographies and library files, so that edits to them reach the checker without a restart.
    if (canWatchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{bib,bibtex}' }, { globPattern: '**/*.{json,yaml,yml,ris}' }] })
        .catch(() => undefined);
    }
    // Start-up: the library is loaded with the settings the client sent along with `initialize` while the
    // editor answers the request for the current settings; only if those name other library locations is
    // it loaded again. Documents opened meanwhile wait for `ready` and are checked as soon as it settles.
    if (canPullConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'claimlens' }).catch(() => undefined);
      const pulled = connection.workspace.getConfiguration('claimlens').then(parseSettings, () => undefined);
      queueReload();
      ready = ready.then(() => pulled).then(async (settings) => {
        if (!settings) return;
        const changed = JSON.stringify(settings.knowledgeBase) !== JSON.stringify(globalSettings.knowledgeBase);
        globalSettings = settings;
        if (changed) await reloadKnowledgeBase();
      });
    } else {
      queueReload();
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const previous = JSON.stringify(globalSettings.knowledgeBase);
    const update = canPullConfiguration
      ? connection.workspace.getConfiguration('claimlens').then(parseSettings, () => globalSettings)
      : Promise.resolve(parseSettings((change.settings as { claimlens?: unknown } | undefined)?.claimlens));
    ready = ready.then(() => update).then(async (settings) => {
      globalSettings = settings;
      if (JSON.stringify(settings.knowledgeBase) !== previous) await reloadKnowledgeBase();
      else for (const document of documents.all()) scheduleValidation(document, 0, 'settings');
    }).catch((error) => connection.console.error(`ClaimLens: applying settings failed: ${(error as Error).stack ?? error}`));
  });

  connection.onDidChangeWatchedFiles((params) => {
    // Any .bib change matters; another library file (.json, .yaml, .ris) only in an extra folder or as a
    // declared bibliography.
    const relevant = params.changes.some((change) => isBibPath(change.uri) || (isLibrarySourcePath(change.uri) && (isLibraryFile(change.uri) || projects.isDeclared(uriToPath(change.uri)))));
    projects.invalidate();
    if (relevant) queueReload();
  });

  function isLibraryFile(uri: string): boolean {
    const file = uriToPath(uri);
    const folders = folderPaths();
    const extra = globalSettings.knowledgeBase.extraFolders.flatMap((entry) => (path.isAbsolute(entry) ? [entry] : folders.map((folder) => path.join(folder, entry))));
    return extra.some((folder) => file === folder || file.startsWith(folder + path.sep));
  }

  documents.onDidOpen((event) => {
    projects.invalidate();
    noteMarkdownBibliographies(event.document);
    scheduleValidation(event.document, 0, 'open');
  });
  documents.onDidChangeContent((event) => {
    // Only a LaTeX file can change a LaTeX project (its includes, macros, bibliographies).
    if (isLatexLanguage(event.document.languageId)) projects.invalidate('edit', event.document.uri);
    noteMarkdownBibliographies(event.document);
    scheduleValidation(event.document, undefined, 'edit');
  });

  /** A draft's front matter that names a bibliography not yet loaded reloads the library before its check. */
  function noteMarkdownBibliographies(document: TextDocument): void {
    if (document.languageId !== 'markdown') return;
    projects.bibliographiesOf(document, undefined);
    if (projects.hasNewBibliographies()) void queueReload();
  }
  documents.onDidSave((event) => scheduleValidation(event.document, 0, 'save'));
  documents.onDidClose((event) => {
    projects.invalidate();
    // A bibliography only this draft declared leaves the library.
    projects.forget(event.document.uri);
    if (projects.hasNewBibliographies()) void queueReload();
    service.forget(event.document.uri);
    requestAnalyses.forget(event.document.uri);
    worker?.forget(event.document.uri);
    settingsCache.delete(event.document.uri);
    connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  /** The open document, once the knowledge base is ready, if it is one ClaimLens checks. */
  async function checkedDocument(uri: string): Promise<TextDocument | undefined> {
    await ready;
    const document = documents.get(uri);
    if (!document || !checkedLanguages.has(document.languageId)) return undefined;
    // "[markdown]": { "claimlens.enabled": false } turns every feature off there, not only diagnostics.
    return (await settingsFor(document)).enabled ? document : undefined;
  }

  // Requests read the analysis requestAnalyses has (see requestAnalysis.ts): a hover the last one where the
  // text under the mouse is unchanged, else the current one once read; nothing waits for a long analysis.
  // A request cancelled meanwhile is not answered.
  const latestSnapshot = (uri: string) => () => {
    const document = documents.get(uri);
    return document ? snapshot(document) : undefined;
  };
  connection.onHover(async (params, token) => {
    const document = await checkedDocument(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    const settings = await settingsFor(document);
    let analysis = requestAnalyses.forRequest(snapshot(document));
    if (analysis?.toAnalysed(document.offsetAt(params.position)) === undefined) analysis = await requestAnalyses.current(document.uri, latestSnapshot(document.uri), token);
    const offset = analysis?.toAnalysed(document.offsetAt(params.position));
    if (token.isCancellationRequested) return null;
    // A paragraph too long to analyse here (requestAnalysis.ts): the worker's analysis of this version, the
    // one its diagnostics come from, answers.
    if ((!analysis || offset === undefined) && worker) return hoverFromWorker(document, params.position, settings, token);
    if (!analysis || offset === undefined) return null;
    const result = service.hover(analysis.snapshot, offset, settings);
    if (!result) return null;
    if (analysis.current) return toProto.hover(document, result);
    // From an earlier analysis: the range is moved to where its text is now, or left out.
    const start = analysis.fromAnalysed(result.span.start);
    const end = analysis.fromAnalysed(result.span.end);
    const hover = toProto.hover(document, { ...result, span: { start: start ?? 0, end: end ?? 0 } });
    return start === undefined || end === undefined ? { contents: hover.contents } : hover;
  });

  async function hoverFromWorker(document: TextDocument, position: Position, settings: Settings, token: CancellationToken): Promise<Hover | null> {
    const current = snapshot(document);
    const result = await worker!.hover({ uri: document.uri, languageId: current.languageId, version: current.version, text: pendingTextOf(document), project: current.project, offset: document.offsetAt(position), settings });
    if (!result || token.isCancellationRequested) return null;
    const now = documents.get(document.uri);
    if (now?.version !== current.version) return { contents: toProto.hover(document, result).contents };
    return toProto.hover(now, result);
  }

  connection.onDefinition(async (params, token) => {
    const document = await checkedDocument(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    const analysis = await requestAnalyses.current(document.uri, latestSnapshot(document.uri), token);
    const current = documents.get(document.uri);
    if (!current || token.isCancellationRequested) return null;
    // A paragraph too long to analyse here (requestAnalysis.ts): the worker's analysis answers, as for a hover.
    if (!analysis && worker) return definitionFromWorker(current, params.position, token);
    if (!analysis) return null;
    const result = service.definition(analysis.snapshot, current.offsetAt(params.position));
    return result ? toProto.definition(current, result) : null;
  });

  async function definitionFromWorker(document: TextDocument, position: Position, token: CancellationToken) {
    const asked = snapshot(document);
    const settings = await settingsFor(document);
    const result = await worker!.definition({ uri: document.uri, languageId: asked.languageId, version: asked.version, text: pendingTextOf(document), project: asked.project, offset: document.offsetAt(position), settings });
    const now = documents.get(document.uri);
    // Its spans are offsets in the version asked about: answered only while that version stands.
    if (!result || token.isCancellationRequested || now?.version !== asked.version) return null;
    return toProto.definition(now, result);
  }

  connection.onCompletion(async (params, token) => {
    const document = await checkedDocument(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    const settings = await settingsFor(document);
    const result = service.completion(snapshot(document), document.offsetAt(params.position), settings);
    if (!result) return null;
    if (result.context.kind === 'citation') {
      const { insert, replace } = result.context;
      const bibliographies = projects.bibliographiesOf(document, projects.contextFor(document.uri, document.languageId));
      return { isIncomplete: result.citationsIncomplete ?? false, items: result.citations.map((item) => projects.markCompletion(toProto.citationItem(document, item, insert, replace, hasInsertReplace), service.kb, document, bibliographies)) };
    }
    // Entity names only when asked for (Ctrl+Space), never while the writer types prose.
    if (params.context?.triggerKind !== 1) return null;
    const insert = result.context.insert;
    return { isIncomplete: true, items: result.entities.map((item) => toProto.entityItem(document, item, insert)) };
  });

  connection.onCompletionResolve((item: CompletionItem) => {
    const key = (item.data as { key?: string } | undefined)?.key;
    if (key) item.documentation = { kind: 'markdown', value: service.citationDocumentation(key) };
    return item;
  });

  connection.onCodeAction(async (params, token) => {
    const document = await checkedDocument(params.textDocument.uri);
    if (!document || token.isCancellationRequested) return null;
    const settings = await settingsFor(document);
    const analysis = await requestAnalyses.current(document.uri, latestSnapshot(document.uri), token);
    const now = documents.get(document.uri);
    if (!now || token.isCancellationRequested) return null;
    // A paragraph too long to analyse here (requestAnalysis.ts): the worker's analysis answers, as for a hover.
    if (!analysis && worker) return codeActionsFromWorker(now, params.range, params.context.diagnostics, settings, token);
    if (!analysis || now.version !== analysis.snapshot.version) return null;
    const current = analysis.snapshot;
    const actions = service.codeActions(current, toProto.span(document, params.range), settings);
    const addEntries = projects.addEntryActions(document, params.range, service.analyze(current).prose, service.kb, projects.bibliographiesOf(document, current.project), params.context.diagnostics);
    return [...actions.map((action) => toProto.codeAction(document, action, params.context.diagnostics)), ...addEntries];
  });

  async function codeActionsFromWorker(document: TextDocument, range: Range, diagnostics: Diagnostic[], settings: Settings, token: CancellationToken): Promise<CodeAction[] | null> {
    const asked = snapshot(document);
    const bibliographies = projects.bibliographiesOf(document, asked.project);
    const span = toProto.span(document, range);
    const answer = await worker!.codeActions({ uri: document.uri, languageId: asked.languageId, version: asked.version, text: pendingTextOf(document), project: asked.project, start: span.start, end: span.end, settings, bibliographies });
    const now = documents.get(document.uri);
    // Edits at offsets of the version asked about: answered only while that version stands.
    if (token.isCancellationRequested || now?.version !== asked.version) return null;
    return [...answer.actions.map((action) => toProto.codeAction(now, action, diagnostics)), ...projects.addEntryActionsFor(now, range, answer.outside, diagnostics)];
  }

  connection.onExecuteCommand(async (params) => {
    await ready;
    switch (params.command) {
      case commands.checkDocument: {
        const uri = String(params.arguments?.[0] ?? '');
        const document = await checkedDocument(uri);
        if (!document) return null;
        // The command is also the check of claimlens.check.frequency "command": the diagnostics follow it.
        await validate(document, new Set(['command']));
        // The report is made where the check was: the worker has that analysis, and a report of a thesis made
        // here would hold every other request meanwhile (issue 11).
        const checked = { ...snapshot(document), path: uriToPath(uri) };
        const inParts = reportOptions(params.arguments?.[1]).inParts;
        if (worker?.started) return inParts ? reportParts.add(await worker.reportInParts({ documents: [{ ...checked, uri }] })) : worker.report({ documents: [{ ...checked, uri }] });
        const report = service.report([checked]);
        return inParts ? reportParts.add(cutIntoParts(JSON.stringify(report))) : report;
      }
      case commands.checkWorkspace:
        return checkWorkspace(params.workDoneToken, reportOptions(params.arguments?.[0]).inParts);
      case commands.reloadKnowledgeBase:
        await queueReload();
        return { papers: service.kb.papers.size, facts: service.kb.factCount };
      case commands.papersWithoutAbstracts:
        return papersWithoutAbstracts(service.kb).map((key): PaperWithoutAbstract => {
          const paper = service.kb.papers.get(key)!;
          const where = paper.origin === 'bib' ? { file: paper.file, line: paper.location?.line } : paper.bibLocation ?? { file: paper.file, line: paper.location?.line };
          return { key, title: paper.title, uri: where.file ? pathToFileURL(where.file).href : undefined, line: where.line };
        });
      default:
        return null;
    }
  });

  /** Checks every Markdown and LaTeX file of the workspace, reporting progress to the editor. */
  async function checkWorkspace(token: string | number | undefined, inParts = false) {
    const files = workspaceFolders.flatMap((f) => findWorkspaceFiles(fileURLToPath(f.uri), /\.(md|markdown|tex)$/i));
    const progress = hasWorkDoneProgress ? (token !== undefined ? connection.window.attachWorkDoneProgress(token) : await connection.window.createWorkDoneProgress()) : undefined;
    progress?.begin('ClaimLens: checking the workspace', 0, `${files.length} files`, true);
    sendStatus('checking');
    const snapshots = [];
    for (const [index, file] of files.entries()) {
      if (progress && 'token' in progress && (progress.token as { isCancellationRequested: boolean }).isCancellationRequested) break;
      const uri = pathToFileURL(file).href;
      const open = documents.get(uri);
      // A language turned off (claimlens.enabled per language) is left out of the workspace report too.
      if (!(await settingsFor(open ?? { uri })).enabled) continue;
      // With a worker, a file not open is read there (analysisWorker.ts), not here.
      const text = open ? open.getText() : worker ? undefined : await readFileText(file);
      if (text === undefined && !worker) continue;
      const languageId = open?.languageId ?? languageOfPath(file);
      // The project of a LaTeX file not open is found in the worker, with the file (findProject): finding it
      // here read and scanned a thesis in one block that held every request meanwhile (issue 11).
      const findProject = !open && worker !== undefined && isLatexLanguage(languageId);
      snapshots.push({ id: uri, languageId, version: open?.version ?? -1, text, path: file, project: findProject ? undefined : projects.contextFor(uri, languageId), findProject, open: open !== undefined });
      progress?.report(Math.round(((index + 1) / files.length) * 100), path.basename(file));
      // Yield between files so that the server keeps answering while a large workspace is checked.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Analysed in the worker (files not open are not kept there): requests go on meanwhile (issue 11). A
    // client that asks for parts gets the report's JSON text as the worker wrote it, a part per request.
    const inJob = new Set(snapshots.map((d) => d.id));
    const job: ReportJob = {
      documents: snapshots.map(({ id, open, ...rest }) => ({ ...rest, uri: id, transient: !open })),
      // Projects found in the worker read the open documents as the editor has them, as projects.ts does.
      overlay: snapshots.some((d) => d.findProject) ? documents.all().filter((d) => !inJob.has(d.uri)).map((d) => ({ uri: d.uri, languageId: d.languageId, version: d.version, text: d.getText() })) : undefined,
      readableFolders: projects.readableFolders,
      onProjects: (declared) => {
        for (const [uri, bibliographies] of declared) projects.declareFound(uri, bibliographies);
      },
    };
    let answer: Report | ReportInParts;
    try {
      if (worker && inParts) answer = reportParts.add(await worker.reportInParts(job));
      else if (worker) answer = await worker.report(job);
      else {
        const report = service.report(snapshots.map((d) => ({ ...d, text: d.text ?? '' })));
        answer = inParts ? reportParts.add(cutIntoParts(JSON.stringify(report))) : report;
      }
    } finally {
      progress?.done();
      sendStatus('ready');
    }
    return answer;
  }

  // The parts of a report answered in parts (reportParts.ts), one per request.
  connection.onRequest(reportPartRequest, (params: ReportPartParams) => {
    const part = reportParts.take(params?.id, params?.index);
    if (part === undefined) return new ResponseError(ErrorCodes.InvalidParams, `ClaimLens: no part ${params?.index} of report ${params?.id} (each part is sent once)`);
    return part;
  });

  // The heaps of both threads, for the bench's memory rows (incremental.ts).
  connection.onRequest(memoryRequest, async () => ({ rss: Math.round(process.memoryUsage().rss / 1048576), main: heapFigures(), worker: await worker?.memory() }));

  // The client's watchdog: answered at once unless the server is blocked.
  connection.onRequest(pingRequest, () => ({ alive: true }));

  connection.onExit(() => {
    worker?.dispose();
    bibliographyWatcher.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** New abstracts a load reads itself; beyond this many, they are read in the background after it. */
const readAbstractsInline = 20;
/** How long the background reading of abstracts runs before it lets other work through. */
const readingSliceMs = 15;
/** How long after a load a new snapshot of the library is written: the open documents are checked first. */
const snapshotDelayMs = 2000;

/** The largest document checked in the main thread before the analysis worker runs (start-up only). */
const firstCheckHere = 100_000;

/** The options argument of a report command (protocol.ts); anything else is no options. */
function reportOptions(argument: unknown): ReportOptions {
  return argument && typeof argument === 'object' && (argument as ReportOptions).inParts === true ? { inParts: true } : {};
}

function isInside(location: string, folders: readonly string[]): boolean {
  const resolved = path.resolve(location);
  return folders.some((folder) => resolved === path.resolve(folder) || resolved.startsWith(path.resolve(folder) + path.sep));
}

function uriToPath(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

async function readFileText(file: string): Promise<string | undefined> {
  try {
    // Not a pipe (it would hold a thread of the pool for ever) or a device such as /dev/zero: regularFile.ts.
    return (await readRegularFileAsync(file)).toString('utf8');
  } catch {
    return undefined;
  }
}

process.on('uncaughtException', (error) => {
  // The server must survive a bug on one request; the editor would otherwise lose every feature.
  console.error(`ClaimLens: uncaught exception: ${error.stack ?? error}`);
});
