// The markdown readers over a few realistic blog posts in English and Chinese (test/fixtures/posts):
// Hugo shortcodes, Liquid tags, raw HTML, relative links, a byte-order mark, a translation that
// keeps the original's front matter in a comment. The same checks over the scale corpus are in
// test/corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/build/model';
import { markdownReaders } from '../../../src/build/readers/index-markdown';
import { inlineTexts, linkHrefs, walkBlocks } from '../block-walk';

const ROOT = join(__dirname, '../../fixtures/posts');
const FORBIDDEN_IN_TEXT = ['{{<', '{{%', '{%', '<div', '<script', '<iframe'];
// code blocks show source as text, safely: only template markers must be gone there
const FORBIDDEN_IN_CODE = ['{{<', '{{%', '{%'];

function files(): SourceFile[] {
  return (readdirSync(ROOT, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => /\.(md|markdown)$/.test(p))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}
const best = (file: SourceFile) =>
  [...markdownReaders].sort((a, b) => b.detect(file) - a.detect(file))[0]!;

describe('markdown readers over blog posts in English and Chinese', () => {
  const corpus = files();

  it('has the posts with the markup to clean', () => {
    expect(corpus.map((f) => f.path)).toEqual([
      '2016-05-10-berlin-meetup-recap.md',
      '2019-04-17-pod-priority-in-practice.md',
      'zh/2018-11-20-contributor-summit-shanghai.md',
      'zh/2020-03-05-jiqun-shengji-jingyan.md',
    ]);
    const all = corpus.map((f) => f.text).join('\n');
    for (const marker of [...FORBIDDEN_IN_TEXT.filter((m) => m !== '<script'), '](/'])
      expect(all).toContain(marker);
  });

  it('reads every file into talks with blocks, with no template marker, raw HTML or unsafe link', () => {
    const problems: string[] = [];
    for (const file of corpus) {
      const reader = best(file);
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

  it('reads front matter behind a byte-order mark, blank lines or a commented original', () => {
    const expected: Record<string, [string, string]> = {
      '2016-05-10-berlin-meetup-recap.md': ['Berlin Cloud Native Meetup: May recap', '2016-05-10'],
      '2019-04-17-pod-priority-in-practice.md': ['Pod Priority in Practice', '2019-04-17'],
      'zh/2018-11-20-contributor-summit-shanghai.md': ['上海新贡献者工作坊回顾', '2018-11-20'],
      'zh/2020-03-05-jiqun-shengji-jingyan.md': ['一次集群升级的经验总结', '2020-03-05'],
    };
    for (const file of corpus) {
      const doc = markdownReaders[0]!.read(file);
      expect(doc.warnings, file.path).toEqual([]);
      expect([doc.title, doc.date], file.path).toEqual(expected[file.path]);
    }
  });
});
