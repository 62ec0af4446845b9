// Parses and validates one knowledge-base JSON file. Each paper, entity and fact is validated on its own so
// that one bad fact is reported with its exact position while the file's other records stay usable.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ZodType } from 'zod';
import { LineIndex, type LineColumn } from '../util/lines';
import { fastLoadKbJson, LazyFactLocations } from './fastLoad';
import { ScannedFactMaker, scanKbJson, type ScanTables } from './factScan';
import { jsonPathToString, type KbProblem } from './problems';
import { EntitySchema, FactSchema, PaperSchema, type Entity, type Fact, type Paper } from './schema';

export interface KbFileContent {
  papers: Paper[];
  entities: Entity[];
  facts: Fact[];
  /**
   * Where paper i starts (line at 2i, character at 2i + 1), for a file the scan read: its papers are not put in
   * `recordLocations` (`paperLocation` reads either). A hundred thousand weak entries cost the collector at each
   * full collection: 0.15-0.2 s of the 1M-fact library's first read, measured at stop 35. Not enumerable (a
   * structured clone leaves it out, as it left out the weak map's entries).
   */
  paperPositions?: Int32Array;
}

/** Where each valid record starts in its file, so that later integrity checks can point at it. */
export const recordLocations = new WeakMap<object, LineColumn>();

/** Where paper `i` of `content` starts: from its positions when it has them, else from `recordLocations`. */
export function paperLocation(content: KbFileContent, i: number): LineColumn | undefined {
  const positions = content.paperPositions;
  if (positions && 2 * i + 1 < positions.length) return { line: positions[2 * i], character: positions[2 * i + 1] };
  return recordLocations.get(content.papers[i]);
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
  // Papers and entities are located in that order: the papers' positions kept as numbers, the entities' (few) in recordLocations.
  const located: number[] = [];
  const scan = scanKbJson(text, (_record, at) => located.push(at.line, at.character), tables);
  if (scan) {
    const paperCount = scan.content.papers.length;
    scan.content.entities.forEach((entity, i) => recordLocations.set(entity, { line: located[2 * (paperCount + i)], character: located[2 * (paperCount + i) + 1] }));
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
    // Not enumerable: the content compares, copies and clones as the records read (the positions are where they are, not what they say).
    Object.defineProperty(content, 'paperPositions', { value: Int32Array.from(located.slice(0, 2 * paperCount)), enumerable: false });
    return { content, problems: [], factLocations: new LazyFactLocations(later, maker), scanned: maker };
  }
  // A valid file (the usual case) takes the fast path.
  const fast = fastLoadKbJson(text, (record, at) => recordLocations.set(record, at));
  if (fast) return { content: fast, problems: [], factLocations: new LazyFactLocations(later, fast.facts) };
  return loadKbJsonPrecisely(file, text);
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
