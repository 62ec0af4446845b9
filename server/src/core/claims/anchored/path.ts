// The path between a pair's two participants in anchored reading: the chunks left once what cannot carry the
// relation is set aside (the other members of a list, an apposition or a description after the first name, a
// reduced relative or a parenthetical, a sentence adverb, the first name's own predicate before a means or
// consequence gerund, "by inducing Z", a lead-in "studies have shown that" before a pronoun that is the first name),
// with the adverbs and the routes ("mainly via Y") it passed over. It returns undefined, with a stop reason, when
// a clause break or another entity stands between. Which cue the remaining path holds is decided apart, by the
// entry point (anchored.ts) and anchored/cueMatch.ts; this module decides only what is between.
import { addingAfterNot, looksLikeParticiple, type Chunk, type ChunkWord } from '../../language/chunks';
import { classRelatives, predicateChains, sharedSubjectClauses, capacityWords } from '../cues';
import { appositionRules } from '../appositions';
import { associationParticiples, clauseBreakers, relationSign, verbTrigger, groupTrigger, type ClaimRelation } from '../vocabulary';
import { stop } from './stops';
import { entitiesIn, phrases } from './phrases';
import { isListMember, isListWord, isNameOnly, joinWord } from './lists';

/** The chunk after an apposition opened by an article right after the first participant and followed by a verb, or 0. */
function afterDescription(words: readonly ChunkWord[], all: readonly Chunk[], to: number): number {
  if (!(all[0] && words[all[0].head].lower === ',' && all[1]?.kind === 'NP')) return 0;
  const rule = appositionRules.find((r) => r.openers.has(words[all[1].from].lower));
  if (!rule) return 0;
  const describing = (c: Chunk): boolean => c.kind === 'PP' || c.kind === 'ADJP' || c.kind === 'ADVP' || (c.kind === 'VG' && !c.passive && looksLikeParticiple(words[c.head].lower));
  // A list of parts ("including A, B, and C") also holds its members and their commas and conjunctions.
  const member = (c: Chunk): boolean => rule.list === true && (c.kind === 'NP' || ['and', 'or', ','].includes(words[c.head].lower));
  const predicateAfter = (close: number): boolean => {
    let next = close + 1;
    while (next < to && all[next].kind === 'ADVP') next++;
    return words[all[close].head].lower === ',' && all[next]?.kind === 'VG';
  };
  let close = 2;
  while (close < to && (describing(all[close]) || (member(all[close]) && !predicateAfter(close)))) close++;
  return close < to && predicateAfter(close) ? close + 1 : 0;
}

/**
 * Whether chunk `at` stands in a description of an earlier entity whose predicate comes before chunk `before`:
 * "X, including A, B and C, raises Y" (A, B and C are X's parts, not Y's agents); "X, a cytokine of Y, ...".
 * Walks back to the description's opening comma, a few chunks at most.
 */
export function inDescription(words: readonly ChunkWord[], chunks: readonly Chunk[], at: number, before: number): boolean {
  for (let open = at - 1; open >= 1 && at - open <= 12; open--) {
    if (words[chunks[open].head].lower !== ',' || entitiesIn(words, chunks[open - 1]).length === 0) continue;
    const close = afterDescription(words, chunks.slice(open), before - open);
    if (close > 0) return open + close > at;
  }
  return false;
}

