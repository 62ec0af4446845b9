// The analyses that requests (hover, definition, code actions) read in the main thread. Diagnostics are
// checked on the worker (analysisWorker.ts), but a request needs an analysis here, and analysing a large or
// odd document in one go blocks every other request of the server meanwhile (a hover on a 400 kB paragraph
// held a hover on another document for 13 s; issue 11). So the main thread analyses a document only in
// pieces it can afford at once: an edit whose paragraphs are small, or a new document a slice of paragraphs
// at a time, yielding between slices. Until it has caught up, a request is answered from the last analysis
// it has where the text under the cursor is unchanged, or not at all; it never waits.
import type { DocumentAnalysis } from '../core/analysis/analyzeDocument';
import type { DocumentSnapshot } from '../core/service';
import { changedRange } from '../core/text/incrementalProse';

/** The most text the main thread re-reads at once: at the goal of 50 ms per 10 kB, 50 ms. */
export const sliceChars = 10_000;

/**
 * The first slice of a new document is smaller, about what an editor shows on opening it: at start-up its
 * diagnostics are published as soon as it is read (server.ts), before the rest (issue 10).
 */
export const firstSliceChars = 4_000;

/**
 * Where two versions of a text differ: they share `prefix` characters at the start and `suffix` at the end
 * (never overlapping), so offsets before the change are the same and offsets after it move by the change
 * in length.
 */
export interface TextChange {
  prefix: number;
  suffix: number;
}

export function textChange(before: string, after: string): TextChange {
  // The same common start and end the incremental re-check finds (changedRange), as lengths.
  const range = changedRange(before, after);
  return range === undefined ? { prefix: before.length, suffix: 0 } : { prefix: range.start, suffix: before.length - range.oldEnd };
}

/** The offset in `before` of offset `at` of `after`, if the text there is unchanged. */
export function offsetBefore(change: TextChange, beforeLength: number, afterLength: number, at: number): number | undefined {
  if (at < change.prefix) return at;
  if (at >= afterLength - change.suffix) return at - (afterLength - beforeLength);
  return undefined;
}

/** The offset in `after` of offset `at` of `before`, if the text there is unchanged. */
export function offsetAfter(change: TextChange, beforeLength: number, afterLength: number, at: number): number | undefined {
  if (at <= change.prefix) return at;
  if (at >= beforeLength - change.suffix) return at + (afterLength - beforeLength);
  return undefined;
}

/**
 * The next text to analyse on the way from `analysed` (undefined: nothing yet) to `text`, at most about
 * `sliceChars` of re-reading away: `text` itself when the paragraphs the change touches are small enough,
 * otherwise `text` up to a paragraph break beyond the part already analysed (a prefix of `text`, whose
 * earlier paragraphs the next step keeps). Undefined when the next paragraph alone is too long: then the
 * main thread does not analyse this document (the worker's diagnostics still cover it).
 */
export function nextStep(analysed: string | undefined, text: string, limit = sliceChars): string | undefined {
  const change = analysed === undefined ? { prefix: 0, suffix: 0 } : textChange(analysed, text);
  // The re-read region: from the paragraph break before the change to the one after it.
  const from = Math.max(0, text.lastIndexOf('\n\n', Math.max(0, change.prefix - 1)));
  const changeEnd = text.length - change.suffix;
  const breakAfter = text.indexOf('\n\n', changeEnd);
  const to = breakAfter < 0 ? text.length : breakAfter;
  if (to - from <= limit) return text;
  // Too much at once: the paragraphs up to the last break within the limit, followed by nothing. The prefix
  // of `text` shares the part before the change with what was analysed, so only the new paragraphs are read.
  const cut = text.lastIndexOf('\n\n', from + limit);
  if (cut <= from) return undefined;
  return text.slice(0, cut + 2);
}

interface DocumentState {
  /** The snapshot the service analysed last for this document (a real version or a prefix of one). */
  analysed?: DocumentSnapshot;
  /** Whether a catch-up is scheduled. */
  catchingUp: boolean;
  /** Requests waiting for the catch-up to end. */
  waiting: (() => void)[];
}

/** A request's cancellation, as the protocol library gives it. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** An analysis a request can use, with the way from the request's text to the analysed one. */
export interface RequestAnalysis {
  snapshot: DocumentSnapshot;
  /** The analysed text's offset of the request's offset, or undefined when the text there has changed. */
  toAnalysed(offset: number): number | undefined;
  /** The request's offset of an offset of the analysed text, or undefined when the text there has changed. */
  fromAnalysed(offset: number): number | undefined;
  /** Whether the analysis is of the request's own version. */
  current: boolean;
}

