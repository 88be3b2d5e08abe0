/**
 * Slugs: the readable, stable path segments of shared links. A slug depends only on the title
 * (and, for a rare same-title clash, on the file's own path), never on which other files exist.
 */
import transliterate from '@sindresorhus/transliterate';
import { shortHash } from './hash';

const MAX_LENGTH = 64;
// Scripts with no ASCII transliteration worth having are kept as they are (URLs carry them fine).
const KEEP = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The slug of a title: ASCII where the title allows (Cyrillic and accents transliterated), CJK kept; '' if nothing usable. */
export function slugify(title: string): string {
  const ascii = transliterate(title.normalize('NFC'));
  let out = '';
  for (const char of ascii.toLowerCase()) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || KEEP.test(char))
      out += char;
    else if (!out.endsWith('-')) out += '-';
  }
  out = out.replace(/^-+|-+$/g, '');
  if ([...out].length <= MAX_LENGTH) return out;
  // Cut at a word boundary so the slug stays readable.
  const cut = [...out].slice(0, MAX_LENGTH).join('');
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/**
 * Unique event slugs for documents, keyed by source path. Events whose titles give the same slug
 * are told apart by a short hash of their own source path; the earliest-dated one (then the first
 * path) keeps the plain slug, so notes added later for a newer same-title event leave the
 * existing link alone. An untitled event gets `event-<hash>`.
 */
export function eventSlugs(
  docs: Array<{ source: string; title: string; date?: string }>,
): Map<string, string> {
  const byBase = new Map<string, Array<{ source: string; date?: string }>>();
  for (const doc of docs) {
    const base = slugify(doc.title) || `event-${shortHash(doc.source, 6)}`;
    byBase.set(base, [...(byBase.get(base) ?? []), doc]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    const sorted = [...group].sort(
      (a, b) => compareDates(a.date, b.date) || (a.source < b.source ? -1 : 1),
    );
    sorted.forEach(({ source }, i) => {
      slugs.set(source, i === 0 ? base : `${base}-${shortHash(source, 6)}`);
    });
  }
  return slugs;
}

/** Earlier dates first; undated after dated. */
function compareDates(a?: string, b?: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -1 : 1;
}

/** Unique talk slugs within one event, in document order; repeats get `-2`, `-3`; untitled talks `talk-N`. */
export function talkSlugs(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title, i) => {
    const base = slugify(title) || `talk-${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
