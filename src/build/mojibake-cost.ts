/**
 * How unlikely a run of non-ASCII characters is as real writing. Mojibake glues characters of
 * different scripts and symbols into words (`Γ©`, `β†’`, `Ã©`, `РџСЂ`); real text keeps a word
 * in one script, changes case only at its start, and puts symbols beside spaces, not letters.
 */

type CharClass =
  'lower' | 'upper' | 'letter' | 'symbol' | 'opening' | 'mark' | 'control' | 'rare' | 'other';

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;
// Symbols and punctuation that real text does not put straight after a letter (closing quotes,
// `…` and the middle dot do follow letters, so they are left out); `ª º µ` count as symbols.
const SYMBOL =
  /\p{S}|\p{No}|[\u2020\u2021\u2030\u2022\u00b6\u00a7\u00a1\u00bf\u00ad\u00a0\u2013-\u2015\u00aa\u00ba\u00b5]/u;
const OPENING = /\p{Ps}|\p{Pi}/u;
const MARK = /\p{M}/u;
const CONTROL = /[\u0080-\u009f\ufffd\ue000-\uf8ff]|\p{Cn}/u;
// Outside Latin, Greek, Cyrillic, punctuation, symbols, CJK, Hangul and emoji: scripts a wrong
// multi-byte decode lands in by chance (IPA, Armenian to NKo, Indic, Canadian syllabics…)
const RARE =
  /[\u0250-\u02af\u0530-\u1cff\u2c00-\u2dff\ua000-\uabff\ud7b0-\uf8ff\ufb00-\ufe2f\ufe70-\ufeff]/u;
const ASCII_LETTER = /[A-Za-z]/;
const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
];

interface CharInfo {
  cls: CharClass;
  script: string;
  code: number;
}

const cache = new Map<string, CharInfo>();

function info(ch: string): CharInfo {
  let found = cache.get(ch);
  if (!found) {
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    found = { cls: classify(ch), script, code: ch.codePointAt(0) as number };
    cache.set(ch, found);
  }
  return found;
}

function classify(ch: string): CharClass {
  if (RARE.test(ch)) return 'rare';
  if (CONTROL.test(ch)) return 'control';
  if (SYMBOL.test(ch)) return 'symbol';
  if (LOWER.test(ch)) return 'lower';
  if (UPPER.test(ch)) return 'upper';
  if (LETTER.test(ch)) return 'letter';
  if (MARK.test(ch)) return 'mark';
  if (OPENING.test(ch)) return 'opening';
  return 'other';
}

const isLetter = (c: CharClass) => c === 'lower' || c === 'upper' || c === 'letter';

/** What one non-ASCII letter followed by another costs: script or case changes inside a word. */
function letterPairCost(a: CharInfo, b: CharInfo): number {
  if (a.script !== b.script) return 1;
  if (a.cls === 'lower' && b.cls === 'upper') return 1;
  // accented Latin capital then a capital or a Latin Extended letter: `ÃŸ`, `Ã‰`, `Ãœ`, `Ĺľ`
  if (a.script === 'latin' && a.cls === 'upper' && (b.cls === 'upper' || b.code >= 0x100)) return 1;
  return 0;
}

/** A cost, 0 for plausible text, growing with every mojibake-like character or pair in `run`. */
export function mojibakeCost(run: string, before = ' ', after = ' '): number {
  const chars = Array.from(run, info);
  let cost = 0;
  for (let i = 0; i < chars.length; i++) {
    const { cls } = chars[i];
    const prev = i > 0 ? chars[i - 1] : undefined;
    if (cls === 'control') cost += 2;
    // a lone character of a rare script among others is a wrong decode; a word of them is not
    if (cls === 'rare') cost += prev?.cls === 'rare' || chars[i + 1]?.cls === 'rare' ? 0.25 : 2;
    if (cls === 'mark' && !(prev ? isLetter(prev.cls) : ASCII_LETTER.test(before))) cost += 2;
    if (prev && isLetter(prev.cls)) {
      if (isLetter(cls)) cost += letterPairCost(prev, chars[i]);
      else if (cls === 'symbol' || cls === 'opening') cost += 1;
      // punctuation between two letters of the run: `рџ’љ`
      else if (cls === 'other' && chars[i + 1] && isLetter(chars[i + 1].cls)) cost += 1;
    }
  }
  const first = chars[0];
  const last = chars[chars.length - 1];
  const letterBefore = ASCII_LETTER.test(before);
  const letterAfter = ASCII_LETTER.test(after);
  // a Greek or Cyrillic letter glued to a Latin word
  if (letterBefore && isLetter(first.cls) && first.script !== 'latin') cost += 1;
  if (letterAfter && isLetter(last.cls) && last.script !== 'latin') cost += 1;
  // punctuation or a symbol in the middle of a word: `brÃ»lée`
  if (letterBefore && letterAfter && chars.some((c) => c.cls === 'other' || c.cls === 'symbol'))
    cost += 1;
  return cost;
}