/** The chunks between the participants without adverbs, with a relative pronoun after the first skipped; undefined when a clause break or any other entity stands between them. */
export function normalizePath(words: readonly ChunkWord[], all: readonly Chunk[], isContext: (word: number) => boolean = () => false, secondPreposition = '', closedAfter = false, ownClass: (word: number) => boolean = () => false): { chunks: Chunk[]; adverbs: string[]; routes: number[] } | undefined {
  const chunks: Chunk[] = [];
  const routes: number[] = [];
  // "raises A, B and C": the second participant is a later member of a list of names; the earlier members go.
  let to = all.length;
  const listWord = (c: Chunk): boolean => isListWord(words, c);
  const nameOnly = (c: Chunk): boolean => isListMember(words, c);
  // "A and B raise C": for the pair A, C the other members of the subject list go too.
  let from = 0;
  // A list of plain noun phrases ends with "and"/"or" before its last member; commas alone may set off an
  // apposition instead ("CAFs, a stromal cell type, restrain X").
  const conjunction = (c: Chunk): boolean => ['and', 'or', 'nor', '/'].includes(joinWord(words, c));
  // A description opened by an article ("IL-11, a gp130 cytokine overexpressed in OSCC, activates X", "IL-6, an
  // inflammatory cytokine abundant in HCC, ...") may hold any entity, a participle or an adjective; the verb after
  // its closing comma is the first participant's (appositions.ts, the same construction for the frame reader).
  // Read before lists: its noun phrase is no later member of one.
  from = afterDescription(words, all, to);
  let members = from;
  while (from === 0 && members + 1 < all.length && listWord(all[members]) && nameOnly(all[members + 1])) members += 2;
  if (members > from && (conjunction(all[members - 2]) || all.slice(from, members).every((c) => c.kind !== 'NP' || isNameOnly(words, c)))) from = members;
  while (to >= 2 && listWord(all[to - 1])) {
    let k = to - 1;
    while (k > 0 && listWord(all[k - 1])) k--;
    if (k === 0 || !(isNameOnly(words, all[k - 1]) || (nameOnly(all[k - 1]) && conjunction(all[to - 1])))) break;
    to = k - 1;
  }
  // "promotes A and anti-apoptosis, migration and invasion, and angiogenesis" (cues.ts objectLists): in a list
  // that "and"/"or" closes, before the second participant or after it, the earlier members may be any noun
  // phrases (plain, a name's loss "anti-apoptosis", a name with its modifiers "primary tumour growth"), whatever
  // joins them.
  for (let end = to, closed = closedAfter || all.slice(to).some((c) => listWord(c) && conjunction(c)); end >= 2 && listWord(all[end - 1]); ) {
    let k = end - 1;
    while (k > 0 && listWord(all[k - 1])) k--;
    if (all.slice(k, end).some(conjunction)) closed = true;
    if (k === 0 || all[k - 1].kind !== 'NP') break;
    end = k - 1;
    if (closed) to = end;
  }
  // "STAT3, a transcription factor of the STAT family, drives X": an apposition after the first participant
  // (a noun phrase and its prepositional phrases between commas, no verb) describes it and goes.
  if (all[from] && words[all[from].head].lower === ',' && all[from + 1]?.kind === 'NP') {
    let close = from + 2;
    while (close < to && all[close].kind === 'PP') close++;
    const inside = all.slice(from + 1, close);
    const placesOnly = inside.every((c, n) => n === 0 || words.slice(c.from, c.to).every((w, m) => !w.entity || isContext(c.from + m)));
    if (close < to && words[all[close].head].lower === ',' && placesOnly) from = close + 1;
  }
  from = afterReducedRelative(words, all, from, to, routes);
  from = afterSharedByAdjective(words, all, from, to);
  // "X induces A but not B": the object denied after "but not" shares the verb, denied.
  const denied = deniedObject(words, all, from, to);
  if (denied) return { chunks: [denied], adverbs: [], routes: [] };
  from = sharedSubjectClause(words, all, from, to);
  from = pronounSubjectClause(words, all, from, to);
  // "IL-6, which stromal cells secrete, activates STAT3": a relative clause between commas after the first
  // participant describes it; the predicate after the closing comma is the first participant's own.
  if (all[from] && words[all[from].head].lower === ',' && all[from + 1]?.kind === 'O' && ['which', 'who'].includes(words[all[from + 1].head].lower)) {
    let close = from + 2;
    while (close < to && !(words[all[close].head].lower === ',' && all[close].kind === 'O')) {
      const word = words[all[close].head].lower;
      if (clauseBreakers.has(word) || [';', ':'].includes(word) || (all[close].kind === 'O' && ['which', 'that', 'who'].includes(word))) break;
      close++;
    }
    let next = close + 1;
    while (next < to && all[next].kind === 'ADVP') next++;
    if (close < to && close > from + 2 && words[all[close].head].lower === ',' && all[next]?.kind === 'VG') from = close + 1;
  }
  from = afterParenthetical(words, all, from, to, routes);
  // "Hypoxia can trigger EMT and thus impede metastasis": predicates joined by "and" share their subject; for
  // the pair subject-metastasis the first predicate goes.
  // The first predicate is short and plain: a relation verb and its object, no clause break, colon or pronoun;
  // or a passive and its phrases ("IL-11 has been observed in many tumours and is involved in metastasis").
  // A chain of such predicates ("X is overexpressed in A and contributes to B", "X mediates A, becomes activated in
  // B, and boosts C": cues.ts predicateChains) shares the subject too: the predicates pass over one by one, up to
  // the last before the second participant. A comma joins two only in a chain that "and"/"or" closes, and not before
  // a bare participle (", induced by Y," describes what precedes) unless the chain's first verb is a bare past form.
  const predicate = (c: Chunk | undefined): boolean => c?.kind === 'VG' && (groupTrigger(words[c.head].lower, c.lemma) !== undefined || c.passive === true);
  const bare = (c: Chunk): boolean => c.to === c.from + 1 && looksLikeParticiple(words[c.head].lower);
  // ("X is a frequent condition found in many tumours and is associated with Y": a copula and its class noun, with
  // a participle describing it, is a first predicate too, cues.ts predicateChains.)
  // ("X is not only a consequence of A, but also drives B": the adding word after the copula's "not" is passed, as the
  // chunker passes it in the group's denial, language/chunks.ts deniesOnlyExclusiveness; issue 7, stop 53.)
  const adding = (k: number): boolean => (all[k]?.kind === 'ADVP' || all[k]?.kind === 'O') && addingAfterNot.has(words[all[k].head].lower) && words[all[k].from - 1]?.lower === 'not';
  const copular = (k: number): boolean => {
    if (all[k]?.kind !== 'VG' || all[k].lemma !== 'be' || all[k].negated) return false;
    const noun = adding(k + 1) ? k + 2 : k + 1;
    return all[noun]?.kind === 'NP' && entitiesIn(words, all[noun]).length === 0;
  };
  // ("CAFs reside in the stroma and play a role in Y", "X is abundant in tumours and promotes Y": a first predicate
  // that only says what or where the subject is, its phrases naming nothing but settings, cues.ts predicateChains.)
  const placing = (k: number): boolean => {
    const verb = all[k];
    if (verb?.kind !== 'VG' || verb.negated || verb.passive || !(predicateChains.placingVerbs.has(verb.lemma) || (verb.lemma === 'be' && ['PP', 'ADJP'].includes(all[k + 1]?.kind ?? '')))) return false;
    // (A place or a condition, "in the HCC TME", "under hypoxia": where the subject is, never a participant here.)
    for (let c = k + 1; c < to && ['NP', 'PP', 'ADJP', 'ADVP'].includes(all[c].kind); c++) if (!entitiesIn(words, all[c]).every((w) => isContext(w) || words[w].place === true || words[w].condition === true)) return false;
    return true;
  };
  const firstVerb = all[from];
  let start = from;
  for (let link = 0; (predicate(all[start]) || copular(start) || (link === 0 && placing(start))) && link < predicateChains.links; link++) {
    const moved = nextPredicate(start);
    if (moved === start) break;
    from = moved;
    start = moved;
    while (start < to && all[start].kind === 'ADVP') start++;
  }
  function nextPredicate(at: number): number {
    for (let k = at + 1; k < Math.min(to, at + predicateChains.span); k++) {
      const word = words[all[k].head].lower;
      // "not only activates X but also induces Y": "but also" joins the predicates as "and" does.
      const butAlso = word === 'but' && all[k + 1]?.kind === 'ADVP' && words[all[k + 1].head].lower === 'also';
      // ("activated STAT3 but lowered MMP-9": "but" joins two predicates of the subject too.)
      if (adding(k)) continue;
      if (all[k].kind === 'O' && !['and', 'or', ',', 'but'].includes(word) && !butAlso) return at;
      if (all[k].kind === 'VG' && !(copular(at) && k === at + 2 && bare(all[k]))) return at;
      let next = k + 1;
      while (next < to && all[next].kind === 'ADVP') next++;
      const comma = all[k].kind === 'O' && word === ',' && all[next]?.kind === 'VG' && !(all[k + 1]?.kind === 'O' && ['and', 'or'].includes(words[all[k + 1].head].lower));
      if (comma) {
        // The chain must close with "and"/"or" before a later verb group, inside the span between the participants.
        const closed = all.slice(next + 1, to).some((c, n, rest) => c.kind === 'O' && ['and', 'or'].includes(words[c.head].lower) && rest.slice(n + 1).find((d) => d.kind !== 'ADVP')?.kind === 'VG');
        const participle = bare(all[next]) && !(firstVerb.to === firstVerb.from + 1 && /ed$/.test(words[firstVerb.head].lower));
        return closed && !participle && next < to ? k + 1 : at;
      }
      if (all[k].kind !== 'O' || (!['and', 'or', 'but'].includes(word) && !butAlso)) continue;
      // ("is phosphorylated and activated by Y": a participle sharing the passive's agent is no predicate of its own.)
      const sharesAgent = all[at].passive === true && all[next]?.to === all[next]?.from + 1 && ((all[next + 1]?.kind === 'PP' && all[next + 1].lemma === 'by') || (next + 1 === to && secondPreposition === 'by'));
      return next < to && all[next].kind === 'VG' && !sharesAgent ? k + 1 : at;
    }
    return at;
  }
  const between = all.slice(from, Math.max(from, to));
  const adverbs: string[] = [];
  const entitiesOf = (c: Chunk): number[] => entitiesIn(words, c);
  const route = (c: Chunk | undefined): boolean => c?.kind === 'PP' && ['via', 'through'].includes(c.lemma) && entitiesOf(c).length > 0;
  // The last chunk read as context, and whether the first verb has come yet.
  let context = -2;
  let verbSeen = false;
  // Chunks already read with the one before them (a participle joined to a passive).
  const skipped = new Set<number>();
  // The next verb's relation is denied by the capacity before it ("was unable to induce").
  let denyNext = false;
  for (const [k, c] of between.entries()) {
    const lower = words[c.head].lower;
    verbSeen ||= c.kind === 'VG';
    // "IL-11 stimulation for 24 h raised X", "IL-6 at 10 ng/ml raised X": a time or dose before the verb, a phrase
    // without an entity (and its unit after "/"), is an adjunct of the subject.
    if (!verbSeen && c.kind === 'PP' && entitiesOf(c).length === 0 && c.to > c.from + 1 && !['by', 'than', 'as'].includes(c.lemma)) {
      if (words[between[k + 1]?.head ?? -1]?.lower === '/' && between[k + 2]?.kind === 'NP' && entitiesOf(between[k + 2]).length === 0) context = k + 2;
      continue;
    }
    if (k <= context) continue;
    // "IL-6, via STAT3, suppresses X": a route named between subject and verb is the claim's route.
    if (route(c)) {
      routes.push(...entitiesOf(c));
      continue;
    }
    const ruledOut = (d: Chunk | undefined): boolean => d?.kind === 'PP' && d.lemma === 'than' && words[between[between.indexOf(d) - 1]?.head ?? -1]?.lower === 'rather';
    if (lower === ',' && (route(between[k + 1]) || route(between[k - 1]) || ruledOut(between[k - 1]))) continue;
    // "via p-STAT3 rather than p-STAT1": the alternative ruled out is no participant.
    if (c.kind === 'ADVP' && lower === 'rather' && between[k + 1]?.kind === 'PP' && between[k + 1].lemma === 'than') continue;
    if (ruledOut(c)) continue;
    // "IL-6 in liver cancer cells raises X": a place or condition between them is the sentence's context.
    // ("in response to X" is a compound preposition, not a place: the row names it.)
    if (c.kind === 'PP' && ['in', 'within', 'under', 'during', 'among', 'around', 'inside', 'near'].includes(c.lemma) && entitiesOf(c).every(isContext) && !(k === between.length - 1 && secondPreposition === 'to')) {
      context = k;
      continue;
    }
    // "in the serum of OSCC patients": the places of a place.
    if (context === k - 1 && c.kind === 'PP' && c.lemma === 'of' && entitiesOf(c).every(isContext)) {
      context = k;
      continue;
    }
    // "growth inhibition of NSCLC cells was seen after X": the cells whose change it is, right after it; "invasion
    // by cancer cells", "IL-6 from CAFs": the cells that do it or make it.
    if (k === 0 && c.kind === 'PP' && ['of', 'by', 'from'].includes(c.lemma) && entitiesOf(c).length > 0 && entitiesOf(c).every(isContext)) continue;
    // "CAFs protected HCC cells from apoptosis": the cells a verb acts on are the setting, a plain noun phrase.
    if (c.kind === 'NP' && entitiesOf(c).length > 0 && entitiesOf(c).every(isContext) && between[k - 1]?.kind === 'VG') {
      chunks.push(c);
      continue;
    }
    // "IL-6 is a pleiotropic cytokine with roles in Y" (cues.ts 'a class with roles in'): the noun the copula makes
    // of the first participant may name its own class (cues.ts classHeads), an entity of its own.
    const copulaBefore = chunks.length === 1 && chunks[0].kind === 'VG' && chunks[0].lemma === 'be' && !chunks[0].negated;
    if (copulaBefore && c.kind === 'NP' && entitiesOf(c).length > 0 && entitiesOf(c).every(ownClass)) {
      chunks.push(c);
      continue;
    }
    if (words.slice(c.from, c.to).some((w) => w.entity)) return stop('another entity between');
    if (clauseBreakers.has(lower) || [';', ':', 'whether', 'if', 'than'].includes(lower)) return stop('a clause break between');
    if (c.kind === 'ADVP') {
      adverbs.push(lower);
      continue;
    }
    // ", which activates", "that drives": the relative pronoun stands for the first participant.
    if (c.kind === 'O' && ((k === 0 && lower === ',' && ['which', 'that'].includes(words[between[1]?.head ?? -1]?.lower ?? '')) || (k <= 1 && (lower === 'which' || lower === 'that')))) continue;
    // "X is a mechanism that promotes Y" (cues.ts classRelatives): the class noun the copula makes of the first
    // participant is the relative's subject; the relative's verb is the first participant's own.
    // ("X is a transcription factor, which is activated by Y": set off by a comma, the relative describes it too.)
    const [copula, kind] = chunks.slice(-2);
    // ("X has been shown to be a population that drives Y", "X appears to be a factor that ...": a group that ends in
    // "be" is a copula, as pathMatches reads it; issue 7, stop 48.)
    const classNoun = chunks.length === 2 && copula.kind === 'VG' && (copula.lemma === 'be' || words[copula.to - 1].lemma === 'be') && !copula.negated && kind.kind === 'NP' && !words.slice(kind.from, kind.to).some((w) => w.entity);
    if (classNoun && c.kind === 'O' && lower === ',' && classRelatives.pronouns.has(words[between[k + 1]?.head ?? -1]?.lower ?? '') && between[k + 2]?.kind === 'VG') continue;
    if (classNoun && c.kind === 'O' && classRelatives.pronouns.has(lower) && between[k + 1]?.kind === 'VG') {
      chunks.length = 0;
      continue;
    }
    // Issue 7 (stop 33, h-w10b33): "X activates signalling pathways that lead to Y", "X switches on programmes that
    // drive Y": what the first participant sets going (a noun phrase with no name in it) does what the relative's
    // verb says, so that verb is the first participant's, as after a copula. Only a verb that raises: "X blocks
    // pathways that drive Y" would turn the relation round, which this reading does not do.
    const starts = chunks.length === 2 && copula.kind === 'VG' && copula.lemma !== 'be' && !copula.negated && kind.kind === 'NP' && !words.slice(kind.from, kind.to).some((w) => w.entity);
    // (The verb group may run on into the noun, "[activates signalling] [pathways]": its first relation verb counts.)
    const raises = starts && words.slice(copula.from, copula.to).some((w) => { const found = verbTrigger(w.lower); return found !== undefined && signOf(found) === 1; });
    // (A denied relative verb, "X activates pathways that do not promote Y", says nothing of X on Y: what X sets
    // going fails to act, which neither raises nor lowers Y; read as "X does not promote Y" it was a false denial.)
    if (raises && c.kind === 'O' && classRelatives.pronouns.has(lower) && between[k + 1]?.kind === 'VG' && between[k + 1].negated) return stop('a denied verb in the relative after what the first participant sets going');
    if (raises && c.kind === 'O' && classRelatives.pronouns.has(lower) && between[k + 1]?.kind === 'VG') {
      chunks.length = 0;
      continue;
    }
    // "is phosphorylated and activated by Y" (cues.ts coordinatedPassives): a passive and a participle joined by
    // "and" share the auxiliary and the agent; the last verb names the relation, when the two agree in sign.
    const passive = chunks[chunks.length - 1];
    const participle = between[k + 1];
    if (c.kind === 'O' && ['and', 'or'].includes(lower) && passive?.kind === 'VG' && passive.passive === true && !passive.negated && participle?.kind === 'VG' && participle.to === participle.from + 1 && /ed$/.test(words[participle.head].lower) && ((between[k + 2]?.kind === 'PP' && between[k + 2].lemma === 'by') || (k + 2 === between.length && secondPreposition === 'by'))) {
      const signs = [passive, participle].map((v) => { const found = groupTrigger(words[v.head].lower, v.lemma); return found ? signOf(found) : undefined; });
      if (signs[0] !== undefined && signs[1] !== undefined && signs[0] !== signs[1]) return stop('coordinated passives of opposite sign');
      chunks[chunks.length - 1] = { ...participle, passive: true };
      skipped.add(k + 1);
      continue;
    }
    if (skipped.has(k)) continue;
    // "is necessary and sufficient for Y": adjectives joined by "and" after a copula say it of the same Y; the
    // first stands for both (a row or the lexicon reads it).
    if (c.kind === 'O' && ['and', 'or'].includes(lower) && chunks[chunks.length - 1]?.kind === 'ADJP' && between[k + 1]?.kind === 'ADJP' && between[k + 2]?.kind !== 'VG') {
      skipped.add(k + 1);
      continue;
    }
    if (c.kind === 'O') return stop(`a function word between (${lower === ',' ? 'comma' : 'other'})`);
    // "is able to reduce", "was sufficient to induce", "has the capacity to activate" (cues.ts capacityWords): the
    // verb after the adjective or noun of capacity carries the relation; the capacity denied ("is not able to",
    // "was unable to", "lacks the ability to") denies it.
    const next = between[k + 1];
    const before = chunks[chunks.length - 1];
    const capacity = c.kind === 'ADJP' ? capacityWords.adjectives.get(lower) : c.kind === 'NP' && entitiesOf(c).length === 0 && before?.kind === 'VG' && capacityWords.holders.has(before.lemma) ? capacityWords.nouns.get(lower) : undefined;
    if (capacity !== undefined && next?.kind === 'VG' && words[next.from].lower === 'to') {
      if (before?.kind === 'VG' && (before.lemma === 'be' || (c.kind === 'NP' && capacityWords.holders.has(before.lemma)))) {
        chunks.pop();
        denyNext = before.negated === true || capacityWords.lacking.has(before.lemma);
      }
      if (capacity === 'denied') denyNext = true;
      continue;
    }
    chunks.push(denyNext && c.kind === 'VG' ? { ...c, negated: true } : c);
    denyNext = false;
  }
  return { chunks, adverbs, routes };
}

