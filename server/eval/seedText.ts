// The sentences of a seed paper's capture (../shared/seeds/*.txt), numbered so that an audit of the library
// against the paper can name each one without quoting it: "b7.s2" is the third sentence of the eighth block,
// and a short hash of the sentence's text says it is still the same sentence (the captures are not ours to
// copy: the audit files in server/eval/seedAudit/ hold locators and hashes, never the words).
//
// The captures are raw: page furniture, hard line breaks with words hyphenated across them, figure legends
// dropped into the middle of a paragraph. The rules below only need to be stable, not linguistically perfect:
// - in a capture of an abstract page (`lines`), every line is a block: its lines are whole paragraphs, titles,
//   headings and metadata, often without a full stop between them;
// - in a hard-wrapped full text (`wrapped`), a block is a run of lines; a blank line, a line indented by two
//   spaces or more (a paragraph's first line) and a line opening a figure legend ("Fig. 2.") each start one;
// - a line ending in a hyphen is joined to the next without a space, the hyphen dropped before a lower-case
//   letter (a word cut in two) and kept otherwise ("MDA-MB-" + "231");
// - a sentence ends at ".", "?" or "!" followed by a space and an upper-case letter or an opening bracket,
//   except after the abbreviations the captures use ("Fig.", "et al.", "St.").
import { createHash } from 'node:crypto';

export interface SeedSentence {
  /** "b<block>.s<sentence>", both from 0. */
  at: string;
  block: number;
  sentence: number;
  text: string;
  /** The first 8 hex digits of the SHA-256 of the text. */
  hash: string;
}

const abbreviation = /(?:\bFigs?|\bet al|\be\.g|\bi\.e|\bvs|\bSt|\bInc|\bNo|\bDr|\bref|\brefs)\.$/;

/** How a capture's lines make blocks (the audit file of each paper names its layout). */
export type SeedLayout = 'lines' | 'wrapped';

export function seedBlocks(raw: string, layout: SeedLayout): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0) blocks.push(current);
    current = [];
  };
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      close();
      continue;
    }
    if (layout === 'lines' || /^ {2,}\S/.test(line) || /^\s*Fig\. \d+\./.test(line)) close();
    current.push(line);
  }
  close();
  return blocks.map(joinLines);
}

function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const piece = line.trim();
    if (out.endsWith('-')) out = /^[a-z]/.test(piece) ? out.slice(0, -1) + piece : out + piece;
    else out = out === '' ? piece : `${out} ${piece}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export function splitSentences(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.?!]\s+(?=[A-Z(\[])/g;
  for (let m = boundary.exec(block); m; m = boundary.exec(block)) {
    const end = m.index + 1;
    if (abbreviation.test(block.slice(Math.max(start, end - 8), end))) continue;
    out.push(block.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = block.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

export function seedSentences(raw: string, layout: SeedLayout): SeedSentence[] {
  const out: SeedSentence[] = [];
  seedBlocks(raw, layout).forEach((block, b) => {
    splitSentences(block).forEach((text, s) => out.push({ at: `b${b}.s${s}`, block: b, sentence: s, text, hash: hashOf(text) }));
  });
  return out;
}
