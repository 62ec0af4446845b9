// `npx tsx server/eval/swapProbe.ts <files> [--half=B] [--split=dev] [--rows]`: a context-swap probe of the reader,
// beside flipProbe.ts. Every row the checker calls SUPPORTED has one part of its main claim swapped at a time for
// one the library does not back, and a swapped sentence must then not come out SUPPORTED:
// - `place`: the claim's cancer or cell line replaced by another one the lexicon knows, in which no finding of the
//   claim's pair holds (verify.ts contextCovers: a finding without context covers any place, so such pairs are skipped);
// - `place-added`: a claim without a place given one the same way ("... in glioblastoma.");
// - `condition`: a condition added ("under hypoxia", "in sorafenib-resistant cells") where no finding of the pair
//   holds under it;
// - `sibling`: the subject or object replaced by a sibling in its family (IL-6 -> IL-11, STAT3 -> STAT1) of which
//   the library reports nothing with the other participant, in any context or direction;
// - `hedge`: a hedged verb group denied ("may promote" -> "did not promote");
// - `exchange`: subject and object exchanged, where the library reports nothing from the object to the subject.
// The expected answer comes from the knowledge base itself, never from the checker. Prints counts by swap kind;
// with --rows the swapped sentences still called SUPPORTED, for studied sets only (probeRows.ts refuses a held-out
// file: the newest wave, a wave's half A, the real set's blind split).
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import type { Fact } from '../src/core/kb/schema';
import { lexiconOf } from '../src/core/entities/lexicon';
import { recognizeEntities } from '../src/core/entities/recognize';
import { contextCovers } from '../src/core/verify/verify';
import { evaluateRow } from './evaluate';
import { probeRows } from './probeRows';

export type SwapKind = 'place' | 'place-added' | 'condition' | 'sibling' | 'hedge' | 'exchange';

export interface Swap {
  kind: SwapKind;
  /** What was swapped, for the counts: "HCC->glioblastoma", "IL6->IL11". */
  what: string;
  text: string;
}

/** The parts of a main claim the swaps need: ids, and where the participants stand in the sentence. */
export interface MainClaim {
  subject: { entityId: string; start: number; end: number };
  object: { entityId: string; start: number; end: number };
  relation: string;
  context: ReadonlyArray<{ entityId: string; start: number; end: number }>;
}

/** Relations that read the same both ways round: exchanging their participants changes nothing. */
const symmetric = new Set(['associated-with', 'binds']);

/** Conditions added to a claim, as written before the sentence's full stop. */
const conditionPhrases = ['under hypoxia', 'in sorafenib-resistant cells'];

/** A modal's verb group denied: "may promote" -> "did not promote", "might be involved" -> "is not involved". */
export function deniedHedges(text: string): Array<{ what: string; text: string; at: number }> {
  const out: Array<{ what: string; text: string; at: number }> = [];
  const re = /\b(may|might|could|can)\s+(?:also\s+|potentially\s+|thereby\s+)?([a-z]+)\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const verb = m[2].toLowerCase();
    if (verb === 'not' || verb === 'no') continue;
    const denied = verb === 'be' ? 'is not' : verb === 'have' ? 'has not' : `did not ${m[2]}`;
    out.push({ what: `${m[1].toLowerCase()} ${verb}->${denied}`, text: text.slice(0, m.index) + denied + text.slice(m.index + m[0].length), at: m.index });
  }
  return out;
}

/** The text with a phrase added before its closing full stop (or at its end). */
export function withPhrase(text: string, phrase: string): string {
  const m = /[.;:]?\s*$/.exec(text);
  const at = m ? m.index : text.length;
  return `${text.slice(0, at)} ${phrase}${text.slice(at)}`;
}

/** The text with two non-overlapping spans exchanged. */
export function exchanged(text: string, a: { start: number; end: number }, b: { start: number; end: number }): string | undefined {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (first.end > second.start) return undefined;
  return text.slice(0, first.start) + text.slice(second.start, second.end) + text.slice(first.end, second.start)
    + text.slice(first.start, first.end) + text.slice(second.end);
}

/** What the knowledge base answers the swaps with: which pairs it reports, which places a pair holds in. */
export class SwapOracle {
  readonly #kb: KnowledgeBase;
  readonly #derived = new Map<string, Fact[]>();
  readonly #children = new Map<string, string[]>();
  readonly #places: string[];
  readonly #surface = new Map<string, string | undefined>();

