// Diagnostics cross from the analysis worker to the main thread block by block (issue 10). A thesis has
// thousands of diagnostics; after a one-word edit one block's change. Converting all of them to LSP objects in
// the worker and copying them to the main thread cost 80-130 ms per edit, so the worker sends only the blocks
// whose diagnostics are new, each under a key, and for every version the list of keys in document order with
// where each block is now. The main thread keeps each block's LSP diagnostics and assembles the publish; a
// block that moved is re-placed (its lines shifted, or its positions recomputed), never re-converted.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { BlockDiagnostics, DiagnosticData } from '../core/features/diagnostics';
import { blockShift } from '../core/text/prose';
import { placedDiagnostic } from './publishEncoder';

/** A block's diagnostics as they cross: LSP diagnostics without ranges, and the ranges as offsets from the anchor. */
export interface SentBlock {
  key: number;
  diagnostics: Omit<Diagnostic, 'range'>[];
  /** Start and end of each diagnostic, counted from the block's anchor (its first diagnostic's start). */
  offsets: Int32Array;
}

/** What the worker answers for one version: the new blocks, and every block in order as key and anchor. */
export interface BlockPublish {
  /** Identifies the worker that chose the keys (a restarted worker starts again from 1). */
  epoch: number;
  added: SentBlock[];
  /** key, anchor offset, key, anchor offset... in document order. */
  order: Int32Array;
}

/**
 * The worker's side, per document: which block diagnostics it has sent, under which key, and where their
 * anchor was then. A block's diagnostics are the same array object while it says the same (see
 * computeBlockDiagnostics), and everything in a block moves with its placement, so its anchor now is the
 * anchor then plus how far the block moved since.
 */
export class BlockSender {
  readonly epoch = Math.floor(Math.random() * 2 ** 30);
  #nextKey = 1;
  #sent = new Map<string, SentDocument>();

  /** Forgets what was sent for a document (closed, or the main thread asks for everything again). */
  forget(uri: string): void {
    this.#sent.delete(uri);
  }

  publish(uri: string, groups: readonly BlockDiagnostics[], convert: (d: DiagnosticData) => Omit<Diagnostic, 'range'>): BlockPublish {
    let sent = this.#sent.get(uri);
    if (!sent) this.#sent.set(uri, (sent = { byDiagnostics: new WeakMap(), groups: [], records: [] }));
    const added: SentBlock[] = [];
    // The groups before and after an edit are the same objects at the same places as in the last publish
    // (computeBlockDiagnostics): their records are taken over by place, without a look-up each.
    const old = sent.groups;
    const limit = Math.min(groups.length, old.length);
    let head = 0;
    let tail = 0;
    while (head < limit && groups[head] === old[head]) head++;
    while (tail < limit - head && groups[groups.length - 1 - tail] === old[old.length - 1 - tail]) tail++;
    // The records in order, the head's copied by slice: an array of records from the start, so that no store
    // here is the first into an empty one (whose elements kind changes then; issue 10, as below).
    const records: SentRecord[] = sent.records.slice(0, head);
    for (let index = head; index < groups.length - tail; index++) {
      const group = groups[index];
      let known = sent.byDiagnostics.get(group.diagnostics);
      if (!known) {
        // One pass with a loop, no arrays made by map: TurboFan's inlined map makes a holey array where the
        // interpreter's is packed, a map the optimized code had not seen, so the first edits after a full check
        // deoptimized and recompiled this function (issue 10).
        const diagnostics = group.diagnostics;
        const offsets = new Int32Array(diagnostics.length * 2);
        let anchor = Infinity;
        for (let k = 0; k < diagnostics.length; k++) {
          const span = diagnostics[k].span;
          offsets[2 * k] = span.start;
          offsets[2 * k + 1] = span.end;
          if (span.start < anchor) anchor = span.start;
        }
        for (let k = 0; k < offsets.length; k++) offsets[k] -= anchor;
        known = { key: this.#nextKey++, anchor, shift: blockShift(group.block) };
        sent.byDiagnostics.set(group.diagnostics, known);
        added.push({ key: known.key, diagnostics: group.diagnostics.map(convert), offsets });
      }
      records.push(known);
    }
    for (let k = tail; k >= 1; k--) records.push(sent.records[old.length - k]);
    const order = new Int32Array(groups.length * 2);
    for (let index = 0; index < groups.length; index++) {
      const known = records[index];
      order[2 * index] = known.key;
      order[2 * index + 1] = known.anchor + blockShift(groups[index].block) - known.shift;
    }
    sent.groups = groups;
    sent.records = records;
    return { epoch: this.epoch, added, order };
  }
}

/** A block's diagnostics as sent: under which key, and where their anchor was then and how far the block had moved. */
interface SentRecord {
  key: number;
  anchor: number;
  shift: number;
}

/** What was sent of one document: every block diagnostics sent, and the last publish's groups with their records. */
interface SentDocument {
  byDiagnostics: WeakMap<readonly DiagnosticData[], SentRecord>;
  groups: readonly BlockDiagnostics[];
  records: SentRecord[];
}

interface Kept {
  diagnostics: Omit<Diagnostic, 'range'>[];
  offsets: Int32Array;
  /** The LSP diagnostics as last placed, with the anchor's position then. */
  placed?: { line: number; character: number; out: Diagnostic[] };
  /** The last publish that named it (BlockStore's count). */
  used: number;
}

/** A publish that names a block the main thread does not hold (it asks the worker for everything again). */
export class MissingBlock extends Error {}

/** The main thread's side: each open document's blocks, by key, as the worker sent them. */
export class BlockStore {
  #documents = new Map<string, { epoch: number; blocks: Map<number, Kept>; publishes: number }>();

