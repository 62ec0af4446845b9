// Test helpers for prose extraction, in the style of ltex-ls: an input and the plain text it should read as.
// Every helper also runs the offset property check, so each fixture doubles as a test of the offset map.
import * as assert from 'node:assert/strict';
import { blockShift, type CitationMarker, type ProseDocument } from '../../src/core/text/prose';

export type Extract = (source: string) => ProseDocument;

/**
 * Checks the offset map of every block: offsets stay inside the source and never go backwards, each copied
 * character is the source character it maps to, and every other character is explainable as synthetic
 * (whitespace, a non-ASCII replacement such as α or –, or a word whose characters all map to one offset).
 * It also checks that citation spans and key spans point at the right source text.
 */
export function assertOffsets(source: string, doc: ProseDocument): void {
  let previousStart = -1;
  for (const block of doc.blocks) {
    const { text } = block;
    // Placed blocks (see prose.ts, Placement) are read through their placement, as the core reads them.
    const offsets = block.sourceOffsets.map((o) => o + blockShift(block));
    const where = `block ${JSON.stringify(text)}`;
    assert.equal(offsets.length, text.length + 1, `${where}: one offset per character plus the end`);
    assert.ok(offsets[0] >= previousStart, `${where}: blocks are in source order`);
    previousStart = offsets[0];
    for (let i = 0; i <= text.length; i++) {
      assert.ok(offsets[i] >= 0 && offsets[i] <= source.length, `${where}: offset ${i} is inside the source`);
      if (i > 0) assert.ok(offsets[i] >= offsets[i - 1], `${where}: offset ${i} does not go backwards`);
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (source[offsets[i]] === ch || /\s/.test(ch) || ch.charCodeAt(0) > 127) continue;
      // Copied characters each have their own offset, so characters sharing one are a synthetic word
      // ("formula", "Authors", "LaTeX") standing for the markup at that offset.
      const sharesOffset = offsets[i - 1] === offsets[i] || (i + 1 < text.length && offsets[i + 1] === offsets[i]);
      assert.ok(sharesOffset, `${where}: character ${i} ${JSON.stringify(ch)} maps to ${JSON.stringify(source[offsets[i]])} at ${offsets[i]}`);
    }
    for (const citation of block.citations) {
      assert.ok(citation.plainOffset >= 0 && citation.plainOffset <= text.length, `${where}: citation inside the block`);
      assert.ok(citation.span.start < citation.span.end && citation.span.end <= source.length, `${where}: citation span`);
      for (const key of citation.keys) {
        assert.equal(source.slice(key.span.start, key.span.end), key.key, `${where}: key span of ${key.key}`);
        assert.ok(key.span.start >= citation.span.start && key.span.end <= citation.span.end, `${where}: key inside citation`);
      }
    }
  }
  for (const directive of doc.directives) {
    assert.ok(directive.span.start < directive.span.end && directive.span.end <= source.length, 'directive span');
  }
}

/** Extracts `input` and asserts its blocks, joined with newlines, read as `expected`. */
export function assertPlainText(extract: Extract, input: string, expected: string): ProseDocument {
  const doc = extract(input);
  assert.equal(doc.blocks.map((b) => b.text).join('\n'), expected);
  assertOffsets(input, doc);
  return doc;
}

/** Asserts the kind of each block. */
export function assertKinds(extract: Extract, input: string, expected: string[]): void {
  const doc = extract(input);
  assert.deepEqual(
    doc.blocks.map((b) => b.kind),
    expected,
  );
  assertOffsets(input, doc);
}

function allCitations(doc: ProseDocument): CitationMarker[] {
  return doc.blocks.flatMap((b) => b.citations);
}

/**
 * Asserts the citations of a document, written compactly: "\\citep a,b" is a parenthetical command with keys
 * a and b, and a leading "T " marks a textual citation ("T \\citet a", "T @ wu2022").
 */
export function assertCitations(extract: Extract, input: string, expected: string[]): ProseDocument {
  const doc = extract(input);
  const actual = allCitations(doc).map((c) => `${c.textual ? 'T ' : ''}${c.command} ${c.keys.map((k) => k.key).join(',')}`);
  assert.deepEqual(actual, expected);
  assertOffsets(input, doc);
  return doc;
}

/** The source text of each citation's whole span, to check where a marker begins and ends. */
export function citationSources(source: string, doc: ProseDocument): string[] {
  return allCitations(doc).map((c) => source.slice(c.span.start, c.span.end));
}

/** Where in its block's text each citation sits, shown as the text with a "|" at the marker. */
export function citationPlaces(doc: ProseDocument): string[] {
  return doc.blocks.flatMap((b) => b.citations.map((c) => `${b.text.slice(0, c.plainOffset)}|${b.text.slice(c.plainOffset)}`));
}

/**
 * Deterministic random documents glued from `tokens`, for property tests: the same seed always gives the
 * same inputs, so a failure can be reproduced.
 */
export function randomDocuments(tokens: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  const documents: string[] = [];
  for (let k = 0; k < count; k++) {
    let doc = '';
    const length = 1 + Math.floor(next() * 40);
    for (let i = 0; i < length; i++) doc += tokens[Math.floor(next() * tokens.length)];
    documents.push(doc);
  }
  return documents;
}
