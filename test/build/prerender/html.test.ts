import { describe, expect, it } from 'vitest';
import { escapeHtml, fillTemplate, type HeadTags } from '../../../src/build/prerender/html';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Talkshelf</title>
    <meta name="description" content="Generic" />
    <script type="module" src="/assets/index-abcdefgh.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

const head: HeadTags = {
  title: 'Rust & "safety" <at> scale',
  description: 'A talk about it',
  canonical: 'https://example.org/events/e/t/',
  ogType: 'article',
  image: 'https://example.org/icons/icon-512.png',
};

describe('fillTemplate', () => {
  const html = fillTemplate(template, head, '<main><h1>Rust</h1></main>');

  it('replaces the template title and description instead of adding second ones', () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<title>Rust &amp; &quot;safety&quot; &lt;at&gt; scale</title>');
    expect(html).not.toContain('Generic');
  });

  it('writes canonical, Open Graph and Twitter card tags', () => {
    expect(html).toContain('<link rel="canonical" href="https://example.org/events/e/t/">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/events/e/t/">');
    expect(html).toContain('<meta property="og:description" content="A talk about it">');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toContain(
      '<meta property="og:image" content="https://example.org/icons/icon-512.png">',
    );
  });

  it('puts the body inside the app element and keeps the scripts', () => {
    expect(html).toContain('<div id="app"><main><h1>Rust</h1></main></div>');
    expect(html).toContain('src="/assets/index-abcdefgh.js"');
  });

  it('marks a page without canonical URL as noindex when asked', () => {
    const notFound = fillTemplate(template, { ...head, canonical: undefined, noindex: true }, '');
    expect(notFound).not.toContain('rel="canonical"');
    expect(notFound).not.toContain('og:url');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
  });

  it('fails loudly when the template has no app element', () => {
    expect(() => fillTemplate('<html><head></head><body></body></html>', head, '')).toThrow(
      /id="app"/,
    );
  });
});

describe('escapeHtml', () => {
  it('escapes every character that could break out of text or an attribute', () => {
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe(
      '&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;',
    );
  });
});
