/**
 * The analyzer applied to every token at build time and query time: English stemming for Latin
 * words, Russian stemming for Cyrillic ones, stop words dropped, numbers and CJK bigrams as they are.
 */
import type { Token, TokenKind } from '../shared/tokenize';
import { scanTokens, tokenize } from '../shared/tokenize';
import { lunr, lunrRu } from './lunr-setup';

function run(fn: lunr.PipelineFunction, term: string): string | null {
  const out = fn(new lunr.Token(term, {}), 0, []);
  if (out === undefined || out === null) return null;
  const one = Array.isArray(out) ? out[0] : out;
  return one ? one.toString() : null;
}

function analyzeUncached(term: string, kind: TokenKind): string | null {
  switch (kind) {
    case 'latin':
      if (run(lunr.stopWordFilter, term) === null) return null;
      return run(lunr.stemmer, term);
    case 'cyrillic':
      if (run(lunrRu.stopWordFilter, term) === null) return null;
      return run(lunrRu.stemmer, term);
    default:
      return term;
  }
}

// Stemming is the slow part and a corpus repeats its words endlessly, so each distinct word is
// analysed once. Bounded so a long-lived page cannot grow it without limit.
const CACHE_LIMIT = 200_000;
const latinCache = new Map<string, string | null>();
const cyrillicCache = new Map<string, string | null>();

/** The index term for one normalised token, or null for a stop word. */
export function analyzeTerm(term: string, kind: TokenKind): string | null {
  const cache = kind === 'latin' ? latinCache : kind === 'cyrillic' ? cyrillicCache : null;
  if (cache === null) return term;
  let out = cache.get(term);
  if (out === undefined) {
    out = analyzeUncached(term, kind);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(term, out);
  }
  return out;
}

/** A token with its index term (null when it is a stop word). */
export interface AnalyzedToken extends Token {
  indexTerm: string | null;
}

/** Tokenizes and analyses `text`, keeping stop words (indexTerm null) so offsets stay complete. */
export function analyze(text: string): AnalyzedToken[] {
  return tokenize(text).map((t) => ({ ...t, indexTerm: analyzeTerm(t.term, t.kind) }));
}

/**
 * The index terms of `text` in order, stop words left out: what the index stores for a field.
 * `words`, when given, is told each surface word (Latin or Cyrillic) the first time it is seen.
 */
export function indexTerms(text: string, words?: SurfaceWords): string[] {
  const out: string[] = [];
  scanTokens(text, (token, _start, _end, kind) => {
    const term = analyzeTerm(token, kind);
    if (!term) return;
    out.push(term);
    if (words && (kind === 'latin' || kind === 'cyrillic')) words.add(token, term);
  });
  return out;
}

/** Collects a corpus's surface words with their index terms and document counts. */
export interface SurfaceWords {
  add(word: string, term: string): void;
}
