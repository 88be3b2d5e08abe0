/** Reading time of a talk's text. */
import { codePointClasses, codePointLength } from './code-point-classes';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 400;

const GAP = 1;
const IS_CJK = 2;
const IS_WORD = 3;
const classes = codePointClasses((char) =>
  CJK.test(char) ? IS_CJK : WORD.test(char) ? IS_WORD : GAP,
);

/** Whole minutes to read `text` at a typical pace (words for alphabetic scripts, characters for CJK); at least 1. */
export function readingMinutes(text: string): number {
  // CJK characters count one by one; a word is a run of other letters and digits.
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at += codePointLength(text, at)) {
    const cls = classes.at(text, at);
    if (cls === IS_WORD) {
      if (!inWord) words++;
      inWord = true;
    } else {
      if (cls === IS_CJK) cjk++;
      inWord = false;
    }
  }
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}
