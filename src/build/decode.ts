/**
 * Bytes of a corpus file to text: byte-order marks, UTF-16, valid UTF-8, and for invalid UTF-8
 * a guess at the legacy code page; binary files are refused. Line ends become `\n`.
 */
import { codePage, decodeSingleByte } from './code-pages';

/** A decoded file: its text, the encoding it was read as, and notes for the build summary. */
export interface DecodedText {
  text: string;
  encoding: string;
  notes: string[];
}

const SAMPLE = 64 * 1024;

// NUL bytes, or many control characters other than tab, line ends and form feed, mean binary.
function assertText(bytes: Uint8Array, start: number): void {
  const end = Math.min(bytes.length, start + SAMPLE);
  let controls = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === 0) throw new Error('binary file (NUL bytes)');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (controls > 8 && controls > (end - start) * 0.05)
    throw new Error('binary file (control characters)');
}

// UTF-16 without a byte-order mark: ASCII-heavy text has a NUL in every other byte.
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

// Cyrillic in Windows-1251 or KOI8-R comes in words of high bytes; Western text in
// Windows-1252 has lone accented letters between ASCII ones.
function guessCodePage(bytes: Uint8Array): string {
  let high = 0;
  let paired = 0;
  let upperRow = 0; // 0xE0–0xFF: lower-case Cyrillic in 1251, upper-case in KOI8-R
  let lowerRow = 0; // 0xC0–0xDF: the other way round
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    if (i + 1 < bytes.length && bytes[i + 1] >= 0xc0) paired++;
    if (b >= 0xe0) upperRow++;
    else if (b >= 0xc0) lowerRow++;
  }
  if (high === 0 || paired < high * 0.4) return 'windows-1252';
  return lowerRow > upperRow ? 'koi8-r' : 'windows-1251';
}

// Counts valid multi-byte UTF-8 sequences and invalid bytes: a mostly-UTF-8 file with a few
// broken bytes is better read as UTF-8 with replacements than as a legacy code page.
function utf8Health(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = bytes[i + k] >= 0x80 && bytes[i + k] <= 0xbf;
    if (!ok) {
      invalid++;
      i++;
    } else {
      if (len > 1) valid++;
      i += len;
    }
  }
  return { valid, invalid };
}

const normaliseLineEnds = (text: string) => text.replace(/\r\n?/g, '\n');

/** The file's text with line ends normalised; throws Error("binary file …") for binary content. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const notes: string[] = [];
  const done = (text: string, encoding: string): DecodedText => ({
    text: normaliseLineEnds(text.startsWith('\ufeff') ? text.slice(1) : text),
    encoding,
    notes,
  });
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return done(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return done(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    notes.push(`no byte-order mark; read as ${utf16}`);
    return done(new TextDecoder(utf16).decode(bytes), utf16);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  assertText(body, 0);
  try {
    return done(new TextDecoder('utf-8', { fatal: true }).decode(body), 'utf-8');
  } catch {
    // not valid UTF-8: decided below
  }
  const health = utf8Health(body);
  if (health.valid >= health.invalid * 4) {
    notes.push(`${health.invalid} invalid UTF-8 byte(s) replaced`);
    return done(new TextDecoder('utf-8').decode(body), 'utf-8');
  }
  const encoding = guessCodePage(body);
  notes.push(`not valid UTF-8; read as ${encoding}`);
  return done(decodeSingleByte(body, codePage(encoding)), encoding);
}
