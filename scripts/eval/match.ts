/** Fuzzy matching of titles and names as a reader would judge them: same words, markup and case aside. */

/** Lower-case words of `text` without markup or punctuation; CJK as character pairs. */
export function words(text: string): string[] {
  const clean = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, (url) => url.replace(/[/.:?=&#-]+/g, ' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const out: string[] = [];
  for (const word of clean.split(' ').filter(Boolean)) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) {
      const chars = [...word];
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    } else out.push(word);
  }
  return out;
}

/** How alike two titles are, 0..1: the share of the shorter title's words found in the longer. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return wa.length === wb.length ? 1 : 0;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const pool = new Map<string, number>();
  for (const w of long) pool.set(w, (pool.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of short) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(w, n - 1);
    }
  }
  // a short title inside a much longer one is only half a match
  const coverage = hit / short.length;
  const balance = Math.min(1, (2 * short.length) / long.length);
  return coverage * (0.5 + 0.5 * balance);
}

/** The threshold at which two titles count as the same talk. */
export const SAME_TITLE = 0.7;

/** Pairs of indexes (expected, found) matched greedily by similarity, each side at most once. */
export function matchTitles(expected: string[], found: string[]): Array<[number, number]> {
  const pairs: Array<{ e: number; f: number; s: number }> = [];
  for (let e = 0; e < expected.length; e++)
    for (let f = 0; f < found.length; f++) {
      const s = similarity(expected[e], found[f]);
      if (s >= SAME_TITLE)
        pairs.push({
          e,
          f,
          s: s - Math.abs(e / Math.max(1, expected.length) - f / Math.max(1, found.length)) * 0.01,
        });
    }
  pairs.sort((a, b) => b.s - a.s);
  const usedE = new Set<number>();
  const usedF = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { e, f } of pairs) {
    if (usedE.has(e) || usedF.has(f)) continue;
    usedE.add(e);
    usedF.add(f);
    out.push([e, f]);
  }
  return out;
}

/** Whether a found speaker name is the labelled one (same words, or the label's words all in it). */
export function sameName(label: string, found: string): boolean {
  const a = words(label);
  const b = words(found);
  if (a.length === 0 || b.length === 0) return false;
  return a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
}
