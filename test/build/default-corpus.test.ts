// The whole pipeline over the real default corpus and a folder of small blog posts in English and
// Chinese (test/fixtures/posts): what the app receives. The scale corpus is in test/corpus.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitCorpus } from '../../src/build/emit-corpus';
import { buildCorpus } from '../../src/build/pipeline';
import { blocksText } from '../../src/shared/blocks-text';
import { checkTalk, droppedParts } from '../../src/data/record-check';
import type { CorpusManifest } from '../../src/shared/types';

const corpus = buildCorpus(path.resolve('corpus'));
const eventOf = (prefix: string) => corpus.events.find((e) => e.source.startsWith(prefix))!;
const talksOf = (prefix: string) => corpus.talks.filter((t) => t.eventId === eventOf(prefix).id);

describe('the default corpus', () => {
  it('builds all five documents with no file skipped', () => {
    expect(corpus.events).toHaveLength(5);
    expect(corpus.warnings.filter((w) => w.severity === 'skipped')).toEqual([]);
  });

  it('gives readable ASCII slugs, Cyrillic transliterated, unique across the corpus', () => {
    const ids = corpus.talks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(talksOf('000').map((t) => t.slug)).toEqual([
      'dropbox-ukhodit-iz-amazona',
      'kubernetes-1-2-0',
    ]);
    for (const talk of corpus.talks) expect(talk.id).toBe(`${talk.eventId}/${talk.slug}`);
    for (const event of corpus.events) expect(event.id).toMatch(/^[a-z0-9\u3400-\u9fff-]+$/);
  });

  it('tells the languages apart per talk', () => {
    expect(talksOf('000')[0].language).toBe('ru');
    expect(talksOf('002').every((t) => t.language === 'en')).toBe(true);
    const listing = talksOf('001').map((t) => t.language);
    expect(listing).toContain('zh');
    expect(listing).toContain('en');
  });

  it('orders talks, counts reading time and collects links', () => {
    for (const event of corpus.events) {
      const talks = corpus.talks.filter((t) => t.eventId === event.id);
      expect(talks.map((t) => t.id)).toEqual(event.talkIds);
      talks.forEach((talk, i) => expect(talk.index).toBe(i));
    }
    expect(talksOf('000')[0].links[0]).toMatch(/^http:\/\/www\.wired\.com\//);
    expect(talksOf('002').every((t) => t.readingMinutes >= 1)).toBe(true);
  });

  it('leaves no template tag, mojibake or deck chrome in any talk', () => {
    for (const talk of corpus.talks) {
      const text = `${talk.title}\n${blocksText(talk.blocks)}`;
      expect(text).not.toMatch(/\{%|\{\{<|β†|Γ©|Β―|πŸ|➦|Back to the list of talks/);
    }
  });

  it('writes only blocks the app reads back whole (a dropped part asks for a repair)', () => {
    const before = droppedParts();
    for (const talk of corpus.talks) checkTalk(JSON.parse(JSON.stringify(talk)));
    expect(droppedParts() - before).toBe(0);
  });

  it('emits a manifest, talk chunks and search files under content-hashed names', () => {
    const emitted = emitCorpus(corpus);
    const names = emitted.files.map((f) => f.fileName);
    expect(names).toContain(emitted.manifestFileName);
    expect(emitted.manifestFileName).toMatch(/^data\/corpus\.[0-9a-f]{10}\.json$/);
    const manifest = JSON.parse(
      emitted.files.find((f) => f.fileName === emitted.manifestFileName)!.source,
    ) as CorpusManifest;
    expect(manifest.eventCount).toBe(5);
    expect(manifest.talkCount).toBe(corpus.talks.length);
    for (const file of [...manifest.eventFiles, ...manifest.talkFiles]) {
      expect(names).toContain(file.url);
      expect(file.url).toMatch(/^data\/(events|talks)\.[0-9a-f]{10}\.json$/);
      expect(file.gzip).toBeGreaterThan(0);
      expect(file.gzip).toBeLessThan(file.bytes);
    }
    const eventsIn = manifest.eventFiles.flatMap(
      (file) => JSON.parse(emitted.files.find((f) => f.fileName === file.url)!.source) as unknown[],
    );
    expect(eventsIn).toHaveLength(5);
    expect(names).toContain(manifest.search.manifest);
    for (const file of manifest.search.files) expect(names).toContain(file);
    // the same input gives the same files: no spurious update for an unchanged corpus
    expect(emitCorpus(buildCorpus(path.resolve('corpus'))).manifest.version).toBe(manifest.version);
  });
});

describe('a folder of Markdown blog posts in English and Chinese (test/fixtures/posts)', () => {
  it('builds every file into an event with at least one talk, with no crash and no skip', () => {
    const posts = buildCorpus(path.resolve('test/fixtures/posts'));
    expect(posts.warnings.filter((w) => w.severity === 'skipped')).toEqual([]);
    expect(posts.fileCount).toBe(4);
    expect(posts.events.length).toBe(posts.fileCount);
    for (const event of posts.events) expect(event.talkIds.length).toBeGreaterThan(0);
    const ids = posts.talks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const languageOf = (source: string) =>
      posts.talks.find((t) => t.eventId === posts.events.find((e) => e.source === source)!.id)!
        .language;
    expect(languageOf('2019-04-17-pod-priority-in-practice.md')).toBe('en');
    expect(languageOf('2016-05-10-berlin-meetup-recap.md')).toBe('en');
    expect(languageOf('zh/2018-11-20-contributor-summit-shanghai.md')).toBe('zh');
    expect(languageOf('zh/2020-03-05-jiqun-shengji-jingyan.md')).toBe('zh');
  });
});
