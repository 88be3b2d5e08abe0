/**
 * Search quality for `npm run bench`: known-item queries generated deterministically from a corpus
 * (a talk's distinctive title words, body words, the same with one typo at any position, the
 * last word cut to a prefix, Russian and Chinese titles), run through the engine in process, and
 * scored by where the talk they were made from ranks: success@1, success@3 and MRR@10 per kind.
 */
import { buildSearchIndex } from '../../src/build/search-index';
import { openSearchEngine } from '../../src/search/engine';
import { blocksText } from '../../src/shared/blocks-text';
import { tokenize } from '../../src/shared/tokenize';
import { analyzeTerm } from '../../src/search/analyzer';
import type { EventRecord, TalkRecord } from '../../src/shared/types';
import { seededRandom } from '../seeded-random';

/** The kinds of known-item query, in the order printed. */
export const QUERY_KINDS = ['title', 'body', 'typo', 'prefix', 'russian', 'chinese'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** One generated query and the talks that count as finding it (the talk and its exact copies). */
export interface KnownItemQuery {
  kind: QueryKind;
  text: string;
  targets: Set<string>;
}

const PER_KIND = 200;

const words = (text: string, kind: 'latin' | 'cyrillic' | 'any' = 'any') =>
  tokenize(text).filter(
    (t) =>
      (kind === 'any' ? t.kind === 'latin' || t.kind === 'cyrillic' : t.kind === kind) &&
      [...t.term].length >= 4 &&
      analyzeTerm(t.term, t.kind) !== null,
  );

/** The typo'd form of `word`: one substitution, deletion, insertion or swap at position `at`. */
export function typo(word: string, at: number, edit: number, letter: string): string {
  const c = [...word];
  const i = Math.min(at, c.length - 1);
  switch (edit % 4) {
    case 0:
      c[i] = letter === c[i] ? (letter === 'e' ? 'a' : 'e') : letter;
      break;
    case 1:
      c.splice(i, 1);
      break;
    case 2:
      c.splice(i, 0, letter);
      break;
    default: {
      const j = i + 1 < c.length ? i + 1 : i - 1;
      [c[i], c[j]] = [c[j], c[i]];
    }
  }
  return c.join('');
}

/** Known-item queries of every kind from the corpus, deterministic for a given corpus. */
export function knownItemQueries(talks: TalkRecord[]): KnownItemQuery[] {
  const rand = seededRandom(20261130);
  const df = new Map<string, number>();
  const surface = new Set<string>();
  const bodies = talks.map((t) => blocksText(t.blocks));
  talks.forEach((talk, n) => {
    const seen = new Set<string>();
    for (const t of tokenize(`${talk.title}\n${bodies[n]}`)) {
      surface.add(t.term);
      seen.add(t.term);
    }
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  });
  // Exact copies (same title and body) are the same item.
  const copies = new Map<string, string[]>();
  talks.forEach((t, n) => {
    const key = `${t.title}\n${bodies[n]}`;
    copies.set(key, [...(copies.get(key) ?? []), t.id]);
  });
  const targetsOf = (n: number) =>
    new Set(copies.get(`${talks[n].title}\n${bodies[n]}`) ?? [talks[n].id]);
  // A title that other, different talks share ("Meeting notes") names no one item.
  const titleUse = new Map<string, Set<string>>();
  talks.forEach((t, n) => {
    const key = t.title.toLowerCase();
    titleUse.set(key, (titleUse.get(key) ?? new Set()).add(bodies[n]));
  });
  const uniqueTitle = (n: number) => titleUse.get(talks[n].title.toLowerCase())!.size === 1;
  // Title words name one item only when no other (different) talk's title holds them all:
  // "five days kubernetes" does not tell "Five Days of Kubernetes 1.8" from 1.9.
  const titleTerms = talks.map((t) => new Set(tokenize(t.title).map((token) => token.term)));
  const identifies = (picked: string[], n: number) =>
    talks.every(
      (_, m) =>
        m === n || bodies[m] === bodies[n] || !picked.every((word) => titleTerms[m].has(word)),
    );
  // Distinctive words first: the rarest in the corpus, then the longest.
  const distinctive = (list: ReturnType<typeof words>, count: number) => {
    const unique = [...new Map(list.map((t) => [t.term, t])).values()];
    const picked = unique
      .sort(
        (a, b) =>
          (df.get(a.term) ?? 0) - (df.get(b.term) ?? 0) ||
          b.term.length - a.term.length ||
          a.start - b.start,
      )
      .slice(0, count);
    return picked.sort((a, b) => a.start - b.start).map((t) => t.term);
  };

  const order = talks.map((_, n) => n);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const out: KnownItemQuery[] = [];
  const count = new Map<QueryKind, number>();
  const add = (kind: QueryKind, text: string, n: number) => {
    if ((count.get(kind) ?? 0) >= PER_KIND) return;
    count.set(kind, (count.get(kind) ?? 0) + 1);
    out.push({ kind, text, targets: targetsOf(n) });
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  const cyrillic = 'абвгдежзийклмнопрстуфхцчшщыэюя';
  for (const n of order) {
    const talk = talks[n];
    const title = uniqueTitle(n) ? distinctive(words(talk.title), 3) : [];
    if (title.length >= 2 && identifies(title, n)) {
      add('title', title.join(' '), n);
      // a typo in any of the words, at any position (the first letter too), of any kind
      const at = Math.floor(rand() * title.length);
      const word = title[at];
      const letters = /[а-я]/.test(word) ? cyrillic : alphabet;
      for (let attempt = 0; attempt < 5; attempt++) {
        const wrong = typo(
          word,
          Math.floor(rand() * [...word].length),
          Math.floor(rand() * 4),
          letters[Math.floor(rand() * letters.length)],
        );
        if (surface.has(wrong) || [...wrong].length < 4) continue;
        add('typo', title.map((w, i) => (i === at ? wrong : w)).join(' '), n);
        break;
      }
      const last = title[title.length - 1];
      const cut = [...last].slice(0, Math.max(3, Math.ceil([...last].length * 0.6))).join('');
      if (cut !== last) add('prefix', [...title.slice(0, -1), cut].join(' '), n);
    }
    const body = distinctive(
      words(bodies[n].slice(0, 20_000)).filter((t) => (df.get(t.term) ?? 0) >= 2),
      3,
    );
    if (body.length >= 2) add('body', body.join(' '), n);
    const russian = distinctive(words(talk.title, 'cyrillic'), 2);
    if (russian.length >= 1 && talk.language === 'ru' && uniqueTitle(n))
      add('russian', russian.join(' '), n);
    const han = talk.title.match(/[\p{Script=Han}]{2,}/gu);
    if (han && talk.language === 'zh' && uniqueTitle(n)) {
      const run = han.sort((a, b) => b.length - a.length)[0];
      const start = Math.floor(rand() * Math.max(1, run.length - 3));
      add('chinese', run.slice(start, start + 4), n);
    }
  }
  return out;
}

/** Per kind: how many queries, success@1, success@3 and MRR@10 (percent, MRR as 0..1). */
export type QualityRow = {
  kind: QueryKind;
  queries: number;
  'success@1': string;
  'success@3': string;
  'MRR@10': string;
};

/** Builds the index of `talks`, runs every known-item query through the engine and scores the kinds. */
export async function searchQuality(
  events: EventRecord[],
  talks: TalkRecord[],
): Promise<QualityRow[]> {
  const built = buildSearchIndex(events, talks);
  const files = new Map(built.files.map((f) => [f.fileName, f.source]));
  const load = async (p: string) => JSON.parse(files.get(p) ?? 'null') as unknown;
  const engine = await openSearchEngine(built.manifestFileName, load);
  const totals = new Map<QueryKind, { n: number; at1: number; at3: number; rr: number }>();
  for (const query of knownItemQueries(talks)) {
    const { hits } = await engine.search({ text: query.text, limit: 10 });
    const rank = hits.findIndex((hit) => query.targets.has(hit.talkId));
    const t = totals.get(query.kind) ?? { n: 0, at1: 0, at3: 0, rr: 0 };
    t.n++;
    if (rank === 0) t.at1++;
    if (rank >= 0 && rank < 3) t.at3++;
    if (rank >= 0) t.rr += 1 / (rank + 1);
    totals.set(query.kind, t);
  }
  const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : '–');
  return QUERY_KINDS.map((kind) => {
    const t = totals.get(kind) ?? { n: 0, at1: 0, at3: 0, rr: 0 };
    return {
      kind,
      queries: t.n,
      'success@1': pct(t.at1, t.n),
      'success@3': pct(t.at3, t.n),
      'MRR@10': t.n ? (t.rr / t.n).toFixed(3) : '–',
    };
  });
}

// `npx tsx scripts/bench/search-quality.ts <dir>…` scores corpus folders on their own.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { buildCorpus } = await import('../../src/build/pipeline');
  const { printTable } = await import('./stats');
  for (const dir of process.argv.slice(2)) {
    const data = buildCorpus(dir);
    printTable(`Search quality — ${dir}`, await searchQuality(data.events, data.talks));
  }
}
