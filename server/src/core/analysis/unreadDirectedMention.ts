// A precision guard (issue 7, stop 54): a named molecule or process that a verb of directed change acts on, which no
// claim the reader made takes in. "X binds Y and was shown to block Z", "A promotes B; its mechanism is to suppress
// C", "first known for inhibiting the Z cascade, X was later found to target Y": the reader read one claim of the
// sentence and left a second predicate unread, and that predicate is as much what the sentence says as the one read.
// A finding backing the read claim is then no evidence for the sentence (the unread predicate may run against the
// library; the historical false SUPPORTED of the studied sets' first opening had three such rows, each an unread
// predicate whose direction had been turned). analyzeBlock.ts turns such a supported sentence into no evidence.
// The test is plain data: the sentence's tokens (a mention is one token), the claims' participants, and two word
// classes below: the verbs (any word claims/vocabulary.ts reads as a signed relation's trigger) and the words that may
// stand between the verb and the mention ("block the Z pathway", "suppress its Z"). A mention any claim holds as its
// subject, object, mediator, context or rival is read; so is one in brackets after a read mention (an abbreviation).
import type { EntityMention } from '../entities/recognize';
import { tokenize, type Token } from '../claims/tokens';
import { verbTrigger } from '../claims/vocabulary';
import { relationSign } from '../kb/schema';
import type { ExtractedClaim } from '../claims/extract';

/** Words that may stand between a verb of directed change and the mention it acts on: determiners and quantities. */
export const betweenVerbAndMention: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'this', 'these', 'that', 'those', 'both', 'all', 'any', 'further', 'also', 'directly', 'strongly', 'markedly', 'significantly',
]);

/**
 * Words that make the verb's clause a side remark or a rival's view, whose unread predicate the guideline does not
 * count against the main claim: a relative word ("a compound that inhibits Z"), a concession or contrast ("although X
 * was thought to suppress Z, ..."), a view set aside ("claimed", "predicted"). Looked for from the clause's start
 * (the last comma, semicolon or colon before the verb) to the verb.
 */
export const sideClauseWords: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whose', 'although', 'though', 'whereas', 'while', 'but', 'unlike', 'claimed', 'thought', 'believed', 'predicted', 'expected', 'if', 'whether',
]);

/** Words joining a predicate to one before it, or giving it as an example of one before it. */
const coordinators: ReadonlySet<string> = new Set(['and', 'or', 'including']);

/** How many words may stand between the verb and the mention. */
const maxBetween = 2;

/** The unread mention a verb of directed change acts on (its verb and the mention), or undefined. */
export function unreadDirectedMention(text: string, start: number, end: number, mentions: readonly EntityMention[], claims: readonly ExtractedClaim[]): { verb: string; mention: EntityMention } | undefined {
  const read: { start: number; end: number }[] = [];
  for (const c of claims) read.push(c.subject, c.object, ...c.mediators, ...c.context, ...(c.comparedWith ? [c.comparedWith] : []));
  const isRead = (m: EntityMention): boolean => read.some((r) => r.start < m.end && m.start < r.end) || claims.some((c) => c.subject.entityId === m.entityId || c.object.entityId === m.entityId) && inBrackets(text, m);
  const tokens = tokenize(text, start, end, mentions);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'entity' || !t.mention || isRead(t.mention)) continue;
    for (let j = i - 1, between = 0; j >= 0 && between <= maxBetween; j--) {
      const w = tokens[j];
      if (w.kind !== 'word') break;
      const relation = verbTrigger(w.lower);
      if (relation !== undefined && relationSign(relation) !== 0) {
        if (predicateOfItsOwn(tokens, j, isRead)) return { verb: w.text, mention: t.mention };
        break;
      }
      if (!betweenVerbAndMention.has(w.lower)) break;
      between++;
    }
  }
  return undefined;
}