/**
 * Issue 7, stop 45: "Proinflammatory cytokines associated with chronic inflammation do not rise during exercise": a
 * participle of association right after the first participant, with no copula, and then the clause's own verb after
 * the second participant's phrase (past adverbs and a bracketed aside, "(e.g., TNF)"). The participle describes the
 * subject, as "IL-6 secreted by CAFs" does (`afterReducedRelative`); it is no finding of the sentence, whose claim is
 * what its own verb says (extract.ts reads the same words so; vocabulary.ts associationParticiples). Before, with
 * that verb reading nothing, the description was the sentence's only claim and a finding on the pair made it supported.
 */
export function associationDescribesSubject(words: readonly ChunkWord[], chunks: readonly Chunk[], between: readonly Chunk[], secondLast: number): boolean {
  const [verb] = between;
  if (between.length !== 1 || verb.kind !== 'VG' || verb.passive || verb.negated || verb.to !== verb.from + 1 || !associationParticiples.has(words[verb.head].lower)) return false;
  let k = secondLast + 1;
  for (let depth = 0; k < chunks.length; k++) {
    const c = chunks[k];
    const word = words[c.head].lower;
    if (c.kind === 'O' && word === '(') depth++;
    else if (c.kind === 'O' && word === ')') depth--;
    else if (depth === 0 && c.kind !== 'ADVP') break;
  }
  return chunks[k]?.kind === 'VG';
}

