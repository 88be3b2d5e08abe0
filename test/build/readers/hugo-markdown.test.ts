import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hugoMarkdownReader } from '../../../src/build/readers/hugo-markdown';
import { inlineTexts, linkHrefs, listDepth } from '../block-walk';

const file000 = {
  path: '000_99aa664daedce30c.txt',
  text: readFileSync('corpus/000_99aa664daedce30c.txt', 'utf8'),
};

describe('hugo-markdown reader on corpus 000 (DevZen episode 0084)', () => {
  const doc = hugoMarkdownReader.read(file000);

  it('is detected with confidence from its front matter', () => {
    expect(hugoMarkdownReader.detect(file000)).toBeGreaterThan(0.9);
  });

  it('takes title, date and tags from the front matter and is a podcast', () => {
    expect(doc.title).toBe('Notes for episode-0084');
    expect(doc.date).toBe('2016-03-09');
    expect(doc.tags).toEqual(['devzen', 'english']);
    expect(doc.kind).toBe('podcast');
  });

  it('makes one talk per top-level heading, each with its source link first', () => {
    expect(doc.talks.map((t) => t.title)).toEqual([
      'Dropbox уходит из амазона',
      'Kubernetes-1.2.0',
    ]);
    expect(linkHrefs(doc.talks[0]!.blocks)[0]).toBe(
      'http://www.wired.com/2016/03/epic-story-dropboxs-exodus-amazon-cloud-empire/',
    );
    expect(linkHrefs(doc.talks[1]!.blocks)[0]).toMatch(
      /^http:\/\/blog\.kubernetes\.io\/2016\/03\/Kubernetes-1\.2/,
    );
    expect(doc.talks.every((t) => t.speakers.length === 0)).toBe(true);
  });

  it('keeps list nesting and drops the Liquid raw tags', () => {
    expect(listDepth(doc.talks[0]!.blocks)).toBe(2);
    expect(listDepth(doc.talks[1]!.blocks)).toBeGreaterThanOrEqual(2);
    const texts = doc.talks.flatMap((t) => inlineTexts(t.blocks));
    expect(texts.some((t) => t.includes('{%'))).toBe(false);
    expect(texts.some((t) => t.includes('$25 for anyone who submits a PR that ads'))).toBe(true);
  });
});

describe('hugo-markdown reader on other shapes', () => {
  it('reads a blog post as one talk by its author, sub-headings kept', () => {
    const text =
      '\uFEFF\n---\ntitle: " Hello World "\ndate: 2019-01-02T10:00:00+03:00\nauthor: [Ann, Bob]\ncategories: [news]\ntags: [News, k8s]\n---\nIntro.\n\n## Part one\n\nText.\n';
    const doc = hugoMarkdownReader.read({ path: 'post.md', text });
    expect(doc).toMatchObject({
      title: 'Hello World',
      date: '2019-01-02',
      tags: ['News', 'k8s'],
      author: 'Ann, Bob',
      kind: 'blog',
    });
    expect(doc.talks).toHaveLength(1);
    expect(doc.talks[0]!.speakers).toEqual([{ name: 'Ann' }, { name: 'Bob' }]);
    expect(doc.talks[0]!.blocks[1]).toEqual({
      kind: 'heading',
      level: 2,
      content: [{ kind: 'text', text: 'Part one' }],
    });
  });

  it('reads the body despite broken YAML and reports why', () => {
    const doc = hugoMarkdownReader.read({
      path: 'broken.md',
      text: '---\ntitle: [unclosed\n---\n# Only heading\n\nBody text.\n',
    });
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toMatch(/broken YAML front matter/);
    expect(doc.title).toBe('Only heading');
    expect(inlineTexts(doc.talks[0]!.blocks)).toEqual(['Body text.']);
  });

  it('reads markdown without front matter as notes, titled by its heading', () => {
    const file = {
      path: 'notes/readme.txt',
      text: '# My notes\n\n- one [link](https://example.com)\n- two\n',
    };
    expect(hugoMarkdownReader.detect(file)).toBeGreaterThan(0.5);
    const doc = hugoMarkdownReader.read(file);
    expect(doc).toMatchObject({ title: 'My notes', kind: 'notes' });
    expect(linkHrefs(doc.talks[0]!.blocks)).toEqual(['https://example.com/']);
  });

  it('reads TOML front matter', () => {
    const doc = hugoMarkdownReader.read({
      path: 'a.md',
      text: '+++\ntitle = "Toml post"\ndate = 2020-05-06\ntags = ["a", "b"]\n+++\nText\n',
    });
    expect(doc).toMatchObject({ title: 'Toml post', date: '2020-05-06', tags: ['a', 'b'] });
  });

  it('does not claim the plain-text corpus documents', () => {
    for (const name of [
      '001_197eaa259fe1fc3f',
      '002_614ca311af883a98',
      '003_42e269af5f1b8e88',
      '004_41072a19ec8dd5dd',
    ]) {
      const text = readFileSync(`corpus/${name}.txt`, 'utf8');
      expect(hugoMarkdownReader.detect({ path: `${name}.txt`, text })).toBe(0);
    }
  });
});
