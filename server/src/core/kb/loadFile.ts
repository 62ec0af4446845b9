// Parses and validates one knowledge-base JSON file. Each paper, entity and fact is validated on its own so
// that one bad fact is reported with its exact position while the file's other records stay usable.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ZodType } from 'zod';
import { LineIndex, type LineColumn } from '../util/lines';
import { fastLoadKbJson, LazyFactLocations } from './fastLoad';
import { ScannedFactMaker, scanKbJson, type ScanTables } from './factScan';
import type { FactSource } from './factList';
import { jsonPathToString, type KbProblem } from './problems';
import { EntitySchema, FactSchema, PaperSchema, type Entity, type Fact, type Paper } from './schema';

export interface KbFileContent {
  papers: Paper[];
  entities: Entity[];
  facts: Fact[];
  /**
   * Where paper i starts (line at 2i, character at 2i + 1), for a file read by the scan or the fast path, or
   * restored from a snapshot: its papers are not put in `recordLocations` (`recordLocation` reads either). Not
   * enumerable (`withPositions`).
   */
  paperPositions?: Int32Array;
  /** Where entity i starts, as `paperPositions`. */
  entityPositions?: Int32Array;
}

/**
 * Where each valid record starts in its file, so that later integrity checks can point at it: for records whose
 * file's content has no positions as numbers (the precise path's records, a bibliography's entries).
 */
export const recordLocations = new WeakMap<object, LineColumn>();

/**
 * `content` with its papers' and entities' positions as numbers (line at 2i, character at 2i + 1), the one way a
 * file's records are located without `recordLocations`: a weak-map entry per record costs the collector at each
 * full collection (a hundred thousand papers, 0.15-0.2 s of the 1M-fact library's first read, stop 35; its 20k
 * entities and the next session's restored records the same way, stop 35). Not enumerable: the content
 * compares, copies and clones as the records read (a structured clone leaves them out, as it left out the weak
 * map's entries).
 */
export function withPositions<T extends KbFileContent>(content: T, papers: Int32Array, entities: Int32Array): T {
  Object.defineProperty(content, 'paperPositions', { value: papers, enumerable: false });
  Object.defineProperty(content, 'entityPositions', { value: entities, enumerable: false });
  return content;
}

/** Where record `i` of `content`'s papers or entities starts: from its positions when it has them, else from `recordLocations`. */
export function recordLocation(content: KbFileContent, section: 'papers' | 'entities', i: number): LineColumn | undefined {
  const positions = section === 'papers' ? content.paperPositions : content.entityPositions;
  if (positions && 2 * i + 1 < positions.length) return { line: positions[2 * i], character: positions[2 * i + 1] };
  return recordLocations.get(content[section][i]);
}

/** Every paper's or entity's position of `content` as numbers, as `withPositions` takes them (0, 0 for one not located). */
export function positionsOf(content: KbFileContent, section: 'papers' | 'entities'): Int32Array {
  const positions = section === 'papers' ? content.paperPositions : content.entityPositions;
  const count = content[section].length;
  if (positions && positions.length === 2 * count) return positions;
  const out = new Int32Array(2 * count);
  for (let i = 0; i < count; i++) {
    const at = recordLocation(content, section, i);
    out[2 * i] = at?.line ?? 0;
    out[2 * i + 1] = at?.character ?? 0;
  }
  return out;
}

export interface LoadedFile {
  content: KbFileContent;
  problems: KbProblem[];
  /** Where a fact of the file is written, for files read by the fast path (their facts are located on demand). */
  factLocations?: LazyFactLocations;
  /**
   * The file's facts as columns, for a file the scan read (factScan.ts): the merge and the knowledge base work
   * from these, and make a fact only when asked for; `content.facts` makes them all when first read.
   */
  scanned?: ScannedFactMaker;
  /** The facts of a file restored from a library snapshot, each made when asked for (librarySnapshot.ts). */
  restored?: FactSource;
}

const sections = [
  ['papers', PaperSchema],
  ['entities', EntitySchema],
  ['facts', FactSchema],
] as const;

const rootKeys = new Set(['$schema', 'description', 'papers', 'entities', 'facts']);

/**
 * `later`: how to get the text again when a fact is first located (the caller may then let this one go);
 * `tables`: the entity ids and locators shared by the files of one load (factScan.ts ScanTables).
 */