/**
 * "The hypoxic microenvironment common to tumour cells is a factor in Y", "hypoxia typical of solid tumours drives
 * Y": an adjective of what a thing is common to (typical of, characteristic of) right after the first participant,
 * with its prepositional phrases, describes it, and the verb after them is the first participant's own, as after a
 * reduced relative (issue 7, stop 52: the path stopped at the adjective, and the name inside its phrase was read as
 * the agent). Returns where the path starts.
 */
function afterSharedByAdjective(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number): number {
  const c = all[from];
  if (c?.kind !== 'ADJP' || c.to !== c.from + 1 || !sharedByAdjectives.has(words[c.head].lower)) return from;
  let k = from + 1;
  while (k < to && all[k].kind === 'PP') k++;
  if (k === from + 1 || !['to', 'of', 'in', 'among'].includes(words[all[from + 1].from].lower)) return from;
  while (k < to && all[k].kind === 'ADVP') k++;
  return k < to && all[k].kind === 'VG' ? k : from;
}
const sharedByAdjectives: ReadonlySet<string> = new Set(['common', 'typical', 'characteristic', 'peculiar', 'inherent', 'intrinsic', 'endemic', 'prevalent', 'ubiquitous']);

/**
 * "IL-6 secreted by CAFs promotes X", "ATF3 induced by sorafenib upregulates IL-6R", "IL-11 produced under
 * hypoxia drives invasion": a participle right after the first participant, with its prepositional phrases, is a
 * reduced relative clause that describes it; the verb after them is the first participant's own. The entities in
 * those phrases are no participants of this pair. Returns where the path starts.
 */