  /** Takes a worker's new blocks (also from an answer that came too late to publish: the worker counts them sent). */
  receive(uri: string, publish: BlockPublish): void {
    let document = this.#documents.get(uri);
    if (!document || document.epoch !== publish.epoch) this.#documents.set(uri, (document = { epoch: publish.epoch, blocks: new Map(), publishes: 0 }));
    for (const block of publish.added) document.blocks.set(block.key, { diagnostics: block.diagnostics, offsets: block.offsets, used: 0 });
  }

  forget(uri: string): void {
    this.#documents.delete(uri);
  }

  /**
   * The document's diagnostics in order. `document` must be the version the worker checked. Blocks not in the
   * publish are dropped. A block whose anchor is at the same line and character as when it was last placed
   * gives its diagnostics as they were; one only moved down or up by whole lines (the same character) has its
   * lines shifted; otherwise its positions are computed again.
   */
  assemble(uri: string, document: TextDocument, publish: BlockPublish): Diagnostic[] {
    const kept = this.#documents.get(uri);
    if (!kept || kept.epoch !== publish.epoch) throw new MissingBlock(`no blocks held for ${uri}`);
    // Each block's placed diagnostics in order, then copied into one array made at its size. Indexed loops and
    // Map.forEach, not for...of: in this function V8 allocated an iterator result per diagnostic and per block,
    // and with the growing array that was most of the main thread's garbage per edit (~0.85 MB for 5,600
    // diagnostics), collected by a scavenge every few edits and a full collection every 15-25 (issue 10).
    const blocks: Diagnostic[][] = new Array(publish.order.length / 2);
    let total = 0;
    // Each block the publish names is stamped with it; the rest are dropped after.
    const stamp = ++kept.publishes;
    let used = 0;
    const order = publish.order;
    for (let index = 0; index < order.length; index += 2) {
      const key = order[index];
      const anchor = order[index + 1];
      const block = kept.blocks.get(key);
      if (!block) throw new MissingBlock(`block ${key} of ${uri} is not held`);
      if (block.used !== stamp) used++;
      block.used = stamp;
      const at = document.positionAt(anchor);
      let placed = block.placed;
      if (!placed || placed.line !== at.line || placed.character !== at.character) {
        placed = { line: at.line, character: at.character, out: placed && placed.character === at.character ? shiftLines(placed.out, at.line - placed.line) : place(document, anchor, block) };
        block.placed = placed;
      }
      blocks[index / 2] = placed.out;
      total += placed.out.length;
    }
    if (used < kept.blocks.size) {
      // Deleting the entry being visited is allowed in forEach (later entries are still visited).
      kept.blocks.forEach((block, key) => {
        if (block.used !== stamp) kept.blocks.delete(key);
      });
    }
    // Made at its size up to a length V8 still keeps as a plain array (a longer one grows as it is filled).
    const out: Diagnostic[] = total <= 50_000 ? new Array(total) : [];
    let at = 0;
    for (let b = 0; b < blocks.length; b++) {
      const placedOut = blocks[b];
      for (let k = 0; k < placedOut.length; k++) out[at++] = placedOut[k];
    }
    return out;
  }
}

function place(document: TextDocument, anchor: number, block: Kept): Diagnostic[] {
  return block.diagnostics.map((d, k) => withRange(d, { start: document.positionAt(anchor + block.offsets[2 * k]), end: document.positionAt(anchor + block.offsets[2 * k + 1]) }));
}

function shiftLines(diagnostics: readonly Diagnostic[], by: number): Diagnostic[] {
  return diagnostics.map((d) => withRange(d, {
    start: { line: d.range.start.line + by, character: d.range.start.character },
    end: { line: d.range.end.line + by, character: d.range.end.character },
  }));
}

/**
 * One fixed shape for every diagnostic (see toProto.diagnostic), with the range first as LSP writes it. Frozen,
 * with its range: a placed diagnostic is never changed (a moved block gets new ones), so the stdio writer may
 * keep its JSON with it (publishEncoder.ts).
 */
function withRange(d: Omit<Diagnostic, 'range'>, range: Range): Diagnostic {
  Object.freeze(range.start);
  Object.freeze(range.end);
  const result: Diagnostic = { range: Object.freeze(range), severity: d.severity, code: d.code, source: d.source, message: d.message };
  if (d.relatedInformation) result.relatedInformation = d.relatedInformation;
  // Its JSON after the range is that of every placement of `d` (the stdio writer writes it once).
  placedDiagnostic(result, d);
  return Object.freeze(result);
}

const bySeverity = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint];

