/**
 * Offline figures for `npm run bench` (issue 10), in headless Chromium against a production build
 * on the plain static server, counting what the server answered (gzip sizes computed from the
 * files, as a compressing server would send them):
 * - the data fetched by a first visit to a talk, until the app has taken over and settled;
 * - the whole offline copy: bytes fetched against the corpus's gzip size, files fetched twice,
 *   and bytes the origin stores (navigator.storage.estimate) against the corpus's raw JSON;
 * and, in process, the bytes an update that adds one document fetches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { emitCorpus } from '../../src/build/emit-corpus';
import type { BuiltCorpusData } from '../../src/build/pipeline';
import type { CorpusManifest, EventRecord, TalkRecord } from '../../src/shared/types';
import { startStaticServer } from '../static-server';

/** The build's corpus manifest, read from its folder. */
function manifestOf(distDir: string): CorpusManifest {
  const name = readdirSync(path.join(distDir, 'data')).find((f) => /^corpus\..+\.json$/.test(f));
  if (!name) throw new Error(`${distDir} holds no corpus manifest`);
  return JSON.parse(readFileSync(path.join(distDir, 'data', name), 'utf8')) as CorpusManifest;
}

const gzipOf = (distDir: string, urlPath: string) =>
  gzipSync(readFileSync(path.join(distDir, urlPath))).length;

/** First-visit and full-copy figures for one build. */
export async function benchOffline(distDir: string, talkPath: string) {
  const manifest = manifestOf(distDir);
  const corpusFiles = [
    ...manifest.eventFiles.map((f) => f.url),
    ...manifest.talkFiles.map((f) => f.url),
    ...manifest.search.files,
    ...(manifest.home?.files ?? []),
  ];
  const corpusGzip =
    [...manifest.eventFiles, ...manifest.talkFiles].reduce((sum, f) => sum + f.gzip, 0) +
    manifest.search.gzip +
    (manifest.home?.gzip ?? 0);
  const corpusRaw =
    [...manifest.eventFiles, ...manifest.talkFiles].reduce((sum, f) => sum + f.bytes, 0) +
    manifest.search.bytes +
    (manifest.home?.bytes ?? 0);

  let server = await startStaticServer(distDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    // A first visit to a shared talk: what arrives before the page is the app's and settled.
    const visit = await browser.newContext();
    const page = await visit.newPage();
    await page.goto(`${server.url}${talkPath}`);
    await page.locator('#app[data-ready] main h1').waitFor();
    await page.waitForTimeout(500);
    const firstVisit = server.served
      .filter((r) => r.path.startsWith('/data/') && r.status === 200)
      .reduce((sum, r) => sum + gzipOf(distDir, r.path), 0);
    await visit.close();

    // The whole offline copy, from the About page (asked for, or started by itself when small),
    // counted by a server of its own: the first visit's last requests cannot land in its count.
    await server.close();
    server = await startStaticServer(distDir);
    const context = await browser.newContext();
    const about = await context.newPage();
    const started = Date.now();
    await about.goto(`${server.url}/about/`);
    await about.locator('#app[data-ready]').waitFor({ state: 'attached' });
    const status = about.locator('.offline-status:not([data-phase="unknown"])');
    await status.waitFor();
    if ((await status.getAttribute('data-phase')) === 'none') {
      await about.getByRole('button', { name: /Make available offline/ }).click();
    }
    await about.locator('.offline-status[data-phase="complete"]').waitFor({ timeout: 600_000 });
    const copyMs = Date.now() - started;
    const served = server.served
      .filter((r) => r.path.startsWith('/data/') && r.status === 200)
      .map((r) => r.path.slice(1));
    const twice = served.filter((p, n) => served.indexOf(p) !== n);
    if (twice.length) console.warn(`  fetched twice: ${twice.join(', ')}`);
    const missing = corpusFiles.filter((f) => !served.includes(f)).length;
    const fetched = served.reduce((sum, p) => sum + gzipOf(distDir, p), 0);
    // What the origin stores, less the app shell's caches (precache, visited pages): the corpus.
    const { usage, shell } = await about.evaluate(async () => {
      let shellBytes = 0;
      for (const name of await caches.keys()) {
        if (name === 'talkshelf-search') continue;
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          shellBytes += (await (await cache.match(request))?.blob())?.size ?? 0;
        }
      }
      return { usage: (await navigator.storage.estimate()).usage ?? 0, shell: shellBytes };
    });
    const stored = usage - shell;
    await context.close();
    return {
      'first visit data gz': firstVisit,
      'copy fetched gz': fetched,
      'corpus gz': corpusGzip,
      'fetched ÷ corpus gz': (fetched / corpusGzip).toFixed(2),
      'files twice': twice.length,
      'files missed': missing,
      'copy s': (copyMs / 1000).toFixed(1),
      'shell stored': shell,
      'corpus stored': stored,
      'corpus raw': corpusRaw,
      'stored ÷ raw': (stored / corpusRaw).toFixed(2),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The bytes an update that adds one document fetches, in process: the files of the new build
 * whose names the old build did not have (gzip), against the whole corpus, for the events and
 * talks and for the search index.
 */
export function benchUpdate(data: BuiltCorpusData) {
  const before = emitCorpus(data);
  const template = data.talks[Math.floor(data.talks.length / 2)]!;
  const eventId = 'zz-bench-added-document';
  const talk: TalkRecord = {
    ...template,
    id: `${eventId}/${template.slug}`,
    eventId,
    index: 0,
    title: `${template.title} (added)`,
  };
  const event: EventRecord = {
    ...data.events.find((e) => e.id === template.eventId)!,
    id: eventId,
    title: `${template.title} (added)`,
    source: 'added/document.md',
    talkIds: [talk.id],
  };
  // Placed in the middle of the id order, where it disturbs most.
  event.id = talk.eventId = `${data.events[Math.floor(data.events.length / 2)]!.id}-added`;
  talk.id = `${event.id}/${talk.slug}`;
  event.talkIds = [talk.id];
  const after = emitCorpus({
    ...data,
    events: [...data.events, event],
    talks: [...data.talks, talk],
  });
  const old = new Set(before.files.map((f) => f.fileName));
  const sizes = (predicate: (name: string) => boolean) => {
    let total = 0;
    let changed = 0;
    for (const file of after.files) {
      if (!predicate(file.fileName) || file.fileName.startsWith('data/corpus.')) continue;
      const gz = gzipSync(file.source).length;
      total += gz;
      if (!old.has(file.fileName)) changed += gz;
    }
    return { total, changed };
  };
  const records = sizes((name) => !name.startsWith('data/search/'));
  const search = sizes((name) => name.startsWith('data/search/'));
  const all = { total: records.total + search.total, changed: records.changed + search.changed };
  const share = (s: { total: number; changed: number }) =>
    `${((100 * s.changed) / s.total).toFixed(1)}%`;
  return {
    'events+talks fetched': records.changed,
    'events+talks share': share(records),
    'search fetched': search.changed,
    'search share': share(search),
    'whole update share': share(all),
  };
}
