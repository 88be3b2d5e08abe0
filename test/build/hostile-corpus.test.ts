// The build over hostile notes (test/support/hostile-corpus.ts): it completes, names every file
// it skips, and no payload reaches a page: no script, no event-handler attribute, no unsafe link.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStaticPage } from '../../src/app/static-pages';
import { buildCorpus, type BuiltCorpusData } from '../../src/build/pipeline';
import { hostileCorpus } from '../support/hostile-corpus';

let dir: string;
let corpus: BuiltCorpusData;
const files = hostileCorpus();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'talkshelf-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  corpus = buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every page the build would prerender for the hostile corpus. */
function pages(): string[] {
  const out = [renderStaticPage({ kind: 'home', events: corpus.events }, '/')];
  for (const event of corpus.events) {
    const talks = event.talkIds.map((id) => corpus.talks.find((t) => t.id === id)!);
    out.push(renderStaticPage({ kind: 'event', event, talks }, '/'));
    for (const talk of talks) out.push(renderStaticPage({ kind: 'talk', event, talk }, '/'));
  }
  return out;
}

describe('a hostile corpus', () => {
  it('builds, and every file is an event or skipped by name with its reason', () => {
    const skipped = corpus.warnings.filter((w) => w.severity === 'skipped');
    const accounted = [...corpus.events.map((e) => e.source), ...skipped.map((w) => w.file)].sort();
    expect(accounted).toEqual(Object.keys(files).sort());
    for (const warning of skipped) expect(warning.reason.length).toBeGreaterThan(3);
    expect(skipped.map((w) => w.file).sort()).toEqual(['binary.bin', 'empty.md', 'spaces.md']);
  });

  it('lets no script, event handler or unsafe link reach a page', () => {
    for (const page of pages()) {
      // the corpus's part of the page: the shell around it (search form, icons) is the app's own
      const html = page.slice(page.indexOf('<main'), page.lastIndexOf('</main>'));
      expect(html.length).toBeGreaterThan(0);
      // Read as a browser would: the tags and attributes really there (escaped text and
      // attribute values such as `&lt;b onclick=…` are words, not markup).
      const tags: string[] = [];
      const attributes: Array<[string, string]> = [];
      const parser = new Parser({
        onopentag(name, attrs) {
          tags.push(name);
          attributes.push(...Object.entries(attrs));
        },
      });
      parser.write(html);
      parser.end();
      expect(
        tags.filter((t) => /^(?:script|iframe|object|embed|svg|form|img|style)$/.test(t)),
      ).toEqual([]);
      expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
      for (const [name, value] of attributes)
        if (name === 'href') expect(value).toMatch(/^(?:https?:\/\/|mailto:|\/|#)/);
    }
  });

  it('keeps the text around the payloads readable', () => {
    const text = JSON.stringify(corpus.talks);
    expect(text).toContain('Still read.');
    expect(text).toContain('https://example.com');
    expect(corpus.events.find((e) => e.source === 'md-front.md')?.title).not.toMatch(/<img/);
  });
});
