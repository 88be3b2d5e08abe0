// The markdown readers over a few realistic blog posts in English and Chinese (test/fixtures/posts):
// Hugo shortcodes, Liquid tags, raw HTML, relative links, a byte-order mark, a translation that
// keeps the original's front matter in a comment. The same checks over the scale corpus are in
// test/corpus.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORBIDDEN_IN_TEXT,
  markdownFiles,
  markdownReadProblems,
} from '../../support/markdown-checks';
import { markdownReaders } from '../../../src/build/readers/index-markdown';

const ROOT = join(__dirname, '../../fixtures/posts');

describe('markdown readers over blog posts in English and Chinese', () => {
  const corpus = markdownFiles(ROOT);

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
    expect(markdownReadProblems(corpus)).toEqual([]);
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
