// The audit of the bundled library against its five seed papers (issue 7, the knowledge side): for every
// sentence of each capture in ../shared/seeds, the facts of data/papers/<key>.json that state what it finds, or
// why none does (a method, an aim, a hypothesis, furniture of the capture; or a finding the library leaves out,
// with the reason). The audit files are server/eval/seedAudit/<key>.json; they name sentences by locator and
// hash (seedText.ts), never by their words.
//
// `npx tsx server/eval/seedAudit.ts` prints each paper's coverage and any problem (the test
// server/test/seedAudit.test.ts fails on a problem); `--list=<key>` prints the paper's sentences with their
// locators and audit entries, to the terminal only, for whoever extends the audit; `--check` runs the checker on
// the papers' own finding sentences (each states a library finding, so each should come out supported) and
// prints, per locator, those that do not with the claims read (`--text` adds the sentence and its facts; `--anchored-only` reads with knowledge-anchored reading alone, and with `--text` names why each linked pair was left unread): a gap in reading, recognition or knowledge that
// the paper's own words expose.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { seedSentences, type SeedLayout, type SeedSentence } from './seedText';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { anchoring } from '../src/core/claims/anchored';

/** Why a sentence states no finding. */
export const notAFinding = [
  'aim', // what the study set out to do
  'method', // how an experiment was done, a legend's panel description, a statistic
  'hypothesis', // what the authors set out to test, before the result
  'open-question', // what is not yet known
  'outlook', // what could be done, a therapeutic hope
  'heading', // a section heading with no claim of its own
  'furniture', // the capture's page: authors, journal, keywords, tags
  'knockdown-check', // an siRNA lowering its own target: the tool works, no biology
  'fragment', // the end or start of a sentence cut by a figure legend, audited with its other part
] as const;
export type NotAFinding = (typeof notAFinding)[number];

export interface AuditEntry {
  at: string;
  hash: string;
  /** The facts (full ids) that state what the sentence finds. */
  facts?: string[];
  /** Why the sentence carries no finding. */
  none?: NotAFinding;
  /** A finding (or part of one) the library does not state, and why not. */
  unstated?: string;
  note?: string;
}

export interface AuditFile {
  paper: string;
  /** The capture's file name in ../shared/seeds. */
  seed: string;
  layout: SeedLayout;
  /** Section name -> blocks ("b4", "b1-b4", or several: "b19, b31-b32"); a sentence's section is the one its block is in. */
  sections: Record<string, string>;
  /** Sentences not audited one by one ("b6-b8", "b0.s1-s7"), with the reason: furniture, a repeated abstract. */
  skip: { at: string; why: string }[];
  sentences: AuditEntry[];
}

export interface PaperFacts {
  ids: Set<string>;
  locators: Map<string, string>;
}

/** Does a locator ("b3", "b1-b4", "b0.s2", "b0.s1-s7") cover the sentence? */
export function covers(range: string, s: { block: number; sentence: number }): boolean {
  const blocks = /^b(\d+)(?:-b(\d+))?$/.exec(range);
  if (blocks) {
    const from = Number(blocks[1]);
    const to = blocks[2] === undefined ? from : Number(blocks[2]);
    return s.block >= from && s.block <= to;
  }
  const sentences = /^b(\d+)\.s(\d+)(?:-s(\d+))?$/.exec(range);
  if (!sentences) throw new Error(`not a locator range: ${range}`);
  const from = Number(sentences[2]);
  const to = sentences[3] === undefined ? from : Number(sentences[3]);
  return s.block === Number(sentences[1]) && s.sentence >= from && s.sentence <= to;
}

export function sectionOf(audit: AuditFile, s: { block: number; sentence: number }): string | undefined {
  return Object.entries(audit.sections).find(([, ranges]) => ranges.split(',').some((range) => covers(range.trim(), s)))?.[0];
}

/**
 * Does a fact's locator name the section a sentence stating it is in? "results, Fig. 3E" names results; a legend
 * ("figure legend" section) is named by "Fig."; "title; abstract" names both.
 */