export function loadKbJson(file: string, text: string, later: string | (() => string) = text, tables?: ScanTables): LoadedFile {
  // A valid file of the usual layout (every file of a large generated library) is scanned into columns; one
  // the scan declines takes the fast path; one with a problem the precise path. The scan only accepts or
  // declines: what it accepts the fast path reads to the same facts (factScan.test.ts).
  // Papers and entities are located in that order (fastLoad.ts locateRecords), their positions kept as numbers.
  const located: number[] = [];
  const locate = (_record: object, at: LineColumn): void => {
    located.push(at.line, at.character);
  };
  const scan = scanKbJson(text, locate, tables);
  if (scan) {
    // The facts' ids and statements copied out, so the file's text can go once read (build.ts releases it).
    const maker = new ScannedFactMaker(scan.facts, text, true);
    let facts: Fact[] | undefined;
    const content: KbFileContent = {
      papers: scan.content.papers,
      entities: scan.content.entities,
      // Every fact made, only for a caller that asks for the list (a snapshot's encoding, an earlier version kept).
      get facts(): Fact[] {
        return (facts ??= Array.from({ length: maker.count }, (_, n) => maker.factAt(n)));
      },
    };
    return { content: locatedContent(content, located), problems: [], factLocations: new LazyFactLocations(later, maker), scanned: maker };
  }
  // A valid file (the usual case) takes the fast path.
  located.length = 0;
  const fast = fastLoadKbJson(text, locate);
  if (fast) return { content: locatedContent(fast, located), problems: [], factLocations: new LazyFactLocations(later, fast.facts) };
  return loadKbJsonPrecisely(file, text);
}

/** `content` with the positions its papers then its entities were located at (line, character, ...). */
function locatedContent<T extends KbFileContent>(content: T, located: readonly number[]): T {
  const all = Int32Array.from(located);
  const papers = 2 * content.papers.length;
  return withPositions(content, all.subarray(0, papers), all.subarray(papers, papers + 2 * content.entities.length));
}

/** The precise path: a parse tree with offsets, zod per record, and every problem with its line. */
export function loadKbJsonPrecisely(file: string, text: string): LoadedFile {
  const lines = new LineIndex(text);
  const problems: KbProblem[] = [];
  const report = (offset: number, path: (string | number)[], message: string): void => {
    const at = lines.positionAt(offset);
    problems.push({ file, line: at.line, character: at.character, path: jsonPathToString(path), message, severity: 'error' });
  };
  const content: KbFileContent = { papers: [], entities: [], facts: [] };

  // jsonc-parser reads nested lists and objects by recursion: ~5,000 "[" overflowed the stack, and the error
  // escaped the loader (issue 11, found by the fuzz's inputs scaled up). A library record nests a few levels.
  const deep = tooDeep(text);
  if (deep >= 0) {
    report(deep, [], `invalid JSON: nested deeper than ${maxJsonDepth} levels`);
    return { content, problems };
  }
  const syntaxErrors: ParseError[] = [];
  const tree = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  if (syntaxErrors.length > 0 || !tree) {
    for (const error of syntaxErrors.slice(0, 5)) report(error.offset, [], `invalid JSON: ${describeSyntaxError(error)}`);
    if (!tree) report(0, [], 'invalid JSON: the file is empty');
    return { content, problems };
  }
  if (tree.type !== 'object') {
    report(tree.offset, [], 'a knowledge-base file is a JSON object with "papers", "entities" and/or "facts" lists');
    return { content, problems };
  }
  for (const property of tree.children ?? []) {
    const key = property.children?.[0]?.value;
    if (typeof key === 'string' && !rootKeys.has(key)) {
      report(property.offset, [key], `unknown key "${key}" (expected papers, entities or facts)`);
    }
  }

  for (const [section, schema] of sections) {
    const listNode = findNodeAtLocation(tree, [section]);
    if (!listNode) continue;
    if (listNode.type !== 'array') {
      report(listNode.offset, [section], `"${section}" must be a list`);
      continue;
    }
    (listNode.children ?? []).forEach((itemNode, index) => {
      const valid = validateItem(schema as ZodType, itemNode, [section, index], report);
      if (valid !== undefined) {
        recordLocations.set(valid as object, lines.positionAt(itemNode.offset));
        (content[section] as unknown[]).push(valid);
      }
    });
  }
  return { content, problems };
}

function validateItem(
  schema: ZodType,
  itemNode: Node,
  path: (string | number)[],
  report: (offset: number, path: (string | number)[], message: string) => void,
): unknown {
  const result = schema.safeParse(nodeValue(itemNode));
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const node = deepestNode(itemNode, issuePath);
    report(node.offset, [...path, ...issuePath], issue.message);
  }
  return undefined;
}

/** The node at `path` below `root`, or the deepest ancestor that exists (a missing key is reported at its object). */
function deepestNode(root: Node, path: (string | number)[]): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node;
  }
  return root;
}

/** Deeper nesting of lists and objects than a library file has; well within the parser's stack. */
export const maxJsonDepth = 256;

/** The offset of the first "[" or "{" deeper than maxJsonDepth (outside strings), or -1. */
function tooDeep(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > maxJsonDepth) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** The plain value of a jsonc-parser node (the tree keeps offsets, so problems can name lines). */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode && valueNode) value[String(keyNode.value)] = nodeValue(valueNode);
      }
      return value;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function describeSyntaxError(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  // The parser's codes are CamelCase identifiers; spell them as words for people.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
