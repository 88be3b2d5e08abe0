/**
 * Per-character classification at the speed of a table lookup: Unicode property regexes are slow
 * to run once per character over a whole corpus, so each BMP code point's class is computed once.
 */

/** Counts or walks a text by code point class; `classify` sees one code point (or a lone surrogate). */
export interface CodePointClasses {
  /** The class of the code point starting at `at` (a lone surrogate is classified on its own). */
  at(text: string, at: number): number;
}

/** A memoised classifier; `classify` must return an integer 1–255 and be pure. */
export function codePointClasses(classify: (char: string) => number): CodePointClasses {
  const bmp = new Uint8Array(0x10000);
  return {
    at(text, at) {
      const code = text.charCodeAt(at);
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = text.charCodeAt(at + 1);
        if (low >= 0xdc00 && low <= 0xdfff) return classify(text.slice(at, at + 2));
      }
      let cls = bmp[code];
      if (cls === 0) cls = bmp[code] = classify(text[at]);
      return cls;
    },
  };
}

/** UTF-16 length of the code point starting at `at`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
