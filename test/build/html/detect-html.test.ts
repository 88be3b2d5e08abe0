import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/build/pipeline';
import { htmlPageReader } from '../../../src/build/readers/html-page';

const detect = (path: string, text: string) => htmlPageReader.detect({ path, text });
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/html', name));
const frontMatter = '---\ntitle: A post\n---\n';

describe('html-page detect', () => {
  it('is sure of a document start, after a BOM, blank lines, an XML declaration or comments', () => {
    expect(detect('a.txt', '\uFEFF\n\n<!DOCTYPE html>\n<html><body>x</body></html>')).toBe(0.95);
    expect(detect('a', '<?xml version="1.0"?>\n<!-- saved -->\n<html lang="en">')).toBe(0.95);
    expect(detect('a', '<head><title>t</title></head>')).toBe(0.95);
    expect(detect('a', '<header>site</header>\n<p>text</p>')).toBe(0);
  });

  it('goes by the name when the markup does not say', () => {
    expect(detect('notes/page.html', '<p>hello</p>')).toBe(0.9);
    expect(detect('notes/page.XHTML', '<p>hello</p>')).toBe(0.9);
    expect(detect('notes/page.html.erb', '<p>hello</p>')).toBe(0.85);
    expect(detect('notes/page.txt', '<p>hello</p>')).toBe(0);
  });

  it('beats markdown on front matter only for an HTML name or a body of markup', () => {
    expect(detect('posts/ep.html.erb', `${frontMatter}<p>hello</p>\nplain line`)).toBe(0.97);
    expect(detect('posts/ep', `${frontMatter}<h2>a</h2>\n<p>b</p>\n<p>c</p>\n`)).toBe(0.97);
    expect(detect('posts/ep', `${frontMatter}<h2>a</h2>\n<p>b</p>\nplain\n`)).toBe(0.85);
    expect(detect('posts/ep.md', `${frontMatter}<h2>a</h2>\n<p>b</p>\n<p>c</p>\n`)).toBe(0.85);
    expect(detect('posts/ep.md', `${frontMatter}Some *markdown* with <b>a tag</b>.\n`)).toBe(0);
  });

  it('leaves markdown with a little inline HTML to the markdown reader', () => {
    const post = `${frontMatter}<div class="intro">\nHello <b>there</b>.\n</div>\n\n## Talk\n\n- point\n`;
    const bytes = new TextEncoder().encode(post);
    expect(readDocument('posts/post.md', bytes).reader).toBe('hugo-markdown');
    expect(readDocument('posts/ep.html.erb', fixture('episode.html.erb')).reader).toBe('html-page');
    expect(readDocument('saved/post.html', fixture('blog-post.html')).reader).toBe('html-page');
  });
});
