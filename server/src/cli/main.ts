// The claimlens command: `claimlens check <files...>` checks manuscripts like a compiler, and
// `claimlens lsp --stdio` serves the same checks to any editor that speaks the Language Server Protocol.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, workerData } from 'node:worker_threads';
import { AnalysisCache, analyzeDocument, type DocumentAnalysis } from '../core/analysis/analyzeDocument';
import { buildReport, isFailing, reportFile } from '../core/analysis/report';
import { isLibrarySourcePath } from '../core/kb/build';
import { libraryCounts, papersWithoutAbstracts } from '../core/kb/summary';
import { formatProblem } from '../core/kb/problems';
import { declaredBibliographies } from '../core/text/bibliographies';
import { languageOfPath } from '../core/text/languages';
import { bundledKnowledgeBaseDir, readText, type UnreadableSource } from '../node/knowledgeBaseFiles';
import { defaultCacheFolder, StoredAbstractCache, storeFileIn } from '../node/abstractStore';
import { LibrarySnapshotStore, snapshotFileIn } from '../node/librarySnapshots';
import { loadKnowledgeBase } from '../node/loadKnowledgeBase';
import { planCheck, resolveDeclaredBibliography, unusedEntryWarnings } from '../node/projectFiles';
import { formatSarif } from './sarifFormat';
import { formatText } from './textFormat';

const usage = `usage:
  claimlens check <files...> [--format text|json|sarif] [--kb <dir-or-file>]... [--no-default-kb] [--cache | --cache-dir <dir>] [--verbose]
  claimlens kb [--kb <dir-or-file>]... [--no-default-kb] [--cache | --cache-dir <dir>]   validate a knowledge base and print what it holds
  --cache keeps readings of abstracts in $XDG_CACHE_HOME/claimlens (--cache-dir: in <dir>), so a rerun reads
  only the entries that changed
  claimlens lsp --stdio                                      run the language server over stdio
exit status: 0 nothing contradicted or unsupported (own findings aside), 1 something is, 2 usage or input error
  (a manuscript that cannot be read, or an error in a --kb library or a bibliography a manuscript declares;
  the report is still printed in full, and 2 takes precedence over 1)`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest);
      case 'kb':
        return await describeKb(rest);
      case 'lsp': {
        // A long-lived process: its heaps are collected before they double (node/heapGrowth.ts).
        (await import('../node/heapGrowth')).limitHeapGrowth();
        const { startLanguageServer } = await import('../lsp/server');
        startLanguageServer();
        return new Promise<number>(() => undefined);
      }
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(`${usage}\n`);
        return 0;
      case '--version':
        process.stdout.write('claimlens 0.1.0\n');
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    // One line, like a compiler: what is wrong, and where to read more.
    const message = (error as Error).message.split('\n')[0];
    const hint = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? ' (claimlens --help for usage)' : '';
    process.stderr.write(plain(`claimlens: ${message}${hint}\n`));
    return 2;
  }
}