export function locatorNames(locator: string, section: string): boolean {
  const l = locator.toLowerCase();
  if (section === 'figure legend') return l.includes('fig.') || l.includes('legend');
  return l.includes(section);
}

/** Everything wrong with an audit against its seed's text and its paper's facts (empty: the audit holds). */
export function auditProblems(audit: AuditFile, raw: string, facts: PaperFacts): string[] {
  const problems: string[] = [];
  const sentences = seedSentences(raw, audit.layout);
  const byAt = new Map<string, SeedSentence>(sentences.map((s) => [s.at, s]));
  const seen = new Set<string>();
  const stated = new Map<string, string[]>();
  for (const entry of audit.sentences) {
    const s = byAt.get(entry.at);
    if (!s) {
      problems.push(`${entry.at}: no such sentence in ${audit.seed}`);
      continue;
    }
    if (s.hash !== entry.hash) problems.push(`${entry.at}: hash ${entry.hash} but the sentence there hashes to ${s.hash}`);
    if (seen.has(entry.at)) problems.push(`${entry.at}: audited twice`);
    seen.add(entry.at);
    if (audit.skip.some((k) => covers(k.at, s))) problems.push(`${entry.at}: audited but inside a skipped range`);
    const section = sectionOf(audit, s);
    if (!section) problems.push(`${entry.at}: in no section`);
    const hasFacts = (entry.facts?.length ?? 0) > 0;
    if (!hasFacts && !entry.none && !entry.unstated) problems.push(`${entry.at}: neither facts, nor a reason it states none, nor what is unstated`);
    if (hasFacts && entry.none) problems.push(`${entry.at}: facts and "none" together`);
    if (entry.none && !(notAFinding as readonly string[]).includes(entry.none)) problems.push(`${entry.at}: "${entry.none}" is not a reason (${notAFinding.join(', ')})`);
    for (const id of entry.facts ?? []) {
      if (!facts.ids.has(id)) problems.push(`${entry.at}: no fact ${id} in ${audit.paper}`);
      else if (section) stated.set(id, [...(stated.get(id) ?? []), section]);
    }
  }
  for (const s of sentences) {
    if (!seen.has(s.at) && !audit.skip.some((k) => covers(k.at, s))) problems.push(`${s.at}: neither audited nor skipped`);
  }
  for (const id of facts.ids) {
    const sections = stated.get(id);
    if (!sections) problems.push(`${id}: stated by no audited sentence`);
    else if (!sections.some((section) => locatorNames(facts.locators.get(id) ?? '', section))) {
      problems.push(`${id}: its locator "${facts.locators.get(id)}" names none of the sections stating it (${[...new Set(sections)].join(', ')})`);
    }
  }
  return problems;
}

export interface Coverage {
  sentences: number;
  findings: number;
  stated: number;
  unstated: number;
  noFinding: number;
  skipped: number;
}

/** Sentences audited; those bearing a finding (facts or an unstated part); stated in full; with an unstated part; none. */
export function coverageOf(audit: AuditFile, raw: string): Coverage {
  const all = seedSentences(raw, audit.layout);
  const findings = audit.sentences.filter((e) => (e.facts?.length ?? 0) > 0 || e.unstated);
  return {
    sentences: audit.sentences.length,
    findings: findings.length,
    stated: findings.filter((e) => !e.unstated).length,
    unstated: findings.filter((e) => e.unstated).length,
    noFinding: audit.sentences.filter((e) => e.none).length,
    skipped: all.filter((s) => audit.skip.some((k) => covers(k.at, s))).length,
  };
}

export const auditDir = path.join(__dirname, 'seedAudit');
export const seedsDir = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');
export const papersDir = path.join(__dirname, '..', '..', 'data', 'papers');

export function readAudits(): AuditFile[] {
  return fs.readdirSync(auditDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(auditDir, f), 'utf8')) as AuditFile);
}