export class RequestAnalyses {
  readonly #documents = new Map<string, DocumentState>();
  #partialVersion = -1;

  /**
   * `analyze` runs the service's analysis (which starts from its previous analysis of the document);
   * `latest` gives the document's current snapshot, or undefined once it is closed.
   */
  constructor(
    private readonly analyze: (snapshot: DocumentSnapshot) => DocumentAnalysis,
    private readonly latest: (uri: string) => DocumentSnapshot | undefined,
  ) {}

  /**
   * The analysis a request on `snapshot` reads now: the current one when it is (or can be made) at once,
   * else the last one, while the rest is read in slices between other requests.
   */
  forRequest(snapshot: DocumentSnapshot): RequestAnalysis | undefined {
    const state = this.#state(snapshot.id);
    this.#advance(state, snapshot);
    const analysed = state.analysed;
    if (!analysed) return undefined;
    if (analysed.version === snapshot.version && analysed.text === snapshot.text && analysed.languageId === snapshot.languageId) {
      return { snapshot: analysed, toAnalysed: (at) => at, fromAnalysed: (at) => at, current: true };
    }
    if (analysed.languageId !== snapshot.languageId) return undefined;
    this.#scheduleCatchUp(snapshot.id, state);
    const change = textChange(analysed.text, snapshot.text);
    const before = analysed.text.length;
    const after = snapshot.text.length;
    return {
      snapshot: analysed,
      toAnalysed: (at) => offsetBefore(change, before, after, at),
      fromAnalysed: (at) => offsetAfter(change, before, after, at),
      current: false,
    };
  }

  /**
   * The analysis of the document's current version, once the catch-up has read it, slice by slice between
   * other requests; undefined if the request is cancelled first or the document cannot be read at once.
   */
  async current(uri: string, latest: () => DocumentSnapshot | undefined, token: Cancellation): Promise<RequestAnalysis | undefined> {
    for (;;) {
      const snapshot = latest();
      if (!snapshot || token.isCancellationRequested) return undefined;
      const analysis = this.forRequest(snapshot);
      if (analysis?.current) return analysis;
      const state = this.#documents.get(uri);
      if (!state?.catchingUp) return undefined;
      await new Promise<void>((resolve) => {
        const cancelled = token.onCancellationRequested(() => resolve());
        state.waiting.push(() => {
          cancelled.dispose();
          resolve();
        });
      });
    }
  }

  forget(uri: string): void {
    this.#documents.delete(uri);
  }

  /** After a change of library: every analysis is redone from scratch, in slices. */
  reset(): void {
    for (const state of this.#documents.values()) state.analysed = undefined;
  }

  #state(uri: string): DocumentState {
    let state = this.#documents.get(uri);
    if (!state) {
      state = { catchingUp: false, waiting: [] };
      this.#documents.set(uri, state);
    }
    return state;
  }

  /** One affordable step towards `snapshot`; returns whether it reached it. */
  #advance(state: DocumentState, snapshot: DocumentSnapshot): boolean {
    const analysed = state.analysed;
    if (analysed && analysed.version === snapshot.version && analysed.text === snapshot.text && analysed.languageId === snapshot.languageId) return true;
    const from = analysed && analysed.languageId === snapshot.languageId ? analysed.text : undefined;
    const next = (from === undefined ? nextStep(undefined, snapshot.text, firstSliceChars) : undefined) ?? nextStep(from, snapshot.text);
    if (next === undefined) return false;
    // A prefix is analysed under a version of its own, so that it is never taken for the document's.
    const step = next === snapshot.text ? snapshot : { ...snapshot, text: next, version: this.#partialVersion-- };
    this.analyze(step);
    state.analysed = step;
    return step === snapshot;
  }

  #scheduleCatchUp(uri: string, state: DocumentState): void {
    if (state.catchingUp) return;
    state.catchingUp = true;
    const stop = (): void => {
      state.catchingUp = false;
      for (const wake of state.waiting.splice(0)) wake();
    };
    const run = (): void => {
      const snapshot = this.latest(uri);
      if (!snapshot || this.#documents.get(uri) !== state) return stop();
      let done = false;
      try {
        done = this.#advance(state, snapshot);
      } catch {
        done = true;
      }
      // A slice that cannot be cut (one paragraph longer than a slice) leaves the document to the worker.
      if (done || state.analysed === undefined || nextStep(state.analysed.text, snapshot.text) === undefined) stop();
      else setImmediate(run);
    };
    setImmediate(run);
  }
}