function afterReducedRelative(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number, routes: number[]): number {
  const c = all[from];
  // ("using small interfering RNA": a present participle whose object's modifiers the chunker took into its group.)
  const presentWithModifiers = c?.kind === 'VG' && c.to > c.from + 1 && /ing$/.test(words[c.from].lower) && !['being', 'having'].includes(words[c.from].lower) && words.slice(c.from + 1, c.to).every((w) => w.pos === 'ADJ' || w.pos === 'ADV' || /ing$/.test(w.lower));
  if (c?.kind !== 'VG' || c.passive || c.negated || (c.to !== c.from + 1 && !presentWithModifiers) || !/(?:ed|en|ing)$/.test(words[c.head].lower) && !looksLikeParticiple(words[c.head].lower)) return from;
  // ("STAT3 knockdown using siRNA reduced X", "IL-11 acting via gp130 raises X": a present participle too, and
  // its object; a route among its phrases is the claim's route.)
  let k = from + 1;
  const found: number[] = [];
  // ("knockdown of X using siRNA or a neutralizing antibody": the present participle's objects may be a list of
  // means, noun phrases without an entity joined by "or"/"and".)
  const meansMember = (k: number): boolean => k > from + 1 && all[k - 1].kind === 'NP' && ['or', 'and'].includes(joinWord(words, all[k])) && all[k + 1]?.kind === 'NP' && entitiesIn(words, all[k + 1]).length === 0;
  while (k < to && (all[k].kind === 'PP' || (all[k].kind === 'NP' && /ing$/.test(words[c.head].lower)) || (/ing$/.test(words[c.head].lower) && isListWord(words, all[k]) && meansMember(k)))) {
    if (all[k].kind === 'PP' && ['via', 'through'].includes(all[k].lemma)) found.push(...entitiesIn(words, all[k]));
    k++;
  }
  const phrases = k - from - 1;
  while (k < to && all[k].kind === 'ADVP') k++;
  if (phrases === 0 || k >= to || all[k].kind !== 'VG' || (all[k].to === all[k].from + 1 && looksLikeParticiple(words[all[k].head].lower) && !/ed$/.test(words[all[k].head].lower))) return from;
  routes.push(...found);
  return k;
}

