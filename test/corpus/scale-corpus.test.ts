// The scale corpus (../shared/scale-corpus: 351 blog posts in English and Chinese, and a README):
// the whole build, the markdown readers and the encoding repair over every file.
import { describe, expect, it } from 'vitest';
import { markdownFiles, markdownReadProblems } from '../support/markdown-checks';
import { buildCorpus } from '../../src/build/pipeline';
import { markdownReaders } from '../../src/build/readers/index-markdown';
import { repairMojibake } from '../../src/build/repair-encoding';
import { scaleCorpusDir } from './corpora';

const ROOT = scaleCorpusDir();


describe('the scale corpus build', () => {
  it('builds every file into an event with at least one talk, with no crash and no skip', () => {
    const scale = buildCorpus(ROOT);
    expect(scale.warnings.filter((w) => w.severity === 'skipped')).toEqual([]);
    expect(scale.events.length).toBe(scale.fileCount);
    for (const event of scale.events) expect(event.talkIds.length).toBeGreaterThan(0);
    const ids = scale.talks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(scale.talks.filter((t) => t.language === 'zh').length).toBeGreaterThanOrEqual(30);
  });

  it('keeps single articles whole: only meeting notes and event recaps split, and no release announcement', () => {
    const scale = buildCorpus(ROOT);
    const split = scale.events.filter((e) => e.talkIds.length > 1);
    // 15 of 352 when this was written: community meeting notes, hangouts, summit recaps
    expect(split.length).toBeLessThanOrEqual(20);
    expect(split.filter((e) => /release-announcement|release-notes/.test(e.source))).toEqual([]);
    // every event of one talk names it by its own title, never twice over
    for (const event of scale.events.filter((e) => e.single)) {
      const talk = scale.talks.find((t) => t.id === event.talkIds[0])!;
      expect(talk.title).toBe(event.title);
    }
  });
});

describe('markdown readers over the whole scale corpus', () => {
  const corpus = markdownFiles(ROOT);

  it('covers the 351 posts and the README', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(352);
  });

  it('reads every file into talks with blocks, with no template marker, raw HTML or unsafe link', () => {
    expect(markdownReadProblems(corpus)).toEqual([]);
  });

  it('reads front matter behind a byte-order mark or blank lines', () => {
    for (const path of [
      '2019-08-30-announcing-etcd-3.4.md',
      'zh/2016-01-00-Simple-Leader-Election-With-Kubernetes.md',
    ]) {
      const file = corpus.find((f) => f.path === path)!;
      const doc = markdownReaders[0]!.read(file);
      expect(doc.warnings).toEqual([]);
      expect(doc.title).not.toMatch(/^---|\.md$/);
      expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('repairMojibake over the scale corpus', () => {
  it('keeps every post, English and Chinese, unchanged', () => {
    const corpus = markdownFiles(ROOT);
    expect(corpus.filter((f) => f.path.startsWith('zh/')).length).toBeGreaterThanOrEqual(30);
    for (const file of corpus) expect(repairMojibake(file.text).text, file.path).toBe(file.text);
  });
});