/**
 * At most `max` diagnostics (0: all), chosen as VS Code chooses when a file has more than it shows (1,000):
 * errors first, then warnings, information and hints, each in document order; kept in document order, with a
 * note on the first line saying how many more there are (claimlens.diagnostics.maxPerDocument).
 */
export function limitDiagnostics(diagnostics: Diagnostic[], max: number): Diagnostic[] {
  if (max <= 0 || diagnostics.length <= max) return diagnostics;
  const keep = new Uint8Array(diagnostics.length);
  let kept = 0;
  for (const severity of bySeverity) {
    for (let index = 0; index < diagnostics.length && kept < max; index++) {
      // A diagnostic without a severity counts as an error, as LSP clients read it.
      if ((diagnostics[index].severity ?? DiagnosticSeverity.Error) === severity) {
        keep[index] = 1;
        kept++;
      }
    }
  }
  const out: Diagnostic[] = [];
  for (let index = 0; index < diagnostics.length; index++) if (keep[index]) out.push(diagnostics[index]);
  const start = { line: 0, character: 0 };
  out.push({
    range: { start, end: start },
    severity: DiagnosticSeverity.Information,
    code: 'not-shown',
    source: 'claimlens',
    message: `${diagnostics.length - kept} more ClaimLens findings are not shown: claimlens.diagnostics.maxPerDocument is ${max}`,
  });
  return out;
}
