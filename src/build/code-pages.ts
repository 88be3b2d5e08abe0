/**
 * Single-byte legacy code pages, built at module load from the runtime's TextDecoder: the
 * upper half (0x80–0xFF) of each page as characters, and the reverse map from character to byte.
 */

/** One single-byte code page: `chars[b - 0x80]` is the character of byte `b`. */
export interface CodePage {
  name: string;
  chars: string[];
  bytes: Map<string, number>;
}

// WHATWG windows-1252 for 0x80–0x9F. Node 20's TextDecoder takes a Latin-1 fast path for this
// label (nodejs/node#56542) and returns C1 controls there, so that block is checked and, if
// the runtime is wrong, taken from the standard's index instead.
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeUpperHalf(label: string): string[] {
  const decoder = new TextDecoder(label);
  const chars: string[] = [];
  for (let b = 0x80; b <= 0xff; b++) chars.push(decoder.decode(Uint8Array.of(b)));
  if (label === 'windows-1252' && chars[0] !== '\u20ac') {
    WINDOWS_1252_C1.forEach((cp, i) => (chars[i] = String.fromCharCode(cp)));
  }
  return chars;
}

function latin1UpperHalf(): string[] {
  const chars: string[] = [];
  for (let b = 0x80; b <= 0xff; b++) chars.push(String.fromCharCode(b));
  return chars;
}

// Mojibake tools (like ftfy's "sloppy" codecs) fill a page's undefined bytes with
// Windows-1252's characters: that is what broken exports really contain.
function makePage(name: string, chars: string[], filler?: string[]): CodePage {
  const hole = (ch: string) => ch === '\ufffd' || (ch >= '\x80' && ch <= '\x9f');
  const filled = chars.map((ch, i) => (hole(ch) && filler ? filler[i] : ch));
  const bytes = new Map<string, number>();
  // the page's own characters win over filler characters that might repeat one of them
  for (const own of [false, true]) {
    filled.forEach((ch, i) => {
      if (ch !== '\ufffd' && hole(chars[i]) !== own) bytes.set(ch, 0x80 + i);
    });
  }
  return { name, chars: filled, bytes };
}

const cp1252 = decodeUpperHalf('windows-1252');

/** Code pages tried when repairing mojibake or reading non-UTF-8 files, most common first. */
export const CODE_PAGES: readonly CodePage[] = [
  makePage('windows-1252', cp1252),
  makePage('windows-1253', decodeUpperHalf('windows-1253'), cp1252),
  makePage('windows-1251', decodeUpperHalf('windows-1251'), cp1252),
  makePage('windows-1250', decodeUpperHalf('windows-1250'), cp1252),
  makePage('windows-1254', decodeUpperHalf('windows-1254'), cp1252),
  makePage('windows-1257', decodeUpperHalf('windows-1257'), cp1252),
  makePage('koi8-r', decodeUpperHalf('koi8-r')),
  makePage('iso-8859-2', decodeUpperHalf('iso-8859-2')),
  makePage('iso-8859-1', latin1UpperHalf()),
];

/** The named code page; throws for a name not in CODE_PAGES (a programming error). */
export function codePage(name: string): CodePage {
  const page = CODE_PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`unknown code page ${name}`);
  return page;
}

/** Bytes decoded with a single-byte code page (ASCII stays ASCII), independent of runtime quirks. */
export function decodeSingleByte(bytes: Uint8Array, page: CodePage): string {
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    chunk.push(b < 0x80 ? String.fromCharCode(b) : page.chars[b - 0x80]);
    if (chunk.length === 8192) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}
