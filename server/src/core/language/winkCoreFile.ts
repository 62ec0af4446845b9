// The part-of-speech model's core (wink-eng-lite-web-model's eng-core-web-model.json) as esbuild.mjs writes it
// beside the server bundles, `wink/eng-core-web-model.bin`: the same model, laid out so the tagger's first load
// reads it quickly (issue 10, stop 46). In the JSON, the packed lexicon is base64 text and the 87,593 words of
// the lexeme list are as many JSON strings: reading the file as UTF-8 and parsing it was about half of the
// tagger's load on the first check at start-up. Here the packed arrays are their bytes and the words one text cut at a
// separator no word holds; the rest stays JSON. `decodeWinkCore` gives what JSON.parse gives of the model, with
// `lexicon` and `xpansions` already decoded (tagger.ts reads either); winkCoreFile.test.ts checks a built file
// against the package's JSON.
//
// Layout: header length (4 bytes, little-endian), header (JSON: the model without the three parts, the
// separator, the parts' lengths), padded to 4 bytes; the words (UTF-8), padded to 4; lexicon, padded to 4;
// xpansions, padded to 4; the words' order (Uint32, little-endian: each word's position in the list, the words
// taken in code-unit order), from which `decodeWinkCore` gives the lexeme's index without building it.

import { alignedBuffer } from '../util/alignedBytes';

interface WinkCoreJson {
  lexicon: string;
  xpansions: string;
  features: { lexeme: { list: string[]; hash?: Record<string, number> } } & Record<string, unknown>;
}

interface Header {
  model: Record<string, unknown>;
  separator: string;
  words: number;
  wordBytes: number;
  lexiconBytes: number;
  xpansionsBytes: number;
  orderBytes: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** The file for the model's JSON (`base64ToBytes`: the platform's base64 decoder; esbuild.mjs passes Node's). */
export function encodeWinkCore(json: WinkCoreJson, base64ToBytes: (text: string) => Uint8Array): Uint8Array {
  const list = json.features.lexeme.list;
  const separator = ['\u0000', '\u0001', '\u001f', '\uffff'].find((s) => list.every((word) => !word.includes(s)));
  if (separator === undefined) throw new Error('ClaimLens: no separator for the model\'s words');
  const words = new TextEncoder().encode(list.join(separator));
  const lexicon = base64ToBytes(json.lexicon);
  const xpansions = base64ToBytes(json.xpansions);
  const model = { ...json, lexicon: null, xpansions: null, features: { ...json.features, lexeme: { ...json.features.lexeme, list: null } } };
  const order = wordOrder(list);
  const header: Header = { model, separator, words: list.length, wordBytes: words.length, lexiconBytes: lexicon.length, xpansionsBytes: xpansions.length, orderBytes: order.length * 4 };
  const head = new TextEncoder().encode(JSON.stringify(header));
  const wordsAt = align4(4 + head.length);
  const lexiconAt = align4(wordsAt + words.length);
  const xpansionsAt = lexiconAt + align4(lexicon.length);
  const orderAt = xpansionsAt + align4(xpansions.length);
  const bytes = new Uint8Array(orderAt + order.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, head.length, true);
  bytes.set(head, 4);
  bytes.set(words, wordsAt);
  bytes.set(lexicon, lexiconAt);
  bytes.set(xpansions, xpansionsAt);
  order.forEach((position, k) => view.setUint32(orderAt + 4 * k, position, true));
  return bytes;
}

/** The model the file holds: the JSON's object, its `lexicon` and `xpansions` as the Uint32Arrays they encode. */
export function decodeWinkCore(bytes: Uint8Array): Record<string, unknown> {
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const utf8 = new TextDecoder();
  const header = JSON.parse(utf8.decode(bytes.subarray(4, 4 + headLength))) as Header;
  const wordsAt = align4(4 + headLength);
  const lexiconAt = align4(wordsAt + header.wordBytes);
  const xpansionsAt = lexiconAt + align4(header.lexiconBytes);
  const orderAt = xpansionsAt + align4(header.xpansionsBytes);
  const list = utf8.decode(bytes.subarray(wordsAt, wordsAt + header.wordBytes)).split(header.separator);
  if (list.length !== header.words) throw new Error('ClaimLens: the part-of-speech model\'s file is damaged');
  // Read in place where the bytes are aligned for Uint32Array, else from a copy (alignedBuffer): wink's tagger
  // reads the arrays, and the bytes are the file's, read for this alone.
  const { buffer, offset } = alignedBuffer(bytes);
  const words32 = (at: number, length: number) => new Uint32Array(buffer, offset + at, length / 4);
  const model = header.model;
  const lexeme = (model.features as WinkCoreJson['features']).lexeme;
  lexeme.list = list;
  lexeme.hash = wordIndex(list, words32(orderAt, header.orderBytes));
  model.lexicon = words32(lexiconAt, header.lexiconBytes);
  model.xpansions = words32(xpansionsAt, header.xpansionsBytes);
  return model;
}

/** The list's positions, its words taken in code-unit order (the words are distinct: wink's list is a set). */
export function wordOrder(list: readonly string[]): number[] {
  return list.map((_, k) => k).sort((a, b) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : a - b));
}

/**
 * Each word's position in `list`, as the object wink reads and grows (`features.lexeme.hash`, word -> position),
 * found by binary search in `order` and kept once asked. Building that object for the 87,593 words was ~100 ms
 * (stop 46's profile) of the first tagged sentence at start-up, in the main thread (issue 10), when a screen
 * of text asks for a few hundred words. wink reads it as `hash[word]` and writes `hash[word] = position` for a
 * word it adds; a word not in the list reads undefined.
 */
export function wordIndex(list: readonly string[], order: Uint32Array): Record<string, number> {
  const known = Object.create(null) as Record<string, number>;
  const find = (word: string): number | undefined => {
    let low = 0;
    let high = order.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = list[order[middle]];
      if (at === word) return order[middle];
      if (at < word) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  };
  return new Proxy(known, {
    get(target, word) {
      if (typeof word !== 'string') return undefined;
      const position = target[word];
      if (position !== undefined) return position;
      const found = find(word);
      if (found !== undefined) target[word] = found;
      return found;
    },
    has: (target, word) => typeof word === 'string' && (word in target || find(word) !== undefined),
  });
}