/**
 * "IL-11, in turn, activates STAT3", "X, acting through Y, raises Z", "X, secreted by stromal cells, activates Z",
 * "X, like Y, activates Z", "X, but not Y, raised Z", "X, the master regulator of Y, induces Z": a parenthetical
 * between commas right after the first participant ends at the closing comma, and the verb after it is the first
 * participant's. It holds phrases, adverbs and participles ("secreted", "acting"), "but not", never a finite verb or
 * a clause break; the entities in it are no participants, a route among them ("X, mainly via Y, ...") is the
 * claim's route. Returns where the path starts: after the closing comma, or `from` when there is none.
 */
function afterParenthetical(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number, routes: number[]): number {
  const comma = (c: Chunk | undefined): boolean => c?.kind === 'O' && words[c.head].lower === ',';
  if (!comma(all[from])) return from;
  const participle = (c: Chunk): boolean => c.to === c.from + 1 && (/(?:ed|en|ing)$/.test(words[c.head].lower) || looksLikeParticiple(words[c.head].lower));
  const denial = (c: Chunk): boolean => c.negated === true && c.to === c.from + 1;
  let close = from + 1;
  // "X, however, failed to ...": a sentence adverb alone between commas joins nothing and breaks no clause.
  if (comma(all[from + 2]) && parentheticalAdverbs.has(words[all[from + 1].head].lower)) close = from + 2;
  for (; close < to && !comma(all[close]); close++) {
    const c = all[close];
    const word = words[c.head].lower;
    // "X, through A and B, raises Y": a route may name a list.
    // ("X, both in vitro and in vivo, raises Y": "both" or "either" before the coordinated phrases.)
    const fits = c.kind === 'PP' || c.kind === 'ADVP' || c.kind === 'NP' || c.kind === 'ADJP' || (c.kind === 'VG' && (participle(c) || denial(c))) || (c.kind === 'O' && ['but', 'together', '/', 'and', 'or', 'both', 'either'].includes(word));
    // "X, but not Y, raised Z": the name excluded between commas is set aside, no clause of its own.
    const excluding = word === 'but' && all[close + 1] !== undefined && denial(all[close + 1]);
    if (!fits || (clauseBreakers.has(word) && !excluding)) return from;
  }
  let next = close + 1;
  while (next < to && all[next].kind === 'ADVP') next++;
  if (close >= to || close === from + 1 || all[next]?.kind !== 'VG' || participle(all[next]) && !/ed$/.test(words[all[next].head].lower)) return from;
  let route = false;
  for (let k = from + 1; k < close; k++) {
    const c = all[k];
    if (c.kind === 'PP') route = ['via', 'through'].includes(c.lemma);
    // "through gp130 and STAT3": the later members of the route's list are routes too.
    // ("via tumour promoting signals": a name before a participle and its noun modifies them; it is no route.)
    const modifier = all[k + 1]?.kind === 'VG' && all[k + 1].to === all[k + 1].from + 1 && all[k + 2]?.kind === 'NP';
    if (route && modifier) route = false;
    if (route && (c.kind === 'PP' || (c.kind === 'NP' && isNameOnly(words, c)))) routes.push(...entitiesIn(words, c));
    else if (c.kind !== 'O') route = false;
  }
  return close + 1;
}

