/**
 * Search figures for `npm run bench`: index bytes (raw, gzip; total and fetched by a typical query),
 * build time, cold start to first answer, latency per keystroke over a fixed query set typed letter by letter, and memory, with
 * the engine running in headless Chromium against the index served from a local static server.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { buildSearchIndex } from '../src/build/search-index';
import { blocksText } from '../src/shared/blocks-text';
import { tokenize } from '../src/shared/tokenize';
import type { EventRecord, TalkRecord } from '../src/shared/types';
import { CHROMIUM_ARGS } from '../playwright.config';
import { startStaticServer } from './static-server';

const QUERY_COUNT = 240;

/** A deterministic query set from the corpus: prefixes, words, word pairs, CJK bigrams, typos. */
export function benchQueries(talks: TalkRecord[]): string[] {
  const counts = new Map<string, number>();
  const cjk = new Set<string>();
  for (const talk of talks.slice(0, 2000)) {
    for (const t of tokenize(`${talk.title}\n${blocksText(talk.blocks).slice(0, 4000)}`)) {
      if (t.kind === 'cjk') cjk.add(t.term);
      else if (t.kind !== 'number' && t.term.length >= 4)
        counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
    }
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const pick = (list: string[], i: number) => list[(i * 7919) % Math.max(1, list.length)] ?? 'talk';
  const cjkList = [...cjk].sort();
  const out: string[] = [];
  for (let i = 0; out.length < QUERY_COUNT; i++) {
    const w = pick(words, i);
    switch (i % 6) {
      case 0:
        out.push(w.slice(0, 2 + (i % 3)));
        break;
      case 1:
        out.push(w);
        break;
      case 2:
        out.push(`${w} ${pick(words, i + 1)}`);
        break;
      case 3:
        out.push(cjkList.length ? pick(cjkList, i) : `${w} `);
        break;
      case 4:
        out.push(`${w.slice(0, 2)}${w.slice(3)} `); // one letter dropped: a typo
        break;
      default:
        out.push(`${pick(words, i + 2)} ${w.slice(0, 3)}`);
    }
  }
  return out;
}

// Runs in the page: cold start, then every query typed letter by letter (one search per keystroke,
// as the search box asks) twice: the first pass includes each shard's first load, the second is
// warm (shards the memory budget evicted are fetched again, and counted). Memory is the heap held
// after each pass, after a full garbage collection, above the page before the engine opened.
const ENTRY = `
import { openSearchEngine } from './src/search/engine';
window.runBench = async ({ manifest, queries, typical }) => {
  const fetched = [];
  const heap = () => { if (window.gc) window.gc(); return performance.memory ? performance.memory.usedJSHeapSize : 0; };
  const before = heap();
  // Cold start, five times over (a fresh engine and no HTTP cache each time): the median is printed.
  const starts = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const fresh = await openSearchEngine(manifest, async (p) => {
      const r = await fetch('/' + p, { cache: 'no-store' });
      if (!r.ok) throw new Error(r.status + ' ' + p);
      return r.json();
    });
    await fresh.search({ text: typical });
    starts.push(performance.now() - t);
  }
  const firstAnswerMs = starts.sort((a, b) => a - b)[2];
  const engine = await openSearchEngine(manifest, async (p) => {
    fetched.push(p);
    const r = await fetch('/' + p);
    if (!r.ok) throw new Error(r.status + ' ' + p);
    return r.json();
  });
  await engine.search({ text: typical });
  const firstFetched = [...fetched];
  const strokes = queries.flatMap((q) => [...q].map((_, i) => [...q].slice(0, i + 1).join('')));
  const pass = async () => {
    const times = [];
    for (const text of strokes) { const t = performance.now(); await engine.search({ text }); times.push(performance.now() - t); }
    return times;
  };
  const cold = await pass();
  const coldFetches = fetched.length - firstFetched.length;
  const memoryCold = heap() - before;
  const warm = await pass();
  const memoryWarm = heap() - before;
  return { firstAnswerMs, firstFetched, cold, warm, memory: Math.max(memoryCold, memoryWarm),
    coldFetches, warmFetches: fetched.length - firstFetched.length - coldFetches, held: engine.loaded };
};
`;

interface BenchRun {
  firstAnswerMs: number;
  firstFetched: string[];
  cold: number[];
  warm: number[];
  memory: number;
  coldFetches: number;
  warmFetches: number;
  held: { bytes: number; shards: number };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Measures search on one corpus; prints and returns the figures. */
export async function benchSearch(opts: {
  label: string;
  events: EventRecord[];
  talks: TalkRecord[];
}): Promise<Record<string, number | string>> {
  const started = performance.now();
  const built = buildSearchIndex(opts.events, opts.talks);
  const buildMs = performance.now() - started;

  const root = mkdtempSync(path.join(tmpdir(), 'talkshelf-bench-search-'));
  const sizes = new Map<string, { raw: number; gzip: number }>();
  let raw = 0;
  let gzip = 0;
  for (const f of built.files) {
    const file = path.join(root, f.fileName);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.source);
    const size = { raw: Buffer.byteLength(f.source), gzip: gzipSync(f.source).length };
    sizes.set(f.fileName, size);
    raw += size.raw;
    gzip += size.gzip;
  }
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(path.join(root, 'bench.js'), bundle.outputFiles[0].text);
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><script src="/bench.js"></script>');

  const server = await startStaticServer(root);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    const queries = benchQueries(opts.talks);
    const typical = queries[1];
    const r = (await page.evaluate(
      (args) =>
        (window as unknown as { runBench: (a: unknown) => Promise<unknown> }).runBench(args),
      { manifest: built.manifestFileName, queries, typical },
    )) as BenchRun;
    const fetchedRaw = r.firstFetched.reduce((s, p) => s + (sizes.get(p)?.raw ?? 0), 0);
    const fetchedGzip = r.firstFetched.reduce((s, p) => s + (sizes.get(p)?.gzip ?? 0), 0);
    const warm = [...r.warm].sort((a, b) => a - b);
    const cold = [...r.cold].sort((a, b) => a - b);
    const manifest = sizes.get(built.manifestFileName)!;
    const figures: Record<string, number | string> = {
      corpus: opts.label,
      talks: opts.talks.length,
      files: built.files.length,
      'index raw KB': Math.round(raw / 1000),
      'index gzip KB': Math.round(gzip / 1000),
      'manifest gzip KB': Math.round(manifest.gzip / 1000),
      'typical query': typical,
      'first answer fetched raw KB': Math.round(fetchedRaw / 1000),
      'first answer fetched gzip KB': Math.round(fetchedGzip / 1000),
      'build ms': Math.round(buildMs),
      'cold start to first answer ms (median of 5)': Math.round(r.firstAnswerMs),
      queries: queries.length,
      keystrokes: cold.length,
      'first use median ms': +percentile(cold, 50).toFixed(2),
      'first use p95 ms': +percentile(cold, 95).toFixed(2),
      'first use max ms': +(cold.at(-1) ?? 0).toFixed(1),
      'warm median ms': +percentile(warm, 50).toFixed(2),
      'warm p95 ms': +percentile(warm, 95).toFixed(2),
      'shard fetches first use': r.coldFetches,
      'shard fetches warm': r.warmFetches,
      'shards held at end': r.held.shards,
      'memory MB': +(r.memory / 1e6).toFixed(1),
    };
    console.log(`\nSearch — ${opts.label}`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(32)} ${v}`);
    return figures;
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

// `npx tsx scripts/bench-search.ts <dir>` measures one corpus folder on its own.
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2]) {
  const { buildCorpus } = await import('../src/build/pipeline');
  const data = buildCorpus(process.argv[2]);
  await benchSearch({ label: process.argv[2], events: data.events, talks: data.talks });
}
