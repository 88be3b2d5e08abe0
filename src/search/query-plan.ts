/**
 * Turns whatever a reader typed into a bounded list of words, each with the index terms to try.
 * Never throws: input is cut to a safe length, tokenized and analysed; lunr syntax means nothing here.
 */
import { analyzeTerm } from './analyzer';
import { tokenize } from '../shared/tokenize';
import type { TokenKind } from '../shared/tokenize';

/** At most this many characters of the input are read. */
export const MAX_QUERY_CHARS = 256;
/** At most this many words are searched. */
export const MAX_QUERY_WORDS = 12;
/** A trailing-prefix match needs at least this many characters (CJK: one). */
export const MIN_PREFIX_CHARS = 2;
/** The fuzzy pass allows one edit only in words at least this long. */
export const MIN_FUZZY_CHARS = 4;
/** Longer words are not real typos, and lunr's fuzzy automaton grows with the word. */
export const MAX_FUZZY_CHARS = 24;

/** One typed word. */
export interface QueryWord {
  /** Normalised as typed (for prefix matching). */
  raw: string;
  /** The analysed index term; null for a stop word. */
  stem: string | null;
  kind: TokenKind;
  /** The last word, still being typed: also matched as a prefix. */
  last: boolean;
  /** Where the word was typed: `text.slice(start, end)` (for showing a corrected query). */
  start: number;
  end: number;
}

/** The words of a query, in order; empty when nothing searchable was typed. */
export function planQuery(text: string): QueryWord[] {
  const cut = typeof text === 'string' ? text.slice(0, MAX_QUERY_CHARS) : '';
  const tokens = tokenize(cut);
  // A word running into the cut-off point was not typed whole: it is treated as the last word.
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const t of tokens) {
    const stem = analyzeTerm(t.term, t.kind);
    const key = `${t.term}\u0000${stem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    words.push({ raw: t.term, stem, kind: t.kind, last: false, start: t.start, end: t.end });
  }
  const last = tokens[tokens.length - 1];
  const endsInWord = last !== undefined && last.end === cut.length;
  const kept = words.slice(0, MAX_QUERY_WORDS);
  if (kept.length && endsInWord && kept[kept.length - 1] === words[words.length - 1]) {
    kept[kept.length - 1].last = true;
  }
  // Stop words matter only while being typed (as a prefix): "the" may become "theory".
  return kept.filter((w) => w.stem !== null || (w.last && w.raw.length >= MIN_PREFIX_CHARS));
}

/** True when the word may be matched as a trailing prefix. */
export function canPrefix(word: QueryWord): boolean {
  if (!word.last) return false;
  if (word.kind === 'cjk') return word.raw.length === 1;
  return word.raw.length >= MIN_PREFIX_CHARS;
}

/**
 * The shorter starts of a word being typed, longest first, down to four letters and at most three
 * letters shorter: "deploymen" → deployme, deploym, deploy (the index term of "deployment").
 */
export function nearPrefixes(raw: string): string[] {
  const chars = [...raw];
  const out: string[] = [];
  for (let k = chars.length - 1; k >= Math.max(4, chars.length - 3); k--) {
    out.push(chars.slice(0, k).join(''));
  }
  return out;
}

/** True when a word not in the corpus may be corrected (Latin or Cyrillic, 4 to 24 letters). */
export function canFuzz(word: QueryWord): boolean {
  const length = [...word.raw].length;
  return (
    word.kind !== 'cjk' &&
    word.kind !== 'number' &&
    length >= MIN_FUZZY_CHARS &&
    length <= MAX_FUZZY_CHARS
  );
}
