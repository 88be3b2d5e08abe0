import { describe, expect, it } from 'vitest';
import { htmlToBlocks, htmlToOutline } from '../../../src/build/markdown/html-blocks';
import { markdownToBlocks } from '../../../src/build/markdown/index';
import type { OutlineBlock } from '../../../src/build/outline';
import type { Block, Inline } from '../../../src/shared/types';
import { inlineTexts, listDepth } from '../block-walk';

/** The deepest inline nesting (a plain text run is 0), walked with a stack, not recursion. */
function inlineDepth(content: Inline[]): number {
  let max = 0;
  const stack: Array<[Inline[], number]> = [[content, 0]];
  while (stack.length > 0) {
    const [inlines, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const node of inlines) if ('children' in node) stack.push([node.children, depth + 1]);
  }
  return max;
}

/** How deep quotes nest (a flat quote is 1), walked with a stack. */
function quoteDepth(blocks: Block[]): number {
  let max = 0;
  const stack: Array<[Block[], number]> = [[blocks, 0]];
  while (stack.length > 0) {
    const [list, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const b of list) if (b.kind === 'quote') stack.push([b.blocks, depth + 1]);
  }
  return max;
}

const levels = (blocks: OutlineBlock[]) =>
  blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));

describe('htmlToOutline', () => {
  it('keeps h1..h6 at their true level in the body, clamps headings inside lists', () => {
    const html =
      '<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6><ul><li><h1>In a list</h1></li></ul>';
    const blocks = htmlToOutline(html);
    expect(levels(blocks)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'list']);
    const list = blocks[6] as Extract<Block, { kind: 'list' }>;
    expect(list.items[0]![0]).toEqual({
      kind: 'heading',
      level: 2,
      content: [{ kind: 'text', text: 'In a list' }],
    });
  });

  it('leaves htmlToBlocks clamping to 2..4 as before', () => {
    expect(levels(htmlToBlocks('<h1>a</h1><h5>b</h5><h3>c</h3>'))).toEqual(['h2', 'h4', 'h3']);
  });
});

describe('deep nesting is flattened past 64 levels, never recursed', () => {
  const N = 2000;

  it('2,000 nested <ul><li> keep every item, at most 64 lists deep, quickly', () => {
    const html = '<ul><li>item '.repeat(N) + '</li></ul>'.repeat(N);
    const start = performance.now();
    const outline = htmlToOutline(html) as Block[];
    const blocks = htmlToBlocks(html);
    expect(performance.now() - start).toBeLessThan(2000);
    for (const result of [outline, blocks]) {
      expect(listDepth(result)).toBe(64);
      expect(inlineTexts(result).join('').match(/item/g)).toHaveLength(N);
    }
  });

  it('2,000 unclosed lists and quotes end flattened too', () => {
    const lists = htmlToOutline('<ul><li>x'.repeat(N)) as Block[];
    expect(listDepth(lists)).toBe(64);
    const quotes = htmlToOutline('<blockquote><p>q</p>'.repeat(N)) as Block[];
    expect(quoteDepth(quotes)).toBe(64);
    expect(inlineTexts(quotes)).toHaveLength(N);
  });

  it('2,000 unclosed <b> keep their text within 64 levels of marks', () => {
    const start = performance.now();
    const [paragraph] = htmlToOutline('<p>' + '<b>bold '.repeat(N) + 'end</p><p>after</p>');
    expect(performance.now() - start).toBeLessThan(2000);
    if (paragraph?.kind !== 'paragraph') throw new Error('expected a paragraph');
    expect(inlineDepth(paragraph.content)).toBe(64);
    const text = inlineTexts([paragraph]).join('');
    expect(text.match(/bold/g)).toHaveLength(N);
    expect(text.endsWith('end')).toBe(true);
  });

  it('a flattened mark closes itself, not a real one of its kind further out', () => {
    const html = '<p><b>' + '<i>'.repeat(63) + '<b>x</b>y' + '</i>'.repeat(63) + 'z</b></p>';
    const [paragraph] = htmlToBlocks(html);
    if (paragraph?.kind !== 'paragraph') throw new Error('expected a paragraph');
    expect(paragraph.content).toHaveLength(1);
    const strong = paragraph.content[0]!;
    if (strong.kind !== 'strong') throw new Error('expected the outer <b>');
    expect(strong.children[strong.children.length - 1]).toEqual({ kind: 'text', text: 'z' });
    expect(inlineTexts([paragraph]).join('')).toBe('xyz');
  });

  it('raw HTML inside markdown is flattened the same way', () => {
    const blocks = markdownToBlocks('<div>\n' + '<ul><li>x'.repeat(N) + '\n</div>\n');
    expect(listDepth(blocks)).toBe(64);
  });

  it('trims thousands of leading line breaks without recursing', () => {
    expect(htmlToBlocks('<p>' + ' <br>'.repeat(50_000) + 'text</p>')).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'text' }] },
    ]);
  });
});
