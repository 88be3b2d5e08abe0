/**
 * Highlighting and snippets for search results, with the same tokenizer and analyzer as the index,
 * so a stem highlights every inflection ("deployments" lights up for "deploy").
 */
import { analyzeTerm } from './analyzer';
import { scanTokens } from '../shared/tokenize';
import type { TokenKind } from '../shared/tokenize';

/** A piece of text, marked when it matched the query. */
export interface Segment {
  text: string;
  hit: boolean;
}

const cache = new Map<string, string | null>();

function indexTermOf(token: string, kind: TokenKind): string | null {
  const key = `${kind}:${token}`;
  let term = cache.get(key);
  if (term === undefined) {
    if (cache.size > 20_000) cache.clear();
    term = analyzeTerm(token, kind);
    cache.set(key, term);
  }
  return term;
}

/** Where a snippet's reading of hits may stop: after `ranges` hits and `chars` more characters. */
interface HitsWanted {
  ranges: number;
  chars: number;
}

/**
 * The [start, end) ranges of `text` whose index terms are in `matched`, merged and in order; with
 * `wanted`, only the first `wanted.ranges` and those starting within `wanted.chars` after the last
 * of them (the rest of a long talk is not read).
 */
function hitRanges(
  text: string,
  matched: readonly string[],
  wanted?: HitsWanted,
): Array<[number, number, string]> {
  const terms = new Set(matched);
  if (!terms.size) return [];
  // Stemming only trims endings, so a token can only match a term with its first character.
  const firsts = new Set([...terms].map((t) => t.charAt(0)));
  const ranges: Array<[number, number, string]> = [];
  const emit = (token: string, start: number, end: number, kind: TokenKind) => {
    if (!firsts.has(token.charAt(0))) return;
    const term = indexTermOf(token, kind);
    if (!term || !terms.has(term)) return;
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
      return;
    }
    if (
      wanted &&
      ranges.length >= wanted.ranges &&
      start > ranges[wanted.ranges - 1][0] + wanted.chars
    )
      return false;
    ranges.push([start, end, term]);
  };
  scanTokens(text, emit, firsts);
  return ranges;
}

function toSegments(
  text: string,
  ranges: Array<[number, number, string]>,
  from = 0,
  to = text.length,
) {
  const out: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The [start, end) offsets of the words of `text` whose index terms are in `matched`, in order. */
export function matchRanges(text: string, matched: readonly string[]): Array<[number, number]> {
  return hitRanges(text, matched).map(([start, end]) => [start, end]);
}

/** `text` cut into segments, the words whose index terms are in `matched` marked as hits. */
export function highlight(text: string, matched: readonly string[]): Segment[] {
  return toSegments(text, hitRanges(text, matched));
}

/** The hits a snippet's window may start at. */
const SNIPPET_ANCHORS = 64;

/**
 * A window of at most about `maxChars` of `text` (whitespace collapsed) around the stretch with the
 * most distinct matched terms, cut at word boundaries, with `…` where text was left out.
 */
export function snippet(text: string, matched: readonly string[], maxChars: number): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  // Windows start at the first hits: those past them and a window further are never shown.
  const ranges = hitRanges(flat, matched, { ranges: SNIPPET_ANCHORS, chars: maxChars });
  let start = 0;
  if (ranges.length && flat.length > maxChars) {
    let best = -1;
    for (const [anchor] of ranges.slice(0, SNIPPET_ANCHORS)) {
      const from = Math.max(0, anchor - Math.floor(maxChars / 4));
      const terms = new Set(
        ranges.filter((r) => r[0] >= from && r[1] <= from + maxChars).map((r) => r[2]),
      );
      if (terms.size > best) {
        best = terms.size;
        start = from;
      }
    }
  }
  let end = Math.min(flat.length, start + maxChars);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < start + 20) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + maxChars / 2) end = space;
  }
  const segments = toSegments(flat, ranges, start, end);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
