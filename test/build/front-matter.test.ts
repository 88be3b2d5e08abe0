import { describe, expect, it } from 'vitest';
import { normaliseDate, parseLongDate } from '../../src/build/dates';
import { parseFrontMatter, splitFrontMatter } from '../../src/build/front-matter';
import { frontMatterFields } from '../../src/build/front-matter-fields';

describe('splitFrontMatter', () => {
  it('tolerates a byte-order mark and leading blank lines', () => {
    const split = splitFrontMatter('\uFEFF\n\n---\ntitle: A\n---\nBody');
    expect(split).toEqual({ raw: 'title: A\n', format: 'yaml', body: 'Body' });
  });

  it('treats an unclosed fence as body and reads TOML fences', () => {
    expect(splitFrontMatter('---\nno end').raw).toBeUndefined();
    expect(splitFrontMatter('+++\ntitle = "T"\n+++\nB')).toMatchObject({
      format: 'toml',
      body: 'B',
    });
  });

  it('prefers a translation’s own front matter over the commented original', () => {
    const text = '<!--\n---\ntitle: Original\n---\n-->\n\ntitle: "译文"\ndate: 2016-01-11\n\nBody';
    const split = splitFrontMatter(text);
    expect(parseFrontMatter(split.raw!, split.format!)).toMatchObject({ title: '译文' });
    expect(split.body.trim()).toBe('Body');
  });
});

describe('parseFrontMatter', () => {
  it('says what is wrong with broken YAML', () => {
    expect(() => parseFrontMatter('title: [unclosed\n', 'yaml')).toThrow(
      /broken YAML front matter: .+/,
    );
    expect(() => parseFrontMatter('- just\n- a list\n', 'yaml')).toThrow(/key: value/);
  });

  it('reads a TOML subset and rejects lines it cannot read', () => {
    expect(
      parseFrontMatter('title = "T"\ntags = ["a", "b"]\ndraft = false\n[params]\nx = 1', 'toml'),
    ).toEqual({ title: 'T', tags: ['a', 'b'], draft: false });
    expect(() => parseFrontMatter('what is this', 'toml')).toThrow(/line 1/);
  });
});

describe('frontMatterFields', () => {
  it('merges tags, categories and keywords without duplicates and reads author shapes', () => {
    const fields = frontMatterFields({
      title: '  Spaced  title ',
      tags: ['Go', 'k8s'],
      categories: 'go, news',
      keywords: ['News'],
      author: { name: 'Ann' },
    });
    expect(fields).toMatchObject({
      title: 'Spaced title',
      tags: ['Go', 'k8s', 'news'],
      author: 'Ann',
      authors: ['Ann'],
    });
    expect(frontMatterFields({ authors: ['A', 'B', 'A'] }).author).toBe('A, B');
  });

  it('normalises dates to ISO days', () => {
    expect(normaliseDate(new Date(Date.UTC(2016, 2, 9)))).toBe('2016-03-09');
    expect(normaliseDate('2016-03-09T10:00:00+03:00')).toBe('2016-03-09');
    expect(normaliseDate('2016-03-09 10:00')).toBe('2016-03-09');
    expect(normaliseDate('2016-02-30')).toBeUndefined();
    expect(normaliseDate('soon')).toBeUndefined();
    expect(parseLongDate('Friday, April 3, 2015')).toBe('2015-04-03');
  });
});
