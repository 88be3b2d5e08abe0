/**
 * `npm run bench`: prints the figures the issues set goals for, for the default corpus,
 * ../shared/scale-corpus, a ten-times copy of it, ../shared/dev-corpus and a generated corpus of
 * 35,000 documents. Medians over repeated runs; compare ratios within one run, not across
 * machines. `npm run bench -- --quick` skips the ten-times app build, the generated corpus, the
 * library at scale and Lighthouse.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { benchQueries, benchSearch } from './bench-search';
import { generateCorpus } from './generate-corpus';
import { buildCorpus } from '../src/build/pipeline';
import { benchLibrary } from './bench/library';
import { benchOffline, benchUpdate } from './bench/offline';
import { benchApp, shellBytes } from './bench/app';
import { benchCorpus, multiplyCorpus } from './bench/corpus';
import { benchLargeFile } from './bench/large-file';
import { lighthouseScores } from './bench/lighthouse';
import { searchQuality } from './bench/search-quality';
import { kb, printTable } from './bench/stats';

const quick = process.argv.includes('--quick');
const SCALE = path.resolve(process.env.TALKSHELF_SCALE_CORPUS ?? '../shared/scale-corpus');
const DEV = path.resolve(process.env.TALKSHELF_DEV_CORPUS ?? '../shared/dev-corpus');
const WORK = path.resolve('.bench');

// 1. Corpus build (issue 2)
const corpora = [
  benchCorpus('default', path.resolve('corpus')),
  benchCorpus('scale ×1', SCALE),
  benchCorpus('scale ×10', multiplyCorpus(SCALE, 10, path.join(WORK, 'scale-x10'))),
];
const devCorpus = benchCorpus('dev corpus', DEV);
printTable(
  'Corpus build: parse, search index and JSON (median of 3 runs, in process)',
  [...corpora, devCorpus].map((c) => ({
    corpus: c.label,
    documents: c.documents,
    talks: c.talks,
    skipped: c.skipped,
    'median ms': Math.round(c.medianMs),
    'ms/doc': (c.medianMs / c.documents).toFixed(2),
    'output raw': kb(c.rawBytes),
    'output gzip': kb(c.gzipBytes),
  })),
);
console.log(
  `  growth: ×10 documents took ×${(corpora[2].medianMs / corpora[1].medianMs).toFixed(1)} the time of ×1 (linear = ×10); goal: ×10 under 10,000 ms`,
);

printTable('One huge file (goal: under 2,000 ms each, no step quadratic)', [
  benchLargeFile('headings'),
  benchLargeFile('items'),
]);

// 2. Search (issue 4)
const searchRows = [];
for (const c of corpora) {
  searchRows.push({
    corpus: c.label,
    ...(await benchSearch({ label: c.label, events: c.data.events, talks: c.data.talks })),
  });
}
printTable(
  'Search (engine in headless Chromium; goals on ×10: p95 < 16 ms, < 1 MB before first answer, < 100 MB)',
  searchRows,
);
// Known-item queries made from each corpus (issue 11: typo success@3 ≥ 97%, no other kind worse).
for (const c of [corpora[1], devCorpus]) {
  printTable(
    `Search quality, ${c.label} (known-item queries made from the corpus; success@k and MRR@10)`,
    await searchQuality(c.data.events, c.data.talks),
  );
}

// 3. The app (issue 3): production builds served statically
function viteBuild(corpusDir: string, outDir: string): number {
  const started = performance.now();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    env: { ...process.env, TALKSHELF_CORPUS: corpusDir, TALKSHELF_OUT: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return performance.now() - started;
}

/** Byte counts of a figure row as short KB/MB figures. */
function formatBytes(row: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? kb(value) : value]),
  );
}

function firstTalkPath(distDir: string): string {
  const events = path.join(distDir, 'events');
  const event = readdirSync(events).sort()[0];
  const talk = readdirSync(path.join(events, event))
    .filter((f) => f !== 'index.html')
    .sort()[0];
  return `/events/${event}/${talk}/`;
}

