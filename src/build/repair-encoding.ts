/**
 * Repairs mojibake: runs of text whose UTF-8 bytes were once decoded with a legacy single-byte
 * code page (`Γ©` for `é`, `β†’` for `→`, `Ã©` for `é`, `РџСЂ` for `Пр`), while the rest of
 * the file is right. Each run of non-ASCII characters is encoded back with every candidate code
 * page; a page wins when the bytes hold valid UTF-8 sequences and the decoded run looks less like
 * mojibake than the original (see mojibake-cost.ts). Correct text costs nothing, so it is never
 * touched. Linear in the text: each run is looked at a bounded number of times.
 */
import { CODE_PAGES, type CodePage } from './code-pages';
import { mojibakeCost } from './mojibake-cost';

/** The code point of a valid multi-byte UTF-8 sequence starting at `i`, with its length; else undefined. */
function utf8SequenceAt(bytes: number[], i: number): [number, number] | undefined {
  const b0 = bytes[i];
  let len: number;
  let cp: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [len, cp, min] = [2, b0 & 0x1f, 0x80];
  else if (b0 >= 0xe0 && b0 <= 0xef) [len, cp, min] = [3, b0 & 0x0f, 0x800];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [len, cp, min] = [4, b0 & 0x07, 0x10000];
  else return undefined;
  if (i + len > bytes.length) return undefined;
  for (let k = 1; k < len; k++) {
    const b = bytes[i + k];
    if (b < 0x80 || b > 0xbf) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return [cp, len];
}

/** `chars` (all encodable in the page) with every valid UTF-8 sequence among their bytes decoded. */
function decodeSegment(chars: string[], page: CodePage): { text: string; decoded: number } {
  const bytes = chars.map((ch) => page.bytes.get(ch) as number);
  let text = '';
  let decoded = 0;
  for (let i = 0; i < bytes.length;) {
    const seq = utf8SequenceAt(bytes, i);
    if (seq) {
      text += String.fromCodePoint(seq[0]);
      decoded++;
      i += seq[1];
    } else {
      text += chars[i];
      i++;
    }
  }
  return { text, decoded };
}

/** The run re-read through `page` wherever its characters belong to the page. */
function reread(run: string, page: CodePage): { text: string; decoded: number } {
  let text = '';
  let decoded = 0;
  let segment: string[] = [];
  const flush = () => {
    if (segment.length > 1) {
      const part = decodeSegment(segment, page);
      text += part.text;
      decoded += part.decoded;
    } else text += segment.join('');
    segment = [];
  };
  for (const ch of run) {
    if (page.bytes.has(ch)) segment.push(ch);
    else {
      flush();
      text += ch;
    }
  }
  flush();
  return { text, decoded };
}

/** The best repair of one run of non-ASCII characters, or the run itself when none is better. */
function repairRun(run: string, before: string, after: string): string {
  const original = mojibakeCost(run, before, after);
  if (original === 0) return run;
  let best = run;
  let bestCost = original;
  for (const page of CODE_PAGES) {
    const candidate = reread(run, page);
    if (candidate.decoded === 0) continue;
    const cost = mojibakeCost(candidate.text, before, after);
    if (cost < bestCost) [best, bestCost] = [candidate.text, cost];
  }
  return best;
}

const NON_ASCII_RUN = /[^\0-\x7f]{2,}/g;

function repairPass(text: string): { text: string; repairs: number } {
  let repairs = 0;
  const out = text.replace(NON_ASCII_RUN, (run: string, offset: number) => {
    const end = offset + run.length;
    const fixed = repairRun(
      run,
      offset > 0 ? text[offset - 1] : ' ',
      end < text.length ? text[end] : ' ',
    );
    if (fixed !== run) repairs++;
    return fixed;
  });
  return { text: out, repairs };
}

/** The text with mojibake runs decoded back to what was written, and how many runs changed. */
export function repairMojibake(text: string): { text: string; repairs: number } {
  let result = repairPass(text);
  // text broken twice (`Ã‚Â©`) needs a second pass; a third is never worth it
  if (result.repairs > 0) {
    const again = repairPass(result.text);
    result = { text: again.text, repairs: result.repairs + again.repairs };
  }
  return result;
}