export function paperFacts(key: string): PaperFacts {
  const file = JSON.parse(fs.readFileSync(path.join(papersDir, `${key}.json`), 'utf8')) as { facts: { id: string; evidence: { locator: string } }[] };
  return { ids: new Set(file.facts.map((f) => f.id)), locators: new Map(file.facts.map((f) => [f.id, f.evidence.locator])) };
}

/** The checker on each audited sentence that states a finding: verdicts tallied, the ones not supported listed. */
async function selfCheck(): Promise<void> {
  const { kb } = await loadKnowledgeBase({ extra: [] });
  const tally = new Map<string, number>();
  // `--anchored-only`: only knowledge-anchored reading reads claims (as run.ts), a stand-in for how the reader
  // does on constructions nobody wrote a frame for; with `--text`, why each linked pair was left unread.
  const anchoredOnly = process.argv.includes('--anchored-only');
  if (anchoredOnly) anchoring.alone = true;
  const showText = process.argv.includes('--text');
  for (const audit of readAudits()) {
    const byAt = new Map(seedSentences(fs.readFileSync(path.join(seedsDir, audit.seed), 'utf8'), audit.layout).map((s) => [s.at, s]));
    for (const entry of audit.sentences) {
      const s = byAt.get(entry.at);
      if (!s || (entry.facts?.length ?? 0) === 0) continue;
      if (anchoredOnly && showText) anchoring.trace = [];
      const sentences = analyzeDocument('plaintext', s.text, kb).sentences;
      const trace = anchoring.trace ?? [];
      anchoring.trace = undefined;
      const verdict = sentences.map((x) => (x.basis ? `${x.verdict}/${x.basis}` : x.verdict)).join(' + ');
      tally.set(verdict, (tally.get(verdict) ?? 0) + 1);
      if (sentences.every((x) => x.verdict === 'supported')) continue;
      const claims = sentences.flatMap((x) => x.claims.map((c) => `${c.claim.negated ? 'NOT ' : ''}${c.claim.subject.entityId} ${c.claim.relation} ${c.claim.object.entityId}: ${c.verification.verdict}${c.verification.basis ? `/${c.verification.basis}` : ''}`));
      console.log(`${audit.paper} ${entry.at}: ${verdict}${claims.length ? `\n    ${claims.join('\n    ')}` : ' (no claim read)'}`);
      // --text: the sentence and the facts it states, to the terminal only (never into the project).
      if (showText) console.log(`    | ${s.text}\n    = ${entry.facts?.join(' ')}${trace.map((t) => `\n    ~ ${t}`).join('')}`);
    }
  }
  console.log([...tally].map(([verdict, n]) => `${verdict} ${n}`).join(', '));
}

function main(): void {
  if (!fs.existsSync(seedsDir)) {
    console.log(`no seeds at ${seedsDir}`);
    return;
  }
  if (process.argv.includes('--check')) {
    void selfCheck();
    return;
  }
  const list = process.argv.find((a) => a.startsWith('--list='))?.slice('--list='.length);
  for (const audit of readAudits()) {
    const raw = fs.readFileSync(path.join(seedsDir, audit.seed), 'utf8');
    if (list === audit.paper) {
      const entries = new Map(audit.sentences.map((e) => [e.at, e]));
      for (const s of seedSentences(raw, audit.layout)) {
        const e = entries.get(s.at);
        const what = e ? [e.facts?.join(' '), e.none && `none: ${e.none}`, e.unstated && `unstated: ${e.unstated}`].filter(Boolean).join(' | ') : 'skipped';
        console.log(`${s.at} ${s.hash} [${sectionOf(audit, s) ?? '-'}] ${s.text}\n    -> ${what}`);
      }
    }
    const c = coverageOf(audit, raw);
    const problems = auditProblems(audit, raw, paperFacts(audit.paper));
    console.log(`${audit.paper}: ${c.sentences} sentences audited (${c.skipped} skipped), ${c.findings} with a finding: ${c.stated} stated, ${c.unstated} with a part unstated; ${c.noFinding} with none; ${problems.length} problems`);
    for (const p of problems) console.log(`  ${p}`);
  }
}

if (require.main === module) main();
