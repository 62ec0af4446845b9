// The claimlens command: `claimlens check <files...>` checks manuscripts like a compiler, and
// `claimlens lsp --stdio` serves the same checks to any editor that speaks the Language Server Protocol.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { AnalysisCache, analyzeDocument, type DocumentAnalysis } from '../core/analysis/analyzeDocument';
import { buildReport, isFailing, reportFile } from '../core/analysis/report';
import { formatProblem } from '../core/kb/problems';
import { declaredBibliographies } from '../core/text/bibliographies';
import { languageOfPath } from '../core/text/languages';
import { loadKnowledgeBase } from '../node/loadKnowledgeBase';
import { formatSarif } from './sarifFormat';
import { formatText } from './textFormat';

const usage = `usage:
  claimlens check <files...> [--format text|json|sarif] [--kb <dir-or-file>]... [--no-default-kb] [--verbose]
  claimlens kb [--kb <dir-or-file>]... [--no-default-kb]     validate a knowledge base and print what it holds
  claimlens lsp --stdio                                      run the language server over stdio
exit status: 0 nothing contradicted or unsupported (own findings aside), 1 something is, 2 usage or input error`;

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
    process.stderr.write(`claimlens: ${message}${hint}\n`);
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
    },
  });
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`);
  return { format: values.format as 'text' | 'json' | 'sarif', kb: values.kb as string[], withoutBundled: values['no-default-kb'] as boolean, verbose: values.verbose as boolean, files: positionals };
}

async function loadKbOrFail(extra: string[], withoutBundled: boolean) {
  const loaded = await loadKnowledgeBase({ extra, withoutBundled });
  if (loaded.missing.length > 0) throw new UsageError(`knowledge base not found: ${loaded.missing.join(', ')}`);
  for (const problem of loaded.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  return loaded;
}

async function check(args: string[]): Promise<number> {
  const options = parseOptions(args);
  if (options.files.length === 0) throw new UsageError('check needs at least one file');
  const missing = options.files.filter((file) => !fs.existsSync(file) || !fs.statSync(file).isFile());
  if (missing.length > 0) throw new UsageError(`no such file: ${missing.join(', ')}`);
  // Bibliographies the manuscripts declare (\bibliography{refs}, `bibliography:` front matter) are read too.
  const declared = options.files.flatMap((file) =>
    declaredBibliographies(languageOfPath(file), fs.readFileSync(file, 'utf8')).map((bib) => path.resolve(path.dirname(file), bib)),
  ).filter((bib) => fs.existsSync(bib));
  const { kb } = await loadKbOrFail([...new Set([...options.kb, ...declared])], options.withoutBundled);
  const cache = new AnalysisCache();
  const analyses: DocumentAnalysis[] = [];
  const files = options.files.map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const analysis = analyzeDocument(languageOfPath(file), source, kb, cache);
    analyses.push(analysis);
    return reportFile(file, source, analysis, kb);
  });
  const report = buildReport(files, analyses);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'sarif') process.stdout.write(formatSarif(report, { cwd: process.cwd() }));
  else process.stdout.write(formatText(report, { verbose: options.verbose }));
  const failing = analyses.some((analysis) => analysis.sentences.some(isFailing));
  return failing ? 1 : 0;
}

async function describeKb(args: string[]): Promise<number> {
  const options = parseOptions(args);
  const { kb, problems } = await loadKbOrFail(options.kb, options.withoutBundled);
  const withFacts = [...kb.papers.values()].filter((p) => kb.hasFactsFor(p.key)).length;
  process.stdout.write(`${kb.papers.size} papers (${withFacts} with facts), ${kb.entities.size} entities, ${kb.facts.length} facts\n`);
  for (const paper of kb.papers.values()) {
    const count = kb.factsByPaper.get(paper.key)?.length ?? 0;
    process.stdout.write(`  ${paper.key}: ${count} facts (${path.basename(paper.file)})\n`);
  }
  return problems.some((p) => p.severity === 'error') ? 2 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
