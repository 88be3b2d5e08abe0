/** Reading time of a talk's text. */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 400;

/** Whole minutes to read `text` at a typical pace (words for alphabetic scripts, characters for CJK); at least 1. */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
