/**
 * The prerender and service-worker plugins in a real (small) Vite build under a sub-path, with a
 * stand-in corpus and stand-in page views, so they are tested apart from the app and the corpus build.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, type Plugin } from 'vite';
import type { BuildState } from '../../src/build/build-state';
import { prerender } from '../../src/build/prerender-plugin';
import { serviceWorker } from '../../src/build/sw-plugin';
import type { EventRecord, TalkRecord } from '../../src/shared/types';

const talks: TalkRecord[] = ['first', 'second'].map((slug, index) => ({
  id: `meetup/${slug}`,
  slug,
  eventId: 'meetup',
  index,
  title: `The ${slug} <talk>`,
  speakers: [],
  language: 'en',
  readingMinutes: 1,
  links: [],
  blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: `Body of the ${slug} talk` }] }],
}));
// A talk the stand-in views cannot render (no blocks): its page must not stop the build.
talks.push({ ...talks[0]!, id: 'meetup/broken', slug: 'broken', index: 2, blocks: [] });
const event: EventRecord = {
  id: 'meetup',
  title: 'Meetup',
  date: '2024-06-12',
  tags: [],
  kind: 'meetup',
  description: [],
  source: 'meetup.md',
  talkIds: talks.map((t) => t.id),
  languages: ['en'],
};

/** Stands in for the corpus plugin: fills the state and emits the JSON files. */
function fakeCorpus(state: BuildState): Plugin {
  return {
    name: 'fake-corpus',
    buildStart() {
      state.corpus = {
        manifestFileName: 'data/corpus.0123456789.json',
        talks,
        manifest: {
          format: 2,
          version: 'v1',
          builtAt: '',
          eventCount: 1,
          talkCount: 2,
          eventFiles: [],
          talkFiles: [
            { url: 'data/talks.0123456789.json', first: 'meetup', count: 2, bytes: 2, gzip: 2 },
          ],
          search: { manifest: '', files: [], bytes: 0, gzip: 0 },
        },
        events: [event],
      };
      this.emitFile({ type: 'asset', fileName: 'data/corpus.0123456789.json', source: '{}' });
      this.emitFile({ type: 'asset', fileName: 'data/talks.0123456789.json', source: '[]' });
    },
  };
}

const VIEWS = `
export const renderStaticPage = (page, base) =>
  '<main data-base="' + base + '"><h1>' +
  (page.kind === 'talk' ? page.talk.title.replace(/</g, '&lt;').replace(/>/g, '&gt;') + '</h1><p>' + page.talk.blocks[0].content[0].text + '</p>' : page.kind + '</h1>') +
  (page.next ? '<a href="' + base + 'events/' + page.next.id + '/">next</a>' : '') + '</main>';
export const pageMeta = (page) => ({ title: page.kind === 'talk' ? page.talk.title : page.kind, description: 'About ' + page.kind });
`;

const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head>
<body><div id="app"></div><script type="module" src="/main.js"></script></body></html>`;

let root: string;
let out: string;
const read = (file: string) => readFile(path.join(out, file), 'utf8');
const warnings: string[] = [];

beforeAll(async () => {
  // Inside the project so the worker's workbox imports resolve from node_modules.
  await mkdir('node_modules/.tmp', { recursive: true });
  root = await mkdtemp(path.resolve('node_modules/.tmp/pwa-build-'));
  out = path.join(root, 'out');
  await writeFile(path.join(root, 'index.html'), TEMPLATE);
  await writeFile(path.join(root, 'main.js'), 'document.title = "app";\n');
  await writeFile(path.join(root, 'views.js'), VIEWS);
  const state: BuildState = { base: '/sub/' };
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => {
    warnings.push(args.join(' '));
  });
  await build({
    root,
    base: state.base,
    configFile: false,
    logLevel: 'silent',
    plugins: [
      fakeCorpus(state),
      prerender(state, { siteUrl: 'https://example.org', entry: '/views.js' }),
      serviceWorker(state, { swSource: path.resolve('src/sw/sw.ts') }),
    ],
    build: { outDir: out, emptyOutDir: true },
  });
  warn.mockRestore();
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('prerender plugin', () => {
  it('writes a page per talk with its body, neighbours and absolute canonical URL', async () => {
    const html = await read('events/meetup/first/index.html');
    expect(html).toContain('<div id="app"><main data-base="/sub/"><h1>The first &lt;talk&gt;</h1>');
    expect(html).toContain('<p>Body of the first talk</p>');
    expect(html).toContain('<a href="/sub/events/meetup/second/">next</a>');
    expect(html).toContain(
      '<link rel="canonical" href="https://example.org/sub/events/meetup/first/">',
    );
    expect(html).toContain(
      '<meta property="og:image" content="https://example.org/sub/icons/icon-512.png">',
    );
    expect(html).toMatch(/<script type="module" crossorigin src="\/sub\/assets\/[^"]+\.js">/);
  });

  it('writes home, event, search, bookmarks, about and a noindex 404 page', async () => {
    expect(await read('index.html')).toContain('<h1>home</h1>');
    expect(await read('events/meetup/index.html')).toContain('<h1>event</h1>');
    for (const page of ['search', 'bookmarks', 'about']) {
      expect(await read(`${page}/index.html`)).toContain(`<h1>${page}</h1>`);
    }
    const notFound = await read('404.html');
    expect(notFound).toContain('<h1>notFound</h1>');
    expect(notFound).toContain('content="noindex"');
  });

  it('leaves a page that fails to render to the app, naming its source file, and goes on', async () => {
    expect(warnings.join('\n')).toContain(
      'could not prerender /sub/events/meetup/broken/ (from meetup.md)',
    );
    const html = await read('events/meetup/broken/index.html');
    expect(html).toContain('<div id="app"></div>');
    expect(await read('events/meetup/second/index.html')).toContain('Body of the second talk');
  });

  it('keeps the untouched template as the shell', async () => {
    const shell = await read('shell.html');
    expect(shell).toContain('<div id="app"></div>');
    expect(shell).toContain('<title>App</title>');
  });
});

describe('service-worker plugin', () => {
  it('precaches the shell and scripts, never the corpus (stored once, by the page) or a prerendered page', async () => {
    const sw = await read('sw.js');
    const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toContain('shell.html');
    expect(urls.filter((url) => url.startsWith('data/'))).toEqual([]);
    expect(urls.some((url) => /^assets\/.+\.js$/.test(url))).toBe(true);
    expect(urls.filter((url) => url.endsWith('index.html') || url === '404.html')).toEqual([]);
    expect(sw).not.toContain('__WB_MANIFEST');
    expect(sw).not.toMatch(/\bimport\s*[{*]/); // one classic script, no module imports left
  });
});
