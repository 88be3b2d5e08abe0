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

function normaliseWord(word: string, kind: TokenKind, ascii: boolean): string {
  // Plain ASCII needs no Unicode normalisation: NFKD/NFKC leave it as it is.
  if (ascii) return kind === 'number' ? word : word.toLowerCase();
  if (kind === 'latin') return foldLatin(word);
  if (kind === 'cyrillic') return foldCyrillic(word);
  return word.normalize('NFKC').toLowerCase();
}

// Character classes; a word's letters come from one script (a switch starts a new word).
const SEPARATOR = 1;
const CJK_CHAR = 2;
const DIGIT_CHAR = 3;
const LATIN_LETTER = 4;
const CYRILLIC_LETTER = 5;
const OTHER_LETTER = 6;
const MARK_CHAR = 7;

function classify(ch: string): number {
  if (CJK.test(ch)) return CJK_CHAR;
  if (!WORD.test(ch)) return MARK.test(ch) ? MARK_CHAR : SEPARATOR;
  if (DIGIT.test(ch)) return DIGIT_CHAR;
  if (LATIN.test(ch)) return LATIN_LETTER;
  if (CYRILLIC.test(ch)) return CYRILLIC_LETTER;
  return OTHER_LETTER;
}

// Classes of BMP code points, filled on first sight (0 = not yet known): the Unicode property
// regexes are slow to run per character over a whole corpus.
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  bmpClass[c] =
    c >= 0x30 && c <= 0x39
      ? DIGIT_CHAR
      : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
        ? LATIN_LETTER
        : SEPARATOR;
}

function kindOfLetters(letters: number): TokenKind {
  if (letters === LATIN_LETTER) return 'latin';
  if (letters === CYRILLIC_LETTER) return 'cyrillic';
  if (letters === OTHER_LETTER) return 'other';
  return 'number';
}

/**
 * Called for each token in order: its normalised term, UTF-16 offsets and kind. Returning false
 * stops the scan (a reader that has what it needs).
 */
export type TokenSink = (
  term: string,
  start: number,
  end: number,
  kind: TokenKind,
) => boolean | void;

/**
 * Cuts `text` into search tokens (see `tokenize`) and hands each to `emit`, allocating no token
 * objects. With `firsts`, a plain ASCII word or a common CJK pair whose term cannot start with one
 * of them is skipped unread (a reader looking for a few terms does not normalise every word of a
 * long text).
 */
export function scanTokens(text: string, emit: TokenSink, firsts?: ReadonlySet<string>): void {
  const sought = firsts ? [...firsts] : [];
  if (!sought.length || !sought.every((c) => /^[a-z0-9]$/.test(c))) {
    scanRange(text, 0, text.length, emit, firsts);
    return;
  }
  // Every term sought starts with an ASCII letter or digit: only the words around a place where
  // one could start are read: one of those characters, not after an ASCII letter or digit (which
  // would be mid-word), or any non-ASCII character ("Ö" folds to "o"). Each stretch read runs
  // between ASCII separators, where the scan's state is always fresh.
  const chars = sought.map((c) => (c >= 'a' ? c + c.toUpperCase() : c)).join('');
  const starts = new RegExp(`(?<![A-Za-z0-9])[${chars}]|[^\\0-\\x7f]`, 'g');
  const separator = (at: number) => {
    const code = text.charCodeAt(at);
    return code < 0x80 && bmpClass[code] === SEPARATOR;
  };
  for (let found = starts.exec(text); found; found = starts.exec(text)) {
    let from = found.index;
    while (from > 0 && !separator(from - 1)) from--;
    let to = found.index + 1;
    while (to < text.length && !separator(to)) to++;
    if (!scanRange(text, from, to, emit, firsts)) return;
    starts.lastIndex = to;
  }
}

// Tokens of text[from, to), `from` and `to` at the text's ends or beside ASCII separators; false
// when `emit` stopped the scan.
function scanRange(
  text: string,
  from: number,
  length: number,
  emit: TokenSink,
  firsts?: ReadonlySet<string>,
): boolean {
  let stopped = false;
  let wordStart = -1;
  let wordAscii = true;
  let letters = 0;
  // Start offsets of the pending CJK run's characters; each ends where the next one starts.
  const cjk: number[] = [];
  let cjkEnd = 0;

  const endWord = (end: number) => {
    if (wordStart < 0 || stopped) return;
    if (firsts && wordAscii) {
      const code = text.charCodeAt(wordStart);
      // An ASCII word's term is the word lowercased.
      if (!firsts.has(String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 0x20 : code))) {
        wordStart = -1;
        letters = 0;
        return;
      }
    }
    const kind = kindOfLetters(letters);
    const term = normaliseWord(text.slice(wordStart, end), kind, wordAscii);
    if (term && emit(term, wordStart, end, kind) === false) stopped = true;
    wordStart = -1;
    wordAscii = true;
    letters = 0;
  };
  // A CJK token starting with a character NFKC leaves as it is, and not one of `firsts`.
  const unwanted = (at: number) => {
    if (!firsts) return false;
    const code = text.charCodeAt(at);
    const stable =
      (code >= 0x3041 && code <= 0x3096) || // hiragana
      (code >= 0x30a1 && code <= 0x30fa) || // katakana
      (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
      (code >= 0xac00 && code <= 0xd7a3); // hangul syllables
    return stable && !firsts.has(text[at]);
  };
  const endCjk = () => {
    if (cjk.length === 0 || stopped) return;
    cjk.push(cjkEnd);
    if (cjk.length === 2 && !unwanted(cjk[0])) {
      const term = text.slice(cjk[0], cjk[1]).normalize('NFKC');
      if (emit(term, cjk[0], cjk[1], 'cjk') === false) stopped = true;
    }
    for (let i = 0; i + 2 < cjk.length && !stopped; i++) {
      if (unwanted(cjk[i])) continue;
      const term = text.slice(cjk[i], cjk[i + 2]).normalize('NFKC');
      if (emit(term, cjk[i], cjk[i + 2], 'cjk') === false) stopped = true;
    }
    cjk.length = 0;
  };

  let at = from;
  while (at < length && !stopped) {
    const code = text.charCodeAt(at);
    let size = 1;
    let cls: number;
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < length) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) size = 2;
    }
    if (size === 1) {
      cls = bmpClass[code];
      if (cls === 0) cls = bmpClass[code] = classify(text[at]);
    } else {
      cls = classify(text.slice(at, at + 2));
    }
    if (cls === CJK_CHAR) {
      endWord(at);
      cjk.push(at);
      cjkEnd = at + size;
    } else if (cls >= DIGIT_CHAR && cls <= OTHER_LETTER) {
      endCjk();
      // A switch between Latin and Cyrillic letters starts a new word: each needs its own stemmer.
      if (wordStart >= 0 && cls !== DIGIT_CHAR && letters !== 0 && letters !== cls) endWord(at);
      if (wordStart < 0) wordStart = at;
      if (cls !== DIGIT_CHAR) letters = cls;
      if (code >= 0x80) wordAscii = false;
    } else if (cls === MARK_CHAR && wordStart >= 0) {
      // A combining accent belongs to the word it follows ("e\u0301").
      wordAscii = false;
    } else {
      endWord(at);
      endCjk();
    }
    at += size;
  }
  endWord(at);
  endCjk();
  return !stopped;
}

/** Cuts `text` into search tokens: words of letters/digits, and CJK runs as overlapping bigrams. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (term, start, end, kind) => {
    tokens.push({ term, start, end, kind });
  });
  return tokens;
}
