import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../src/shared/blocks-text';
import type { OutlineBlock } from '../../../src/build/outline';
import { htmlPageReader, readHtmlOutline } from '../../../src/build/readers/html-page';
import type { Block } from '../../../src/shared/types';
import { inlineTexts, linkHrefs } from '../block-walk';

const fixture = (name: string) => ({
  path: `notes/${name}`,
  text: readFileSync(join(__dirname, '../../fixtures/html', name), 'utf8'),
});
const page = (html: string, path = 'saved/page.html') => readHtmlOutline({ path, text: html });
const headings = (blocks: OutlineBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'heading' ? [`h${b.level} ${inlineText(b.content)}`] : []));
const allText = (blocks: OutlineBlock[]) => inlineTexts(blocks as Block[]).join(' ');

describe('html-page on a saved blog post', () => {
  const outline = readHtmlOutline(fixture('blog-post.html'));

  it('trims the site suffix from <title> because the <h1> confirms the rest', () => {
    expect(outline.title).toBe('Notes from RustConf: async in practice');
  });

  it('takes the date, author and tags from <meta>', () => {
    expect(outline.date).toBe('2023-09-14');
    expect(outline.author).toBe('Jane Doe');
    expect(outline.tags).toEqual(['rust', 'async', 'conference']);
  });

  it('reads the one <article>, headings at their depth, the title heading not repeated', () => {
    expect(headings(outline.blocks)).toEqual([
      'h2 Async cancellation — Alice Ng',
      'h3 Q&A',
      'h2 Embedded async with Embassy — Bob Ruiz',
    ]);
    expect(outline.blocks.map((b) => b.kind)).toContain('code');
    expect(outline.blocks.map((b) => b.kind)).toContain('quote');
  });

  it('leaves out navigation, site header and footer, sidebar, form, scripts and ads', () => {
    const text = allText(outline.blocks);
    for (const chrome of ['Home', 'About', 'Recent posts', 'Leave a comment', 'Post comment'])
      expect(text).not.toContain(chrome);
    expect(text).not.toMatch(/dataLayer|tracking|console\.log|Powered by|font-family|</);
    expect(text).toContain('Two talks stood out this year');
  });

  it('links only http(s) targets and keeps the talk video embed as a link', () => {
    expect(linkHrefs(outline.blocks as Block[])).toEqual([
      'https://example.com/speakers/alice',
      'https://example.com/slides/cancel.pdf',
      'https://www.youtube.com/embed/abc123',
    ]);
    expect(allText(outline.blocks)).toContain('the local copy or this.');
  });

  it('returns the segmented document through the reader', () => {
    const doc = htmlPageReader.read(fixture('blog-post.html'));
    expect(doc.title).toBe('Notes from RustConf: async in practice');
    const text = doc.talks.flatMap((t) => inlineTexts(t.blocks)).join(' ');
    expect(text).toContain('Dropping a future is');
    expect(text).not.toMatch(/<\/?[a-z]/);
  });
});

describe('html-page on an Org-mode XHTML export', () => {
  const outline = readHtmlOutline(fixture('org-export.html'));

  it('takes the title and author, and drops the h1 that repeats the title', () => {
    expect(outline.title).toBe('Lisp meetup, May 2015');
    expect(outline.author).toBe('Sam Lee');
    expect(outline.date).toBeUndefined();
  });

  it('drops section numbers, the table of contents, the preamble and the postamble', () => {
    expect(headings(outline.blocks)).toEqual([
      'h2 Macros without tears',
      'h3 Hygiene',
      'h2 Lightning talks',
    ]);
    const text = allText(outline.blocks);
    expect(text).not.toMatch(/Table of Contents|Exported from|Created:|Validate|Org mode/);
    expect(text).not.toMatch(/CodeHighlightOn|text-align/);
  });

  it('keeps the lists, the source block and the table', () => {
    expect(outline.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'code',
      'heading',
      'table',
    ]);
    expect(outline.blocks[4]).toMatchObject({ text: expect.stringContaining('&rest body') });
  });
});

