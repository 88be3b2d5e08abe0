/**
 * Plain text as inlines: soft line breaks as spaces, bare http(s) URLs, `mailto:` URIs and e-mail
 * addresses as links (through safeHref). Trailing punctuation is cut off a URL as shared
 * `textToInlines` does, by a backward loop so a URL ending in a long run of dots stays linear.
 */
import { safeHref } from '../../shared/inline';
import type { Inline } from '../../shared/types';

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING = new Set([...'.,;:!?)]}»”’']);
const EMAIL = /(?<![\w.+-])(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b/g;

/** Soft line breaks read as spaces (with the spaces around them), as everywhere else in the build. */
export function flat(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      const start = i > 0 ? line.trimStart() : line;
      return i < last ? start.trimEnd() : start;
    })
    .join(' ');
}

/** The URL without trailing punctuation, keeping a `)` that closes one inside it (Wikipedia links). */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1]!)) end--;
  const trail = url.slice(end);
  return trail === ')' && url.includes('(') ? url : url.slice(0, end);
}

/** Text with its e-mail addresses and `mailto:` URIs as links. */
function linkEmails(text: string, out: Inline[]): void {
  let last = 0;
  if (text.includes('@'))
    for (const match of text.matchAll(EMAIL)) {
      const href = safeHref(match[0].startsWith('mailto:') ? match[0] : `mailto:${match[0]}`);
      if (!href) continue;
      if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
      out.push({ kind: 'link', href, children: [{ kind: 'text', text: match[0] }] });
      last = match.index + match[0].length;
    }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
}

/** Plain text as inlines, its bare URLs and addresses linked. */
export function linkify(raw: string): Inline[] {
  const text = flat(raw);
  if (!text.includes(':') && !text.includes('@')) return [{ kind: 'text', text }];
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = trimUrl(match[0]);
    const href = safeHref(url);
    if (!href) continue;
    linkEmails(text.slice(last, match.index), out);
    out.push({ kind: 'link', href, children: [{ kind: 'text', text: url }] });
    last = match.index + url.length;
  }
  linkEmails(text.slice(last), out);
  return out;
}

/** A link when `uri` is safe, else the words alone. */
export function linkOrText(text: string, uri: string | undefined): Inline {
  const href = uri === undefined ? undefined : safeHref(uri);
  const words: Inline = { kind: 'text', text: flat(text) };
  return href ? { kind: 'link', href, children: [words] } : words;
}
