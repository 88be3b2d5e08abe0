/** Tells a text's language from the scripts its letters are written in. */
import type { Language } from '../shared/types';
import { codePointClasses, codePointLength } from './code-point-classes';

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

const OTHER = 1;
const IS_HAN = 2;
const IS_KANA = 3;
const IS_CYRILLIC = 4;
const IS_LATIN = 5;
const scripts = codePointClasses((char) => {
  if (HAN.test(char)) return IS_HAN;
  if (KANA.test(char)) return IS_KANA;
  if (CYRILLIC.test(char)) return IS_CYRILLIC;
  if (LATIN.test(char)) return IS_LATIN;
  return OTHER;
});

/**
 * The language of a text: `ja` when it has kana, `zh` when Han characters make up a real share of
 * it, `ru` for a real share of Cyrillic, `en` for Latin script, `und` when there are too few letters.
 * Notes mix English terms and quotes into Russian and Chinese prose, while English notes hardly
 * ever hold Cyrillic or Han, so a minority of those scripts wins (15% of letters for Cyrillic):
 * a Han character carries about a word, a Cyrillic word about as many letters as an English one.
 */
export function detectLanguage(text: string): Language {
  let han = 0;
  let kana = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let at = 0; at < text.length; at += codePointLength(text, at)) {
    if (text.charCodeAt(at) < 0x41) continue;
    const script = scripts.at(text, at);
    if (script === IS_HAN) han++;
    else if (script === IS_KANA) kana++;
    else if (script === IS_CYRILLIC) cyrillic++;
    else if (script === IS_LATIN) latin++;
  }
  const letters = han + kana + cyrillic + latin;
  if (letters < 3) return 'und';
  if (kana >= 3 && kana + han >= letters * 0.1) return 'ja';
  // A Han character stands for about a word, i.e. about five Latin letters.
  if (han * 5 >= (latin + cyrillic) * 0.3 && han >= 2) return 'zh';
  if (cyrillic >= (latin + cyrillic) * 0.15) return 'ru';
  if (latin > 0) return 'en';
  return 'und';
}

/** Languages of a list of texts' results, most frequent first, `und` left out unless alone. */
export function rankLanguages(languages: Language[]): Language[] {
  const counts = new Map<Language, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
  const known = ranked.filter((language) => language !== 'und');
  return known.length > 0 ? known : ranked;
}
