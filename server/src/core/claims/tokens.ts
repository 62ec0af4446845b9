// Splits a sentence into the tokens claim extraction works on: entity mentions (one token each, however
// many words they span), words, and the punctuation that matters for phrase structure. Each token knows
// whether a hyphen ties it to its neighbour, which is how "IL-11-induced" and "anti-IL-11" are read.
import type { EntityMention } from '../entities/recognize';

export interface Token {
  kind: 'entity' | 'word' | 'punct';
  start: number;
  end: number;
  text: string;
  lower: string;
  mention?: EntityMention;
  /** Attached to the previous token by a hyphen with no space: the "induced" of "IL-11-induced". */
  hyphenBefore: boolean;
  hyphenAfter: boolean;
}

const wordAt = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-‐‑][\p{L}\p{N}]+(?:['’][\p{L}]+)?)*/uy;
const hyphens = new Set(['-', '‐', '‑']);
const meaningfulPunctuation = new Set([',', ';', ':', '(', ')', '[', ']', '/']);

export function tokenize(text: string, start: number, end: number, mentions: readonly EntityMention[]): Token[] {
  const tokens: Token[] = [];
  const mentionAt = new Map(mentions.filter((m) => m.start >= start && m.end <= end).map((m) => [m.start, m]));
  const nextMentionStart = (from: number): number => {
    let best = end;
    for (const m of mentionAt.values()) if (m.start >= from && m.start < best) best = m.start;
    return best;
  };
  let i = start;
  while (i < end) {
    const mention = mentionAt.get(i);
    if (mention) {
      push(tokens, text, { kind: 'entity', start: mention.start, end: mention.end, mention });
      i = mention.end;
      continue;
    }
    const char = text[i];
    if (/[\p{L}\p{N}]/u.test(char)) {
      wordAt.lastIndex = i;
      const match = wordAt.exec(text);
      // A word never runs into an entity: "anti-IL-11" is the word "anti" and the entity "IL-11".
      const limit = Math.min(end, nextMentionStart(i + 1));
      let wordEnd = match ? Math.min(i + match[0].length, limit) : i + 1;
      while (wordEnd > i + 1 && hyphens.has(text[wordEnd - 1])) wordEnd--;
      push(tokens, text, { kind: 'word', start: i, end: wordEnd });
      i = wordEnd;
      continue;
    }
    if (meaningfulPunctuation.has(char)) push(tokens, text, { kind: 'punct', start: i, end: i + 1 });
    i++;
  }
  return withoutAsides(tokens);
}

/**
 * Drops short bracketed asides, "(IL-6Rα)", "(p < 0.05)", "(Fig. 2A)": they name or qualify what stands
 * before them and would otherwise cut noun phrases in two.
 */
function withoutAsides(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punct' && (token.text === '(' || token.text === '[')) {
      const close = token.text === '(' ? ')' : ']';
      let end = i + 1;
      while (end < tokens.length && end - i <= 7 && tokens[end].text !== close && tokens[end].text !== '(' && tokens[end].text !== '[') end++;
      if (end < tokens.length && tokens[end].text === close && end - i <= 7) {
        i = end;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

function push(tokens: Token[], text: string, partial: Pick<Token, 'kind' | 'start' | 'end' | 'mention'>): void {
  const previous = tokens[tokens.length - 1];
  const tokenText = text.slice(partial.start, partial.end);
  const hyphenBefore =
    previous !== undefined && previous.kind !== 'punct' && partial.start - previous.end === 1 && hyphens.has(text[partial.start - 1]);
  if (previous && hyphenBefore) previous.hyphenAfter = true;
  tokens.push({ ...partial, text: tokenText, lower: tokenText.toLowerCase(), hyphenBefore, hyphenAfter: false });
}