/** Sentence adverbs set off by commas inside a clause: "IL-11, however, failed to induce MMP-3". */
const parentheticalAdverbs = new Set(['however', 'therefore', 'thus', 'moreover', 'furthermore', 'indeed', 'nevertheless', 'nonetheless', 'though', 'also', 'consequently', 'hence', 'importantly', 'notably', 'interestingly', 'surprisingly', 'likewise', 'similarly', 'accordingly']);

/**
 * "Hypoxia raised SNAI1 levels but not cell migration": the verb group of the first predicate, denied, when the
 * second participant follows "but not" (or "and not") after that predicate's plain object.
 */
function deniedObject(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number): Chunk | undefined {
  const verb = all[from];
  if (verb?.kind !== 'VG' || verb.negated || to - from < 3) return undefined;
  const not = all[to - 1];
  if (not.kind !== 'VG' || not.to !== not.from + 1 || !['not', 'never'].includes(words[not.head].lower)) return undefined;
  let k = to - 2;
  while (k > from && all[k].kind === 'ADVP') k--;
  if (all[k].kind !== 'O' || !['but', 'and'].includes(words[all[k].head].lower)) return undefined;
  const object = all.slice(from + 1, k);
  if (object.length === 0 || object.some((c) => c.kind !== 'NP' && c.kind !== 'PP' && c.kind !== 'ADVP' && !(c.kind === 'O' && [',', 'and', 'or'].includes(words[c.head].lower)))) return undefined;
  return { ...verb, negated: true };
}

/**
 * Issue 7 (h-actor29b): "EMT is a complex process, and it plays a role in metastasis", "since IL-11 acts on bone,
 * it drives tumour growth", "A and B regulate motility, and they promote invasion": a clause whose subject is "it"
 * (or "they" after a list of names) takes the first participant as its subject when the clause before it is that
 * participant's own (its verb follows the participant, no other name and no other function word stands in it) and
 * it ends with the comma before the pronoun. The number must agree: "they" only after a list, "it" only after one
 * name. The predicate after the pronoun is then read as the first participant's. An affirming lead-in may stand
 * before the pronoun ("..., and there is growing evidence that it drives Y": afterEvidentialLead, stop 50).
 */
function pronounSubjectClause(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number): number {
  if (all[from]?.kind !== 'VG') return from;
  const lower = (c: Chunk | undefined): string => (c && c.to === c.from + 1 ? words[c.head].lower : '');
  const list = all.slice(0, from).some((c) => c.kind === 'O' && ['and', 'or'].includes(lower(c)));
  for (let k = from + 1; k < to; k++) {
    const c = all[k];
    if (c.kind !== 'O') continue;
    if (lower(c) !== ',') return from;
    let p = k + 1;
    if (all[p]?.kind === 'O' && ['and', 'but'].includes(lower(all[p]))) p++;
    p = afterEvidentialLead(words, all, p, to);
    const pronoun = all[p]?.kind === 'O' ? lower(all[p]) : '';
    if (pronoun !== (list ? 'they' : 'it')) return from;
    let verb = p + 1;
    while (verb < to && all[verb].kind === 'ADVP') verb++;
    return verb < to && all[verb].kind === 'VG' ? verb : from;
  }
  return from;
}

