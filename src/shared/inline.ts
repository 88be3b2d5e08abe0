/** Helpers that make Inline content from plain text; shared so every reader links the same way. */
import type { Inline } from './types';

const SAFE_SCHEME = /^(https?:\/\/|mailto:)/i;

/** The href if it is an absolute http(s) or mailto link, else undefined: only those become links. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (!SAFE_SCHEME.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    if (url.protocol === 'mailto:' || url.hostname) return url.href;
  } catch {
    // not a URL at all: falls through to plain text
  }
  return undefined;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = '.,;:!?)]}»”’';

/** The run of trailing punctuation at the end of `url`, found walking back (an end-anchored pattern is quadratic on long runs). */
function trailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.includes(url[end - 1])) end--;
  return url.slice(end);
}

/** Plain text as inlines, with bare http(s) URLs turned into links (trailing punctuation excluded). */
export function textToInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    let url = match[0];
    const trail = trailingPunctuation(url);
    // keep a closing parenthesis that balances one inside the URL (Wikipedia-style links)
    if (trail && !(trail === ')' && url.includes('('))) url = url.slice(0, -trail.length);
    const start = match.index;
    const href = safeHref(url);
    if (!href) continue;
    if (start > last) out.push({ kind: 'text', text: text.slice(last, start) });
    out.push({ kind: 'link', href, children: [{ kind: 'text', text: url }] });
    last = start + url.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
