/**
 * Finds the corpus words a typo may stand for: every surface word within one edit (two for long
 * words), the first letter included, an adjacent swap counting as one edit. Words are bucketed by
 * length, so a lookup compares the typo only with words of a length it could have come from.
 */
import type { SearchLexicon } from './index-format';

/** Words this long or longer may be two edits from what was meant. */
export const TWO_EDITS_FROM = 8;

/** A corpus word near a typo. */
export interface Correction {
  word: string;
  distance: number;
  /** Documents holding the word. */
  df: number;
}

/**
 * The edit distance between `a` and `b` (code points) counting an adjacent swap as one edit
 * (optimal string alignment), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: readonly string[], b: readonly string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2] + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length], max + 1);
}

/**
 * Which letters a word holds, as 32 bits (a letter's code modulo 32: Latin and Cyrillic letters
 * rarely share a bit within one word). One edit flips at most two bits, so two words whose masks
 * differ in more than 2k bits are more than k edits apart: most of the lexicon is ruled out
 * without computing a distance.
 */
function letterMask(chars: readonly string[]): number {
  let mask = 0;
  for (const c of chars) mask |= 1 << (c.codePointAt(0)! & 31);
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The lexicon, ready for lookups. */
export class TypoLexicon {
  /** Word positions by length in code points, each list most used first (the lexicon's order). */
  private readonly byLength = new Map<number, number[]>();
  private readonly chars: string[][];
  private readonly masks: Uint32Array;

  constructor(private readonly lexicon: SearchLexicon) {
    this.chars = lexicon.words.map((word) => [...String(word)]);
    this.masks = new Uint32Array(this.chars.length);
    this.chars.forEach((chars, at) => {
      this.masks[at] = letterMask(chars);
      const list = this.byLength.get(chars.length);
      if (list) list.push(at);
      else this.byLength.set(chars.length, [at]);
    });
  }

  /** Whether `word` is a word of the corpus (of a length the lexicon keeps). */
  has(word: string): boolean {
    const chars = [...word];
    return (this.byLength.get(chars.length) ?? []).some((at) => this.lexicon.words[at] === word);
  }

  /**
   * The corpus words nearest `word` (all at the smallest distance found), most used first, at
   * most `limit`; none when the word is itself a corpus word.
   */
  corrections(word: string, limit: number): Correction[] {
    const typed = [...word];
    const max = typed.length >= TWO_EDITS_FROM ? 2 : 1;
    const mask = letterMask(typed);
    const found: Correction[] = [];
    for (let length = typed.length - max; length <= typed.length + max; length++) {
      for (const at of this.byLength.get(length) ?? []) {
        if (bitCount((this.masks[at] ^ mask) >>> 0) > 2 * max) continue;
        const distance = editDistance(typed, this.chars[at], max);
        if (distance === 0) return [];
        if (distance <= max) {
          found.push({ word: this.lexicon.words[at], distance, df: this.lexicon.df[at] });
        }
      }
    }
    // A word one edit away is what was meant before any word two edits away.
    const nearest = Math.min(...found.map((c) => c.distance));
    return found
      .filter((c) => c.distance === nearest)
      .sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1))
      .slice(0, limit);
  }
}
