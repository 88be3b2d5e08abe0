/** Which shard holds a term: shared by the index builder and the engine so both agree. */

const CJK_START =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\uff70]/u;

/** True when the term starts with a CJK character (its shard is a code point bucket). */
export function isCjkTerm(term: string): boolean {
  return CJK_START.test(term);
}

/** The first character of a term (a whole code point). */
export function firstChar(term: string): string {
  return String.fromCodePoint(term.codePointAt(0) ?? 0);
}

/** The shard key of `term`: its first character, or first two when that one is split; CJK: `#bucket`. */
export function shardKey(term: string, split: ReadonlySet<string>, cjkBuckets: number): string {
  if (isCjkTerm(term)) return `#${(term.codePointAt(0) ?? 0) % Math.max(1, cjkBuckets)}`;
  const first = firstChar(term);
  if (!split.has(first)) return first;
  const rest = term.slice(first.length);
  return rest ? first + firstChar(rest) : first;
}
