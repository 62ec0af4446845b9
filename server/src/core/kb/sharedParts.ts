// The parts of facts that many facts repeat, held once. JSON.parse gives every fact its own mediators and
// context arrays (two of them empty for most facts), its own evidence object and its own copy of each
// string longer than ten characters ("results, Fig. 2B", "associated-with"). In a million-fact library that is
// three million small objects and arrays kept alive as long as the library: a third of its memory, and most
// of the garbage collector's work while it loads. Each valid fact of a file read by the fast path has these
// parts swapped for one shared copy per distinct value; the fact keeps its own keys, so it equals the fact
// as read.
//
// Nothing changes a loaded fact or its parts (the knowledge base never changes after it is built), so sharing is safe.
import type { Evidence, Fact } from './schema';

const frozenEmpty: readonly string[] = Object.freeze([]);

/** One table per file: the file's facts share their parts (evidence objects are per paper, so a file's table is enough). */
export class SharedFactParts {
  readonly #lists = new Map<string, readonly string[]>();
  readonly #strings = new Map<string, string>();
  /** Evidence without `cites` or `extracted`, by paper, then locator, then kind. */
  readonly #evidence = new Map<string, Map<string, Map<string, Evidence>>>();

  /** Swaps the fact's repeated parts for shared ones, in place. */
  share(fact: Fact): void {
    fact.relation = this.#string(fact.relation) as Fact['relation'];
    fact.mediators = this.#list(fact.mediators);
    fact.context = this.#list(fact.context);
    const evidence = fact.evidence;
    if (evidence.cites === undefined && evidence.extracted === undefined) fact.evidence = this.#sharedEvidence(evidence);
  }

  #string(value: string): string {
    // V8 already holds strings of up to ten characters once (JSON.parse internalizes them).
    if (value.length <= 10) return value;
    const known = this.#strings.get(value);
    if (known !== undefined) return known;
    this.#strings.set(value, value);
    return value;
  }

  #list(list: string[]): string[] {
    if (list.length === 0) return frozenEmpty as string[];
    const key = list.length === 1 ? list[0] : list.join('\u0000');
    let shared = this.#lists.get(key);
    if (!shared) {
      shared = list.length === 1 ? [this.#string(list[0])] : list.map((id) => this.#string(id));
      this.#lists.set(key, shared);
    }
    return shared as string[];
  }

  #sharedEvidence(evidence: Evidence): Evidence {
    let byLocator = this.#evidence.get(evidence.paper);
    if (!byLocator) {
      byLocator = new Map();
      this.#evidence.set(evidence.paper, byLocator);
    }
    let byKind = byLocator.get(evidence.locator);
    if (!byKind) {
      byKind = new Map();
      byLocator.set(evidence.locator, byKind);
    }
    let shared = byKind.get(evidence.kind);
    if (!shared) {
      shared = { paper: this.#string(evidence.paper), locator: this.#string(evidence.locator), kind: evidence.kind };
      byKind.set(evidence.kind, shared);
    }
    return shared;
  }
}