/**
 * Issue 7 (stop 50, h-actor50): "X is a protein kinase, and there is growing evidence that it suppresses Y", "..., and
 * studies have shown that it drives Y": a lead-in that only vouches for the clause after it (evidence, studies or
 * reports that affirm it, or "it is known that") stands between the comma and the pronoun, and the pronoun's clause
 * is read as without it. Only an affirming lead-in: "there is no (little, conflicting) evidence that it ...", "studies
 * have not shown that", "it is unclear whether" match nothing here, so their clause keeps no subject. Returns the
 * chunk after the lead-in's "that", or `p` when no lead-in stands there.
 */
function afterEvidentialLead(words: readonly ChunkWord[], all: readonly Chunk[], p: number, to: number): number {
  const lead: string[] = [];
  for (let k = p; k < to && lead.length <= 10; k++) {
    const c = all[k];
    for (let w = c.from; w < c.to; w++) lead.push(words[w].lower);
    if (c.kind === 'O' && c.to === c.from + 1 && words[c.head].lower === 'that') return evidentialLead.test(lead.join(' ')) ? k + 1 : p;
  }
  return p;
}
const evidenceGrade = String.raw`(?:(?:now|growing|increasing|mounting|accumulating|emerging|strong|ample|considerable|compelling|convincing|substantial|clear|further|recent|experimental|clinical)\s+)*`;
const evidentialLead = new RegExp(
  String.raw`^(?:there\s+(?:is|are|has\s+been|have\s+been)\s+${evidenceGrade}evidence` +
    String.raw`|${evidenceGrade}evidence\s+(?:suggests|indicates|shows|has\s+shown|demonstrates|has\s+demonstrated)` +
    String.raw`|(?:(?:several|many|recent|previous|earlier|our|these|other)\s+)*(?:studies|data|reports|findings|experiments)\s+(?:have\s+|has\s+)?(?:show|shown|showed|suggest|suggested|indicate|indicated|demonstrate|demonstrated|reveal|revealed|establish|established)` +
    String.raw`|it\s+(?:is|has\s+been)\s+(?:now\s+|well\s+|widely\s+)?(?:known|established|shown|reported|demonstrated|accepted))\s+that$`,
);

/**
 * "X raises Y by inducing Z", "X activates Y, thereby inducing Z": when the second participant is the object of a
 * gerund of a means or consequence clause (cues.ts sharedSubjectClauses) after the first participant's own
 * predicate, the path starts at that gerund. The predicate passed over is plain: a verb group that is not
 * denied, its objects and prepositional phrases, commas and "and"; any other word (a clause break, "that",
 * "which") keeps the path whole, so the reading stays as strict as before.
 */
function sharedSubjectClause(words: readonly ChunkWord[], all: readonly Chunk[], from: number, to: number): number {
  const main = all[from];
  if (main?.kind !== 'VG' || main.negated) return from;
  const listWord = (c: Chunk): boolean => c.kind === 'O' && [',', 'and', 'or'].includes(words[c.head].lower);
  // Any gerund may open the chain ("by loosening contacts and inducing EMT"); the cue rows still ask the one
  // before the second participant to be a relation verb.
  const gerund = (c: Chunk | undefined): boolean => c?.kind === 'VG' && !c.negated && /ing$/.test(words[c.head].lower);
  const opens = (k: number): boolean => {
    const c = all[k];
    return sharedSubjectClauses.some((clause) => {
      const openers = clause.opener.split('|');
      if (c.kind === 'PP' && c.to === c.from + 1 && openers.includes(c.lemma)) return gerund(all[k + 1]);
      if (c.kind !== 'O' || !openers.includes(words[c.head].lower)) return false;
      const adverb = all[k + 1]?.kind === 'ADVP' && clause.adverbs.split('|').includes(words[all[k + 1].head].lower);
      return gerund(all[k + (adverb ? 2 : 1)]);
    });
  };
  // "Hypoxia is a frequent state found in solid tumours, leading to Y": a reduced relative on a noun of the predicate,
  // a lone participle that names no relation ("found", "seen", "encountered") between a noun phrase and its
  // preposition, says where the noun is met, and is passed over as the noun's phrases are (issue 7, stop 54: the
  // participle kept the path whole and the consequence was left unread).
  const reducedRelative = (k: number): boolean => {
    const c = all[k];
    const word = words[c.head].lower;
    return c.kind === 'VG' && c.to === c.from + 1 && !c.negated && !/ing$/.test(word) && looksLikeParticiple(word) && verbTrigger(word) === undefined && all[k - 1]?.kind === 'NP' && all[k + 1]?.kind === 'PP';
  };
  for (let k = from + 1; k < to; k++) {
    const c = all[k];
    if (!opens(k)) {
      if ((c.kind === 'VG' && !reducedRelative(k)) || (c.kind === 'O' && !listWord(c))) return from;
      continue;
    }
    // The chain of gerunds after the opener: the last one before the second participant is its verb.
    let last = -1;
    for (let g = k + 1; g < to; g++) {
      const d = all[g];
      if (gerund(d)) last = g;
      else if (d.kind === 'VG' || (d.kind === 'O' && !listWord(d))) return from;
    }
    return last >= 0 ? last : from;
  }
  return from;
}

/** relationSign, none (undefined) for a relation with no sign. */
export function signOf(relation: ClaimRelation): 1 | -1 | undefined {
  return relationSign(relation) || undefined;
}
