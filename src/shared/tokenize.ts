/**
 * The one tokenizer of Talkshelf search, run at build time over the corpus and in the browser over
 * queries and snippets, so both sides cut text into the same terms. Pure, no dependencies.
 */

/** What sort of text a token came from; the analyzer picks its stemmer from it. */
export type TokenKind = 'latin' | 'cyrillic' | 'number' | 'cjk' | 'other';

/** One word (or CJK character bigram) with where it sits in the original string. */
export interface Token {
  /** Normalised form: lowercased, Latin accents folded, ё→е. */
  term: string;
  /** UTF-16 offsets into the original string: `text.slice(start, end)` is the token as written. */
  start: number;
  end: number;
  kind: TokenKind;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\uff70]/u;
const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const DIGIT = /\p{N}/u;

// Latin letters that do not decompose into a base letter plus a mark.
const LATIN_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

type Script = 'latin' | 'cyrillic' | 'other' | 'digit';

function scriptOf(ch: string): Script {
  if (DIGIT.test(ch)) return 'digit';
  if (LATIN.test(ch)) return 'latin';
  if (CYRILLIC.test(ch)) return 'cyrillic';
  return 'other';
}

function foldLatin(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN_FOLD[c] ?? c);
}

function foldCyrillic(word: string): string {
  // Keep й (и + breve) and the other composed letters; drop only stress accents.
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0300\u0301]/g, '')
    .replace(/ё/g, 'е');
}

function normaliseWord(word: string, kind: TokenKind): string {
  if (kind === 'latin') return foldLatin(word);
  if (kind === 'cyrillic') return foldCyrillic(word);
  return word.normalize('NFKC').toLowerCase();
}

function kindOf(scripts: Set<Script>): TokenKind {
  if (scripts.has('latin')) return 'latin';
  if (scripts.has('cyrillic')) return 'cyrillic';
  if (scripts.has('other')) return 'other';
  return 'number';
}

/** Cuts `text` into search tokens: words of letters/digits, and CJK runs as overlapping bigrams. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let wordStart = -1;
  let wordScripts = new Set<Script>();
  let letterScript: Script | null = null;
  let cjk: Array<{ ch: string; at: number }> = [];

  const endWord = (end: number) => {
    if (wordStart < 0) return;
    const kind = kindOf(wordScripts);
    const term = normaliseWord(text.slice(wordStart, end), kind);
    if (term) tokens.push({ term, start: wordStart, end, kind });
    wordStart = -1;
    wordScripts = new Set();
    letterScript = null;
  };
  const endCjk = () => {
    if (cjk.length === 1) {
      const c = cjk[0];
      tokens.push({
        term: c.ch.normalize('NFKC'),
        start: c.at,
        end: c.at + c.ch.length,
        kind: 'cjk',
      });
    }
    for (let i = 0; i + 1 < cjk.length; i++) {
      const a = cjk[i];
      const b = cjk[i + 1];
      const term = (a.ch + b.ch).normalize('NFKC');
      tokens.push({ term, start: a.at, end: b.at + b.ch.length, kind: 'cjk' });
    }
    cjk = [];
  };

  let at = 0;
  for (const ch of text) {
    if (CJK.test(ch)) {
      endWord(at);
      cjk.push({ ch, at });
    } else if (WORD.test(ch)) {
      endCjk();
      const script = scriptOf(ch);
      // A switch between Latin and Cyrillic letters starts a new word: each needs its own stemmer.
      if (
        wordStart >= 0 &&
        script !== 'digit' &&
        letterScript !== null &&
        letterScript !== script
      ) {
        endWord(at);
      }
      if (wordStart < 0) wordStart = at;
      wordScripts.add(script);
      if (script !== 'digit') letterScript = script;
    } else if (MARK.test(ch) && wordStart >= 0) {
      // A combining accent belongs to the word it follows ("e\u0301").
    } else {
      endWord(at);
      endCjk();
    }
    at += ch.length;
  }
  endWord(at);
  endCjk();
  return tokens;
}