describe('html-page on an ERB fragment with front matter', () => {
  const outline = readHtmlOutline(fixture('episode.html.erb'));

  it('takes the title (entities decoded), author and tags from the front matter', () => {
    expect(outline.title).toBe('Dev Podcast - Episode 12 - L\u0027été des frameworks');
    expect(outline.author).toBe('Claire Martin');
    expect(outline.tags).toEqual(['podcast', 'java']);
    expect(outline.kind).toBe('podcast');
  });

  it('reads the HTML, not its source, with the ERB tags gone', () => {
    expect(headings(outline.blocks)).toEqual([
      'h2 News',
      'h3 Langages',
      'h3 Outillage',
      'h2 Nous contacter',
    ]);
    const text = allText(outline.blocks);
    expect(text).not.toMatch(/<|%>|episode_url|content_for|not shown/);
    expect(text).toContain('Télécharger l’épisode Episode-12.mp3');
  });
});

describe('html-page content and title rules', () => {
  it('drops page-level chrome of a body without <main> or <article>, keeps section headers', () => {
    const outline = page(
      '<!doctype html><body><header><a href="/">Site</a></header><nav>Menu</nav>' +
        '<section><header><h2>Session one</h2></header><p>Notes one.</p></section>' +
        '<aside>Ads</aside><div role="navigation">More menu</div><footer>Copyright</footer></body>',
    );
    expect(allText(outline.blocks)).toBe('Session one Notes one.');
  });

  it('keeps a landmark that holds most of the page (a page wrapped in a <form>)', () => {
    const outline = page(
      '<html><body><form id="form1"><h2>Agenda</h2><p>A long enough paragraph of real notes.</p></form></body></html>',
    );
    expect(headings(outline.blocks)).toEqual(['h2 Agenda']);
  });

  it('keeps <title> whole unless an <h1> confirms the trimmed part; else the first <h1>', () => {
    expect(page('<title>Post | Blog</title><h1>Something else</h1><p>x</p>').title).toBe(
      'Post | Blog',
    );
    expect(page('<title>Part 1 - Intro - Blog</title><h1>Part 1 - Intro</h1><p>x</p>').title).toBe(
      'Part 1 - Intro',
    );
    const siteHeader =
      '<header><h1>Blog</h1></header><p>The post itself, longer than the header.</p>';
    expect(page(`<title>Blog | Post</title>${siteHeader}`).title).toBe('Blog | Post');
    expect(page('<body><h1>Only heading</h1><p>x</p></body>').title).toBe('Only heading');
  });

  it('does not take an Etherpad pad id for a title nor the program for an author', () => {
    const outline = page(
      '<!doctype html><head><title>g.6q9vGbtXtYB9uwDY$notes</title><meta name="generator" content="Etherpad"/><meta name="author" content="Etherpad"/></head><body>&#8203;<br>Meetup<br><br><ul><li>one</li></ul></body>',
    );
    expect(outline.title).toBeUndefined();
    expect(outline.author).toBeUndefined();
    expect(outline.blocks[0]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'Meetup' }],
    });
  });

  it('takes a date from <time datetime> when no <meta> gives one', () => {
    const html =
      '<nav><time datetime="2020-01-01">old</time></nav><article><time datetime="2021-05-06T10:00">May</time><p>x</p></article>';
    expect(page(html).date).toBe('2021-05-06');
  });

  it('keeps Liquid tags out of a front-matter page, but their raw blocks in', () => {
    const outline = page(
      '---\ntitle: T\n---\n<p>{% include x.html %}{{ site.url }}Hi {% raw %}{{ kept }}{% endraw %}</p>',
      'post.html',
    );
    expect(allText(outline.blocks)).toBe('Hi {{ kept }}');
  });

  it('reads 2,000 nested lists or unclosed <b> quickly, with a warning that they were flattened', () => {
    for (const body of ['<ul><li>item '.repeat(2000), '<p>' + '<b>bold '.repeat(2000)]) {
      const start = performance.now();
      const doc = htmlPageReader.read({ path: 'deep.html', text: `<!doctype html><body>${body}` });
      expect(performance.now() - start).toBeLessThan(3000);
      expect(doc.warnings).toEqual([expect.stringMatching(/nested deeper than 64 levels/)]);
      const text = doc.talks.flatMap((t) => inlineTexts(t.blocks)).join(' ');
      expect(text.match(/item|bold/g)).toHaveLength(2000);
    }
  });

  it('fails on a page with no text, so nothing empty is published', () => {
    expect(() => page('<html><head><title>T</title><script>x()</script></head></html>')).toThrow(
      /no text/,
    );
  });
});
