/**
 * Ranks titles by how close they are to the words of a URL slug that led nowhere, so a link to a
 * talk renamed or mistyped still offers the talk it meant.
 */
import type { TalkRecord } from '../../shared/types';
import { plainWords } from '../format';

/** The words a slug stands for: `observability-tips-for-haproxy` → observability tips for haproxy. */
export function slugWords(slug: string): string {
  let text = slug;
  try {
    text = decodeURIComponent(slug);
  } catch {
    // a malformed escape stays as typed
  }
  return plainWords(text).join(' ');
}

/** The talks whose titles share the most words (or word starts) with the slug, best first. */
export function closestTalks(slug: string, talks: readonly TalkRecord[], limit = 5): TalkRecord[] {
  const wanted = plainWords(slugWords(slug));
  if (wanted.length === 0) return [];
  const scored = talks.map((talk) => {
    const have = plainWords(`${talk.title} ${talk.slug}`);
    let score = 0;
    for (const word of wanted) {
      if (have.includes(word)) score += 2;
      else if (word.length >= 3 && have.some((h) => h.startsWith(word) || word.startsWith(h)))
        score += 1;
    }
    return { talk, score: score / (wanted.length + 0.5 * have.length) };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.talk.index - b.talk.index)
    .slice(0, limit)
    .map((s) => s.talk);
}