  constructor(kb: KnowledgeBase) {
    this.#kb = kb;
    for (const f of kb.derivedFacts) {
      if (!f.object) continue;
      (this.#derived.get(f.subject) ?? this.#derived.set(f.subject, []).get(f.subject)!).push(f);
    }
    for (const e of kb.entities.values()) for (const p of e.parents) (this.#children.get(p) ?? this.#children.set(p, []).get(p)!).push(e.id);
    // The places the library knows: cancers and cell lines some finding holds in.
    const places = new Set<string>();
    for (const f of kb.facts) for (const c of f.context) {
      const type = kb.entities.get(c)?.type;
      if (type === 'disease' || type === 'cell-line') places.add(c);
    }
    this.#places = [...places].sort();
  }

  /** The ids a claim's participant is compared as: itself and what it stands for (a drug for its target). */
  #as(id: string): string[] {
    return [id, ...this.#kb.standIns(id).map((s) => s.id)];
  }

  /** Facts (stated or derived) from `subject` (or what it stands for) to `object`, in any context. */
  factsFrom(subject: string, object: string): Fact[] {
    const found: Fact[] = [];
    for (const s of this.#as(subject)) {
      for (const o of this.#as(object)) {
        const answering = this.#kb.answeringFactEntities(o);
        for (const [id, facts] of this.#kb.subjectFactsByObject(s)) if (answering.has(id)) found.push(...facts);
        for (const f of this.#kb.factsAboutSubject(s)) if (f.mediators.some((m) => answering.has(m))) found.push(f);
      }
    }
    return found;
  }

  reported(subject: string, object: string): boolean {
    if (this.factsFrom(subject, object).length > 0) return true;
    return this.derivedFrom(subject, object).length > 0;
  }

  /** Derived facts (kb/inference.ts: a route's downstream step, ...) from `subject` (or what it stands for) to `object` (or what answers for it, as for stated facts). */
  derivedFrom(subject: string, object: string): Fact[] {
    const found: Fact[] = [];
    for (const o of this.#as(object)) {
      const answering = this.#kb.answeringFactEntities(o);
      for (const s of this.#as(subject)) for (const f of this.#derived.get(s) ?? []) if (answering.has(f.object!)) found.push(f);
    }
    return found;
  }

  /**
   * Whether a finding of the pair, either way round, holds in (covers) the place or condition `context`; a derived
   * finding counts with the context of the finding it comes from ("hypoxia worsens prognosis through metastasis", in
   * hypoxic tumours, holds metastasis's step to prognosis under hypoxia: stop 53, the probe added "under hypoxia" to
   * a claim the library backs under hypoxia and called the checker wrong).
   */
  holdsIn(subject: string, object: string, context: string): boolean {
    const facts = [...this.factsFrom(subject, object), ...this.factsFrom(object, subject),
      ...this.derivedFrom(subject, object), ...this.derivedFrom(object, subject)];
    return facts.some((f) => contextCovers(this.#kb, [context], f.context));
  }

  /** The words a swap writes for an entity: its symbol where the sentence used a short form, else its name; only if the lexicon reads them back as it. */
  surface(id: string, short: boolean): string | undefined {
    const key = `${id}\u0000${short}`;
    if (this.#surface.has(key)) return this.#surface.get(key);
    const e = this.#kb.entities.get(id);
    let found: string | undefined;
    for (const words of short ? [e?.symbol, e?.name] : [e?.name, e?.symbol]) {
      if (!words) continue;
      const m = this.recognize(`It was seen with ${words} here.`);
      if (m.length === 1 && m[0].entityId === id && m[0].text === words) { found = words; break; }
    }
    this.#surface.set(key, found);
    return found;
  }

  /** Another place of the same type in which no finding of the pair holds, chosen by the row's id. */
  otherPlace(type: string, pair: [string, string], avoid: string, seed: number): string | undefined {
    const pool = this.#places.filter((p) => this.#kb.entities.get(p)?.type === type && p !== avoid
      && !this.#kb.isA(p, avoid) && !this.#kb.isA(avoid, p));
    for (let i = 0; i < pool.length; i++) {
      const p = pool[(seed + i * 7) % pool.length];
      if (!this.holdsIn(pair[0], pair[1], p)) return p;
    }
    return undefined;
  }

  /** The entity's siblings: the other members of each family it belongs to, of its own type. */
  siblings(id: string): string[] {
    const e = this.#kb.entities.get(id);
    if (!e) return [];
    const out = new Set<string>();
    for (const p of e.parents) for (const c of this.#children.get(p) ?? []) {
      if (c !== id && this.#kb.entities.get(c)?.type === e.type && !this.#kb.isA(c, id) && !this.#kb.isA(id, c)) out.add(c);
    }
    return [...out].sort();
  }

  /** What a named condition puts in a claim's context: the drug, for a drug's resistance. */
  conditionOf(id: string): string {
    return this.#kb.drugPhenotype(id)?.drug ?? id;
  }

  recognize(text: string): Array<{ entityId: string; text: string }> {
    return recognizeEntities(text, lexiconOf(this.#kb));
  }

  typeOf(id: string): string | undefined {
    return this.#kb.entities.get(id)?.type;
  }
}

function seedOf(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

const isShort = (words: string): boolean => !/\s/.test(words) && /[A-Z0-9]/.test(words.slice(1));

/** The swaps of one sentence whose main claim is `claim`, each one the library does not back. */
export function swapsOf(text: string, id: string, claim: MainClaim, oracle: SwapOracle): Swap[] {
  const out: Swap[] = [];
  const s = claim.subject.entityId, o = claim.object.entityId;
  const spanOk = (m: { start: number; end: number }) => m.start >= 0 && m.end <= text.length && m.start < m.end;
  const seed = seedOf(id);
  // place: the claim's cancer or cell line for another.
  const places = claim.context.filter((c) => ['disease', 'cell-line'].includes(oracle.typeOf(c.entityId) ?? '') && spanOk(c));
  for (const c of places) {
    const words = text.slice(c.start, c.end);
    const other = oracle.otherPlace(oracle.typeOf(c.entityId)!, [s, o], c.entityId, seed);
    const written = other && oracle.surface(other, isShort(words));
    if (other && written) out.push({ kind: 'place', what: `${c.entityId}->${other}`, text: text.slice(0, c.start) + written + text.slice(c.end) });
  }
  if (places.length === 0 && claim.context.length === 0) {
    const other = oracle.otherPlace('disease', [s, o], '', seed);
    const written = other && oracle.surface(other, false);
    if (other && written) out.push({ kind: 'place-added', what: `+${other}`, text: withPhrase(text, `in ${written}`) });
  }
  // condition: one the pair's findings do not hold under.
  for (const phrase of conditionPhrases) {
    // A sentence that already names hypoxia or resistance keeps its own.
    if (/hypox/i.test(text) && phrase.includes('hypoxia') || /resistan/i.test(text) && phrase.includes('resistant')) continue;
    const named = oracle.recognize(phrase).find((m) => oracle.typeOf(m.entityId) !== 'cell-type')?.entityId;
    // Cells named by their resistance hold the drug as their condition (roles.ts resistantCellsDrug).
    const condition = named && oracle.conditionOf(named);
    if (!condition || claim.context.some((c) => c.entityId === condition)) continue;
    if (oracle.holdsIn(s, o, condition)) continue;
    out.push({ kind: 'condition', what: `+${phrase}`, text: withPhrase(text, phrase) });
  }
  // sibling: the subject or the object for a family member the library reports nothing on with the other.
  for (const [side, mention, other] of [['subject', claim.subject, o], ['object', claim.object, s]] as const) {
    if (!spanOk(mention)) continue;
    const words = text.slice(mention.start, mention.end);
    for (const sibling of oracle.siblings(mention.entityId)) {
      if (oracle.reported(sibling, other) || oracle.reported(other, sibling)) continue;
      const written = oracle.surface(sibling, isShort(words));
      if (!written) continue;
      out.push({ kind: 'sibling', what: `${side} ${mention.entityId}->${sibling}`, text: text.slice(0, mention.start) + written + text.slice(mention.end) });
      break;
    }
  }
  // hedge: a modal verb group denied, only one standing between the main claim's participants, where the claim's
  // verb stands ("X may raise Y", "Y may be raised by X"). A modal after both or before both governs another
  // predicate: "the capacity of X to raise Y may be important", "X raises Y and may have prognostic value", "the
  // anti-apoptotic effect of X may mediate Z" (stop 53: denying those left the claim as it was, and the probe called
  // the checker wrong).
  if (spanOk(claim.subject) && spanOk(claim.object)) {
    const from = Math.min(claim.subject.end, claim.object.end), to = Math.max(claim.subject.start, claim.object.start);
    for (const d of deniedHedges(text)) if (d.at >= from && d.at < to) out.push({ kind: 'hedge', what: d.what, text: d.text });
  }
  // exchange: the object acting on the subject, which the library does not report.
  // Nor where the object, put in the subject's place, meets another participant the sentence names that the library
  // reports it acting on: "A enhances B and C" exchanged is "B enhances A and C", a claim on C the library may back
  // (stop 53: the exchanged sentence was SUPPORTED by that other claim, rightly).
  const others = oracle.recognize(text).map((m) => m.entityId)
    .filter((m) => m !== s && m !== o && !['disease', 'cell-line', 'condition', 'cell-type'].includes(oracle.typeOf(m) ?? ''));
  if (!symmetric.has(claim.relation) && spanOk(claim.subject) && spanOk(claim.object) && s !== o && !oracle.reported(o, s)
    && !others.some((m) => oracle.reported(o, m))) {
    const swapped = exchanged(text, claim.subject, claim.object);
    if (swapped) out.push({ kind: 'exchange', what: `${s}<->${o}`, text: swapped });
  }
  return out;
}

/** The main claim of a one-sentence row as the checker read it, with its participants' places in `text`. */
export function mainClaimOf(text: string, kb: KnowledgeBase): MainClaim | undefined {
  const sentence = analyzeDocument('markdown', text, kb).sentences.find((s) => s.verdict === 'supported');
  const main = sentence?.claims[sentence.mainClaim ?? -1] ?? sentence?.claims.find((c) => c.verification.verdict === 'supported');
  if (!sentence || !main) return undefined;
  // Block offsets to the row's: the sentence's text is found in the row's.
  const shift = text.indexOf(sentence.text) - sentence.start;
  const at = (m: { entityId: string; start: number; end: number; text: string }) => {
    const start = m.start + shift, end = m.end + shift;
    return text.slice(start, end) === m.text ? { entityId: m.entityId, start, end } : { entityId: m.entityId, start: -1, end: -1 };
  };
  if (text.indexOf(sentence.text) < 0) return undefined;
  return { subject: at(main.claim.subject), object: at(main.claim.object), relation: main.claim.relation, context: main.claim.context.map(at) };
}

async function main(): Promise<void> {
  const { rows, showRows } = probeRows(process.argv.slice(2), 'swapProbe');
  const { kb } = await loadKnowledgeBase({ extra: [] });
  const oracle = new SwapOracle(kb);
  const counts = new Map<SwapKind, { tried: number; supported: number; contradicted: number; unsupported: number; outOfScope: number }>();
  for (const row of rows) {
    if (evaluateRow(row, kb).verdict !== 'supported') continue;
    const claim = mainClaimOf(row.text, kb);
    if (!claim) continue;
    for (const swap of swapsOf(row.text, row.id, claim, oracle)) {
      const c = counts.get(swap.kind) ?? counts.set(swap.kind, { tried: 0, supported: 0, contradicted: 0, unsupported: 0, outOfScope: 0 }).get(swap.kind)!;
      c.tried++;
      const r = evaluateRow({ ...row, text: swap.text, label: 'unsupported', basis: undefined }, kb);
      if (r.verdict === 'supported') {
        c.supported++;
        if (showRows) console.log(`${row.id}\t${swap.kind}\t${swap.what}\t${r.stage}\t${swap.text}`);
      } else if (r.verdict === 'contradicted') c.contradicted++;
      else if (r.verdict === 'unsupported') c.unsupported++;
      else c.outOfScope++;
    }
  }
  let tried = 0, supported = 0;
  for (const c of counts.values()) { tried += c.tried; supported += c.supported; }
  console.log(`swapped ${tried}, still SUPPORTED ${supported}`);
  for (const kind of ['place', 'place-added', 'condition', 'sibling', 'hedge', 'exchange'] as const) {
    const c = counts.get(kind);
    if (c) console.log(`  ${kind.padEnd(12)} tried ${c.tried}\tstill SUPPORTED ${c.supported}\tcontradicted ${c.contradicted}\tunsupported ${c.unsupported}\tout-of-scope ${c.outOfScope}`);
  }
}

if (require.main === module) void main();
