import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src/build/markdown/index';
import { inlineTexts, linkHrefs } from '../block-walk';

describe('markdownToBlocks', () => {
  it('clamps heading levels into 2..4 and keeps inline emphasis and code', () => {
    expect(markdownToBlocks('# One\n###### Six\n\n*a* **b** `c` ~~d~~')).toEqual([
      { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'One' }] },
      { kind: 'heading', level: 4, content: [{ kind: 'text', text: 'Six' }] },
      {
        kind: 'paragraph',
        content: [
          { kind: 'emphasis', children: [{ kind: 'text', text: 'a' }] },
          { kind: 'text', text: ' ' },
          { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
          { kind: 'text', text: ' ' },
          { kind: 'code', text: 'c' },
          { kind: 'text', text: ' d' },
        ],
      },
    ]);
  });

  it('keeps ordered list start and nesting', () => {
    const [list] = markdownToBlocks('3. three\n   - inner\n4. four\n');
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    expect(list!.kind === 'list' && list!.items[0]![1]).toMatchObject({
      kind: 'list',
      ordered: false,
    });
  });

  it('links only absolute http(s)/mailto targets, images become links, bare URLs are linked', () => {
    const blocks = markdownToBlocks(
      '[a](https://a.io) [b](/rel) [c](javascript:alert(1)) ![pic](https://i.io/p.png) see https://x.io/y.',
    );
    expect(linkHrefs(blocks)).toEqual(['https://a.io/', 'https://i.io/p.png', 'https://x.io/y']);
    expect(inlineTexts(blocks).join('')).toBe('a b c pic see https://x.io/y.');
  });

  it('keeps tables, code with its language, quotes and rules', () => {
    const blocks = markdownToBlocks(
      '| h1 | h2 |\n|---|:-:|\n| a | **b** |\n\n```go\nx := 1\n```\n\n> quoted\n\n---\n',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'code', 'quote', 'rule']);
    expect(blocks[0]).toMatchObject({
      head: [[{ text: 'h1' }], [{ text: 'h2' }]],
      rows: [[[{ text: 'a' }], [{ kind: 'strong' }]]],
    });
    expect(blocks[1]).toEqual({ kind: 'code', language: 'go', text: 'x := 1' });
  });

  it('reduces raw HTML to safe blocks and inlines', () => {
    const html =
      '<div class="x"><p>Hi <a href="https://a.io">there</a><br>next</p><script>alert(1)</script>\n<ul><li>one</li><li>two</li></ul><img src="https://i.io/x.png" alt="chart"></div>\n\n<center><iframe src="https://www.youtube.com/embed/v"></iframe></center>\n\nInline <b>bold</b> and <a href="javascript:x">bad</a>.\n\n<!-- a comment -->';
    const blocks = markdownToBlocks(html);
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Hi ' },
        { kind: 'link', href: 'https://a.io/', children: [{ kind: 'text', text: 'there' }] },
        { kind: 'break' },
        { kind: 'text', text: 'next' },
      ],
    });
    expect(linkHrefs(blocks)).toEqual([
      'https://a.io/',
      'https://i.io/x.png',
      'https://www.youtube.com/embed/v',
    ]);
    expect(blocks[4]).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Inline ' },
        { kind: 'strong', children: [{ kind: 'text', text: 'bold' }] },
        { kind: 'text', text: ' and bad.' },
      ],
    });
    expect(inlineTexts(blocks).join(' ')).not.toMatch(/alert|comment|</);
  });

  it('decodes entities, resolves reference links and finds bare URLs across escapes', () => {
    const blocks = markdownToBlocks(
      'Tom &amp; Jerry &copy; `a &amp; b` [ref] at http://$HOST\\_URL/x, ok\n\n[ref]: https://r.io/?a=1&amp;b=2\n',
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Tom & Jerry © ' },
          { kind: 'code', text: 'a &amp; b' },
          { kind: 'text', text: ' ' },
          {
            kind: 'link',
            href: 'https://r.io/?a=1&b=2',
            children: [{ kind: 'text', text: 'ref' }],
          },
          { kind: 'text', text: ' at ' },
          {
            kind: 'link',
            href: 'http://$host_url/x',
            children: [{ kind: 'text', text: 'http://$HOST_URL/x' }],
          },
          { kind: 'text', text: ', ok' },
        ],
      },
    ]);
  });

  it('keeps task boxes as text and code without the line ending before its fence', () => {
    const blocks = markdownToBlocks('- [ ] todo\n- [x] done\n\n```\na\n\n```\n');
    expect(inlineTexts(blocks)).toEqual(['[ ] todo', '[x] done']);
    expect(blocks[1]).toEqual({ kind: 'code', text: 'a\n' });
  });
});