const builds: Array<{ label: string; dir: string; corpus: string }> = [
  { label: 'default', dir: path.join(WORK, 'dist-default'), corpus: path.resolve('corpus') },
];
if (!quick)
  builds.push({
    label: 'scale ×10',
    dir: path.join(WORK, 'dist-x10'),
    corpus: path.join(WORK, 'scale-x10'),
  });

const appRows = [];
for (const build of builds) {
  const buildMs = viteBuild(build.corpus, build.dir);
  const shell = shellBytes(build.dir);
  const timings = await benchApp(build.dir, firstTalkPath(build.dir));
  const swSize = readFileSync(path.join(build.dir, 'sw.js')).length;
  appRows.push({
    corpus: build.label,
    'vite build ms': Math.round(buildMs),
    'shell JS gz': kb(shell.js),
    'shell CSS gz': kb(shell.css),
    'sw.js': kb(swSize),
    'first list ms': timings.firstListMs,
    'corpus stored ms': timings.firstStoredMs,
    'warm offline talk ms': timings.warmOfflineMs,
    p95: timings.warmOfflineP95Ms,
  });
}
printTable(
  'App (medians; goals: shell JS+CSS < 40 KB gzipped, warm offline deep-linked talk < 200 ms on ×10)',
  appRows,
);

// The generated corpus (35,000 documents unless TALKSHELF_BENCH_GENERATED says otherwise), for
// the offline copy and the library at scale.
const generatedCount = Number(process.env.TALKSHELF_BENCH_GENERATED ?? 35_000);
const generatedDist = path.join(WORK, 'dist-generated');
const generatedDir = path.join(WORK, `generated-${generatedCount}`);
if (!quick) {
  generateCorpus(generatedDir, generatedCount);
  viteBuild(generatedDir, generatedDist);
}
const offlineBuilds = quick
  ? builds
  : [...builds, { label: `generated ${generatedCount}`, dir: generatedDist }];

// 4. Offline at any size (issue 10): first visit, the whole offline copy, and an update.
const offlineRows = [];
for (const build of offlineBuilds) {
  const figures = await benchOffline(build.dir, firstTalkPath(build.dir));
  offlineRows.push({
    corpus: build.label,
    ...Object.fromEntries(
      Object.entries(figures).map(([key, value]) => [
        key,
        typeof value === 'number' && /gz|stored|raw/.test(key) ? kb(value) : value,
      ]),
    ),
  });
}
printTable(
  'Offline copy (goals: first visit < 300 KB gz of data, copy fetched once within 1.1× the corpus gz, stored within 1.2× the raw JSON)',
  offlineRows,
);
const updateRows = corpora.map((c) => ({ corpus: c.label, ...formatBytes(benchUpdate(c.data)) }));
if (!quick) {
  updateRows.push({
    corpus: `generated ${generatedCount}`,
    ...formatBytes(benchUpdate(buildCorpus(generatedDir))),
  });
}
printTable('Update adding one document (goal: under 5% of the corpus fetched)', updateRows);

// 5. The library at scale (issue 9), at 4× CPU throttling: the ten-times build and the generated
// corpus.
if (!quick) {
  const queries = benchQueries(corpora[1].data.talks).slice(0, 24);
  const libraryRows = [];
  for (const [label, dist] of [
    ['scale ×10', builds[1]!.dir],
    [`generated ${generatedCount}`, generatedDist],
  ] as const) {
    libraryRows.push({
      corpus: label,
      ...(await benchLibrary(dist, firstTalkPath(dist), queries)),
    });
  }
  printTable(
    'Library at 4× CPU throttling (goals: home interactive < 1,000 ms, no task > 200 ms, key→paint p95 < 100 ms, DOM < 1,500)',
    libraryRows,
  );
}

// 6. Lighthouse, mobile settings (goals: 100 accessibility, best practices, SEO; performance ≥ 95)
if (!quick) {
  for (const [label, dist] of [
    ['default corpus', builds[0].dir],
    [`generated ${generatedCount}`, generatedDist],
  ] as const) {
    const scores = await lighthouseScores(dist, ['/', firstTalkPath(dist)]);
    printTable(
      `Lighthouse (mobile, ${label})`,
      Object.entries(scores).map(([page, s]) => ({ page, ...s })),
    );
  }
}
