// `npx tsx server/eval/entityRecall.ts <file.jsonl | folder> [--split=dev] [--misses]`: the share of gold entity names in
// the rows' `claim` field (subject, object, mediators; context names counted apart) that entity recognition
// finds, with the knowledge base the CLI uses. Prints aggregate numbers only, never rows.
//
// A gold name counts as found when recognition, run on the name with the abbreviations its sentence
// defines, finds an entity in it ("any"), and as covered when the entities found span at least half of the
// name's letters and digits ("covered"): "HCC progression" is covered, "a marked fall in IGF-1 levels" is found.
// `--misses` also lists the gold names (short phrases, never sentences) that were not found or not covered, so
// that missed mention classes can be studied as a list rather than row by row; use it on the dev split only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentAbbreviations } from '../src/core/entities/abbreviations';
import { lexiconOf } from '../src/core/entities/lexicon';
import { recognizeEntities } from '../src/core/entities/recognize';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { selectSplit, type Split } from './realSplit';

interface Row {
  id?: string;
  sentence?: string;
  claim?: { subject?: string | null; object?: string | null; mediators?: string[]; context?: Record<string, string | null> } | null;
}

interface Tally {
  names: number;
  any: number;
  covered: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = (args.find((a) => a.startsWith('--split='))?.slice('--split='.length) ?? 'all') as Split;
  const input = args.find((a) => !a.startsWith('-'));
  const listMisses = args.includes('--misses');
  const misses: string[] = [];
  if (!input) {
    process.stderr.write('usage: entityRecall <file.jsonl | folder> [--split=dev]\n');
    process.exitCode = 2;
    return;
  }
  const files = fs.statSync(input).isDirectory()
    ? fs.readdirSync(input).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(input, f))
    : [input];
  const all = files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row));
  const rows = selectSplit(all as (Row & { id: string })[], split);
  const { kb } = await loadKnowledgeBase({ extra: [] });
  const lexicon = lexiconOf(kb);
  const roles: Tally = { names: 0, any: 0, covered: 0 };
  const context: Tally = { names: 0, any: 0, covered: 0 };
  for (const row of rows) {
    if (!row.claim || !row.sentence) continue;
    const abbreviations = documentAbbreviations([row.sentence], lexicon);
    const count = (name: string | null | undefined, tally: Tally): void => {
      if (!name || !name.trim()) return;
      tally.names++;
      const mentions = recognizeEntities(name, lexicon, abbreviations);
      if (mentions.length === 0) {
        misses.push(`missed\t${name}`);
        return;
      }
      tally.any++;
      const letters = (s: string): number => s.replace(/[^\p{L}\p{N}]/gu, '').length;
      const spanned = mentions.reduce((sum, m) => sum + letters(m.text), 0);
      if (spanned * 2 >= letters(name)) tally.covered++;
      else misses.push(`partial\t${name}\t[${mentions.map((m) => m.text).join(' | ')}]`);
    };
    count(row.claim.subject, roles);
    count(row.claim.object, roles);
    for (const mediator of row.claim.mediators ?? []) count(mediator, roles);
    for (const value of Object.values(row.claim.context ?? {})) count(value, context);
  }
  const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  process.stdout.write(`${rows.length} rows${split === 'all' ? '' : ` (${split} split)`}\n`);
  process.stdout.write(`subject/object/mediator names: ${roles.names}; found ${roles.any} (${pct(roles.any, roles.names)}); covered ${roles.covered} (${pct(roles.covered, roles.names)})\n`);
  process.stdout.write(`context names: ${context.names}; found ${context.any} (${pct(context.any, context.names)}); covered ${context.covered} (${pct(context.covered, context.names)})\n`);
  if (listMisses) for (const line of misses.sort()) process.stdout.write(`${line}\n`);
}

void main();
