// The scale corpus (../shared/scale-corpus: 351 blog posts in English and Chinese, and a README):
// the whole build, the markdown readers and the encoding repair over every file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/build/model';
import { buildCorpus } from '../../src/build/pipeline';
import { markdownReaders } from '../../src/build/readers/index-markdown';
import { repairMojibake } from '../../src/build/repair-encoding';
import { inlineTexts, linkHrefs, walkBlocks } from '../build/block-walk';
import { scaleCorpusDir } from './corpora';

const ROOT = scaleCorpusDir();
const FORBIDDEN_IN_TEXT = ['{{<', '{{%', '{%', '<div', '<script', '<iframe'];
// code blocks show source as text, safely: only template markers must be gone there
const FORBIDDEN_IN_CODE = ['{{<', '{{%', '{%'];

/** Every markdown file of the scale corpus, by path relative to it, read as UTF-8. */
function files(): SourceFile[] {
  return (readdirSync(ROOT, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => /\.(md|markdown)$/.test(p))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

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
    // 21 of 352 when this was written: community meeting notes, hangouts, summit recaps, interviews
    expect(split.length).toBeLessThanOrEqual(25);
    expect(split.filter((e) => /release-announcement|release-notes/.test(e.source))).toEqual([]);
    // every event of one talk names it by its own title, never twice over
    for (const event of scale.events.filter((e) => e.single)) {
      const talk = scale.talks.find((t) => t.id === event.talkIds[0])!;
      expect(talk.title).toBe(event.title);
    }
  });
});

describe('markdown readers over the whole scale corpus', () => {
  const corpus = files();

  it('covers the 351 posts and the README', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(352);
  });

  it('reads every file into talks with blocks, with no template marker, raw HTML or unsafe link', () => {
    const problems: string[] = [];
    for (const file of corpus) {
      const reader = [...markdownReaders].sort((a, b) => b.detect(file) - a.detect(file))[0]!;
      if (reader.detect(file) === 0) {
        problems.push(`${file.path}: not detected`);
        continue;
      }
      const doc = reader.read(file);
      if (!doc.title) problems.push(`${file.path}: no title`);
      if (doc.talks.length === 0) problems.push(`${file.path}: no talk`);
      const blocks = [...doc.description, ...doc.talks.flatMap((t) => t.blocks)];
      for (const talk of doc.talks)
        if (talk.blocks.length === 0) problems.push(`${file.path}: empty talk ${talk.title}`);
      for (const text of [...inlineTexts(blocks), doc.title, ...doc.talks.map((t) => t.title)]) {
        for (const bad of FORBIDDEN_IN_TEXT)
          if (text.includes(bad)) problems.push(`${file.path}: ${bad} in ${text.slice(0, 80)}`);
      }
      walkBlocks(blocks, (block) => {
        if (block.kind !== 'code') return;
        for (const bad of FORBIDDEN_IN_CODE)
          if (block.text.includes(bad)) problems.push(`${file.path}: ${bad} in code`);
      });
      for (const href of linkHrefs(blocks))
        if (!/^(https?:\/\/|mailto:)/.test(href)) problems.push(`${file.path}: link ${href}`);
    }
    expect(problems).toEqual([]);
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
    const corpus = files();
    expect(corpus.filter((f) => f.path.startsWith('zh/')).length).toBeGreaterThanOrEqual(30);
    for (const file of corpus) expect(repairMojibake(file.text).text, file.path).toBe(file.text);
  });
});
