// Reads knowledge-base folders from disk. This is the only place that walks the file system for the
// knowledge base; the core receives file contents (see core/kb/build.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KbSource } from '../core/kb/build';

const kbFile = /\.(json|bib|bibtex)$/i;

/**
 * The bundled library: data/ next to the bundle (dist/../data), next to the sources
 * (server/src/node/../../../data), or next to a bundled script two levels down (out/bench/../../data).
 */
export function bundledKnowledgeBaseDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'data'), path.resolve(__dirname, '..', '..', '..', 'data'), path.resolve(__dirname, '..', '..', 'data')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'entities.json'))) ?? candidates[0];
}

/** All .json and .bib files under the given folders (or single files), in a stable order. */
export function readKnowledgeBaseSources(locations: readonly string[]): { sources: KbSource[]; missing: string[] } {
  const sources: KbSource[] = [];
  const missing: string[] = [];
  for (const location of locations) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(location);
    } catch {
      missing.push(location);
      continue;
    }
    const files = stat.isDirectory() ? walk(location) : [location];
    for (const file of files) sources.push({ path: file, text: fs.readFileSync(file, 'utf8') });
  }
  return { sources, missing };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    // data/lexicon holds the lexicon of biomedicine, which the bundle carries (core/entities/biomedicalData.ts), not library files.
    if (entry.isDirectory() && entry.name === 'lexicon' && path.resolve(dir) === path.resolve(bundledKnowledgeBaseDir())) continue;
    if (entry.isDirectory()) out.push(...walk(full));
    else if (kbFile.test(entry.name) && entry.name !== 'package.json' && !entry.name.endsWith('.schema.json')) out.push(full);
  }
  return out;
}