function parseOptions(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      kb: { type: 'string', multiple: true, default: [] },
      'no-default-kb': { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      cache: { type: 'boolean', default: false },
      'cache-dir': { type: 'string' },
    },
  });
  const cacheDir = (values['cache-dir'] as string | undefined) ?? (values.cache ? defaultCacheFolder() : undefined);
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`);
  return { format: values.format as 'text' | 'json' | 'sarif', kb: values.kb as string[], withoutBundled: values['no-default-kb'] as boolean, verbose: values.verbose as boolean, files: positionals, cacheDir };
}

async function loadKbOrFail(extra: string[], withoutBundled: boolean, files: string[] = [], cacheDir?: string, verbose = false) {
  const abstractCache = cacheDir !== undefined ? new StoredAbstractCache(storeFileIn(cacheDir)) : undefined;
  // A large library is kept as read beside the readings of abstracts (node/librarySnapshots.ts).
  const snapshots = cacheDir !== undefined ? new LibrarySnapshotStore(snapshotFileIn(cacheDir)) : undefined;
  abstractCache?.beginBuild();
  const loaded = await loadKnowledgeBase({ extra, withoutBundled, files }, undefined, undefined, abstractCache && snapshots ? { abstractCache, snapshots } : {});
  if (abstractCache) {
    const saved = abstractCache.save();
    if (!saved) process.stderr.write(plain(`claimlens: warning: the cache ${abstractCache.file} cannot be written; abstracts will be read again next time\n`));
    if (verbose) process.stderr.write(plain(`claimlens: abstracts: ${abstractCache.stats.read} read, ${abstractCache.stats.found} from the cache (${abstractCache.file})\n`));
  }
  if (snapshots) {
    const written = snapshots.offered;
    if (!snapshots.save()) process.stderr.write(plain(`claimlens: warning: the cache ${snapshots.file} cannot be written; the library will be read from its files next time\n`));
    if (verbose) process.stderr.write(plain(`claimlens: library: ${snapshots.stats.found ? 'from its snapshot' : `read from its files${snapshots.stats.ignored ? ` (snapshot: ${snapshots.stats.ignored})` : ''}`}${written ? `, snapshot written (${snapshots.file})` : ''}\n`));
  }
  if (loaded.missing.length > 0) throw new UsageError(`knowledge base not found: ${loaded.missing.join(', ')}`);
  for (const problem of loaded.problems) process.stderr.write(`${plain(formatProblem(problem))}\n`);
  return loaded;
}

/**
 * The bibliographies a manuscript declares that may be read, with a warning for each that may not. A
 * manuscript can name anything (`bibliography: /etc/shadow`, `bibliography: /`); in CI a pull request's
 * draft must not make the runner read and echo its files. A bibliography outside the project is fine (a
 * Zotero auto-export); a folder or a file without a bibliography extension is not read.
 */
function readableBibliographies(declared: readonly string[], declaredBy: ReadonlyMap<string, { manuscript: string; name: string }>): string[] {
  const out: string[] = [];
  for (const bib of declared) {
    const why = !isLibrarySourcePath(bib)
      ? 'not a bibliography file (.bib, .bibtex, .json, .yaml, .yml, .ris)'
      : !fs.existsSync(bib) ? undefined : fs.statSync(bib).isDirectory() ? 'a folder, not a bibliography file' : !fs.statSync(bib).isFile() ? 'a device, pipe or socket, not a bibliography file' : '';
    const by = declaredBy.get(bib);
    if (why === '') out.push(bib);
    else if (why) process.stderr.write(`${plain(`${by?.manuscript ?? 'claimlens'}: warning: bibliography ${by?.name ?? bib} is not read: ${why}`)}\n`);
  }
  return out;
}

/** Who declared each bibliography of the manuscripts named on the command line, and in what words. */
function declarations(manuscripts: readonly { file: string; source: string }[]): Map<string, { manuscript: string; name: string }> {
  const by = new Map<string, { manuscript: string; name: string }>();
  for (const { file, source } of manuscripts) {
    for (const name of declaredBibliographies(languageOfPath(file), source)) {
      const bib = resolveDeclaredBibliography(path.dirname(file), name);
      if (!by.has(bib)) by.set(bib, { manuscript: file, name });
    }
  }
  return by;
}

async function check(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (options.files.length === 0) throw new UsageError('check needs at least one file');
  // A manuscript that cannot be read is reported with its path and the others are still checked.
  let inputErrors = 0;
  const manuscripts: { file: string; source: string }[] = [];
  for (const file of options.files) {
    const unreadable: UnreadableSource[] = [];
    const source = isFile(file) ? readText(file, unreadable) : (unreadable.push({ path: file, reason: fs.existsSync(file) ? 'a folder, not a file' : 'no such file' }), undefined);
    if (source === undefined) {
      if (options.files.length > 1) for (const problem of unreadable) process.stderr.write(`${plain(`claimlens: ${problem.path}: ${problem.reason}`)}\n`);
      inputErrors++;
    } else {
      manuscripts.push({ file, source });
    }
  }
  if (manuscripts.length === 0) throw new UsageError(`nothing to check: ${options.files.join(', ')} cannot be read`);
  // A LaTeX root brings the files it includes; bibliographies the manuscripts (and their roots) declare are
  // read too, when they are bibliography files (see readableBibliographies).
  const plan = planCheck(manuscripts.map(({ file }) => file));
  for (const warning of plan.warnings) process.stderr.write(`${plain(warning)}\n`);
  const declared = readableBibliographies(plan.bibliographies, declarations(manuscripts));
  const loaded = await loadKbOrFail([...new Set(options.kb)], options.withoutBundled, declared.filter((bib) => !options.kb.includes(bib)), options.cacheDir, options.verbose);
  const bundled = bundledKnowledgeBaseDir() + path.sep;
  inputErrors += loaded.problems.filter((p) => p.severity === 'error' && !p.file.startsWith(bundled)).length;
  const { kb } = loaded;
  const cache = new AnalysisCache();
  const analyses: DocumentAnalysis[] = [];
  const files = plan.files.map(({ display: file, text: source, project }) => {
    const analysis = analyzeDocument(languageOfPath(file), source, kb, cache, project);
    analyses.push(analysis);
    return reportFile(file, source, analysis, kb);
  });
  for (const warning of unusedEntryWarnings(kb, plan, analyses.map((a) => a.prose))) process.stderr.write(`${plain(warning)}\n`);
  const report = buildReport(files, analyses);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'sarif') process.stdout.write(formatSarif(report, { cwd: process.cwd() }));
  else process.stdout.write(plain(formatText(report, { verbose: options.verbose })));
  if (inputErrors > 0) {
    // Problems in what the user named (a manuscript, a --kb library, a bibliography a manuscript declares)
    // are input errors: the report above is complete, and CI sees status 2 rather than a clean 0 or 1.
    process.stderr.write(`claimlens: ${inputErrors} input problem(s) (see above); exit status 2\n`);
    return 2;
  }
  const failing = analyses.some((analysis) => analysis.sentences.some(isFailing));
  return failing ? 1 : 0;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return !fs.existsSync(file) && isDanglingLink(file) ? true : false;
  }
}

function isDanglingLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Text for a terminal: control characters from data (an ESC in a citation key, a BEL in a title) would
 * otherwise drive the terminal; they are dropped. Newlines and tabs stay.
 */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

async function describeKb(args: string[]): Promise<number> {
  const options = parseOptions(args);
  const { kb, problems } = await loadKbOrFail(options.kb, options.withoutBundled, [], options.cacheDir, options.verbose);
  process.stdout.write(plain(`${libraryCounts(kb)}, ${kb.entities.size} entities\n`));
  for (const paper of kb.papers.values()) {
    const facts = kb.factsByPaper.get(paper.key) ?? [];
    const extracted = facts.filter((f) => f.evidence.extracted).length;
    const note = extracted > 0 ? ` (${extracted} read from the abstract)` : !paper.abstract && facts.length === 0 ? ' (no abstract)' : '';
    process.stdout.write(plain(`  ${paper.key}: ${facts.length} facts${note} (${path.basename(paper.file)})\n`));
  }
  const unreadable = papersWithoutAbstracts(kb);
  if (unreadable.length > 0) process.stdout.write(plain(`${unreadable.length} of ${kb.papers.size} papers have no abstract and no curated facts, so claims citing them cannot be checked\n`));
  return problems.some((p) => p.severity === 'error') ? 2 : 0;
}

if (!isMainThread && (workerData as { role?: string } | undefined)?.role === 'claimlens-analysis') {
  // The language server's analysis worker runs this same program (see lsp/analysisWorker.ts).
  void import('../lsp/analysisWorker').then((worker) => worker.runAnalysisWorker());
} else if (require.main === module) {
  // `claimlens kb | head` closes the pipe early: that ends the output, it is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
