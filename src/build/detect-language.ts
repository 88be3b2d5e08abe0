/** Tells a text's language from the scripts its letters are written in. */
import type { Language } from '../shared/types';

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

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
  for (const char of text) {
    if (char.charCodeAt(0) < 0x41) continue;
    if (HAN.test(char)) han++;
    else if (KANA.test(char)) kana++;
    else if (CYRILLIC.test(char)) cyrillic++;
    else if (LATIN.test(char)) latin++;
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