/**
 * Whether the verb at `v` heads a predicate of its own on the mention at `m`: an infinitive ("to block Z") or a
 * gerund ("inhibiting the Z cascade"), not a modifier ("Z-induced", "the tumour-promoting Z", "elevated Z"), not an
 * opening purpose ("To activate Z, ..."), and not in a side clause (sideClauseWords).
 */
function predicateOfItsOwn(tokens: readonly Token[], v: number, read: (m: EntityMention) => boolean): boolean {
  const verb = tokens[v];
  if (verb.hyphenBefore || verb.hyphenAfter) return false;
  const before = tokens[v - 1];
  const infinitive = before?.kind === 'word' && before.lower === 'to';
  // An infinitive in its base form ("owing to increased Z" is a participle); a gerund not describing ("with increasing Z").
  if (infinitive ? verb.lower.endsWith('ed') : !verb.lower.endsWith('ing') || before?.lower === 'with') return false;
  // A fronted means or addition, "By activating Z, X ...", "Besides raising Z, X ...": a route or a side remark of the
  // main clause after it (extract.ts reads the means).
  if (!infinitive && v === 1 && before?.kind === 'word') return false;
  // A closing participle right after a comma, "X leads to Y, causing Z": the result of the clause before it, a side
  // remark the guideline leaves to its own diagnostic (the seed's own background sentence was made no evidence).
  if (!infinitive && before?.kind === 'punct' && before.text === ',') return false;
  let k = v - 1;
  while (k >= 0 && !(tokens[k].kind === 'punct' && /[,;:]/.test(tokens[k].text))) k--;
  if (infinitive && k === v - 2 && (k < 0 || tokens[k].text.includes(','))) return false;
  for (let q = k + 1; q < v; q++) if (tokens[q].kind === 'word' && sideClauseWords.has(tokens[q].lower)) return false;
  // A predicate joined to one the reader read before it ("promoting A and inhibiting Z", "raising A as well as
  // facilitating Z", "X drives A through several routes, including stimulating Z"): the order of two predicates decides nothing (analyzeBlock coordinatedPredicateVerdict), the
  // unread one is a side remark of the read one.
  const joined = before?.kind === 'word' && (coordinators.has(before.lower) || (before.lower === 'as' && tokens[v - 2]?.lower === 'well'));
  if (joined && tokens.slice(0, v).some((t) => t.kind === 'entity' && t.mention !== undefined && read(t.mention))) return false;
  // Examples of a read claim ("X drives Y through several routes, including stimulating A, promoting Z, ..."): a
  // gerund after an example word that follows a read mention is one of the examples, a side remark.
  const example = tokens.slice(0, v).findIndex((t) => t.kind === 'word' && t.lower === 'including');
  if (!infinitive && example > 0 && tokens.slice(0, example).some((t) => t.kind === 'entity' && t.mention !== undefined && read(t.mention))) return false;
  // A gerund in a series whose earlier gerund the reader read ("by supporting A, promoting Z, and by ..."): the same.
  if (!infinitive && tokens.slice(0, v).some((t, q) => t.kind === 'word' && t.lower.endsWith('ing') && actsOnRead(tokens, q, read))) return false;
  return true;
}

/** Whether the signed verb at `v` acts on a mention the reader read, at most maxBetween words after it. */
function actsOnRead(tokens: readonly Token[], v: number, read: (m: EntityMention) => boolean): boolean {
  const relation = verbTrigger(tokens[v].lower);
  if (relation === undefined || relationSign(relation) === 0) return false;
  for (let j = v + 1, between = 0; j < tokens.length && between <= maxBetween; j++) {
    const t = tokens[j];
    if (t.kind === 'entity') return t.mention !== undefined && read(t.mention);
    if (t.kind !== 'word' || !betweenVerbAndMention.has(t.lower)) return false;
    between++;
  }
  return false;
}

/** Whether a mention stands in brackets: "(IL-6R)" restating a name read before it. */
function inBrackets(text: string, m: EntityMention): boolean {
  return text.slice(Math.max(0, m.start - 2), m.start).includes('(') && text.slice(m.end, m.end + 2).includes(')');
}
