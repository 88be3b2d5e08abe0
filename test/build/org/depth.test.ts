import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_DEPTH } from '../../../src/build/org/blocks';
import { orgOutline } from '../../../src/build/org/index';
import type { Block, Inline } from '../../../src/shared/types';
import { inlineTexts, listDepth } from '../block-walk';

/** The deepest nesting of marks and links in `inlines` (a loop with a stack, whatever the depth). */
function inlineDepth(inlines: Inline[]): number {
  let max = 0;
  const stack = inlines.map((inline) => ({ inline, depth: 1 }));
  while (stack.length > 0) {
    const { inline, depth } = stack.pop()!;
    max = Math.max(max, depth);
    if ('children' in inline)
      for (const child of inline.children) stack.push({ inline: child, depth: depth + 1 });
  }
  return max;
}

describe('deeply nested Org', () => {
  it('flattens lists nested deeper than the cap, keeping every item and warning once', () => {
    const levels = MAX_BLOCK_DEPTH + 16;
    const text = Array.from({ length: levels }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join(
      '\n',
    );
    const outline = orgOutline(text);
    const blocks = outline.blocks as Block[];
    expect(listDepth(blocks)).toBeLessThanOrEqual(MAX_BLOCK_DEPTH);
    expect(inlineTexts(blocks)).toEqual(Array.from({ length: levels }, (_, i) => `item ${i}`));
    // the indentation is capped before the parser reads it (its cost grows steeply with depth)
    expect(outline.warnings).toEqual(['lists nested deeper than 16 levels were flattened']);
  });

  it('walks hundreds of nested headings without recursion, clamped to level 6', () => {
    const text = Array.from(
      { length: 400 },
      (_, i) => `${'*'.repeat(i + 1)} h${i}\nbody ${i}`,
    ).join('\n');
    const { blocks } = orgOutline(text);
    expect(blocks).toHaveLength(800);
    expect(blocks.at(-2)).toEqual({
      kind: 'heading',
      level: 6,
      content: [{ kind: 'text', text: 'h399' }],
    });
  });

  it('caps nested emphasis at 64 frames, keeping the text', () => {
    const text = `${'*/'.repeat(500)}deep${'/*'.repeat(500)}`;
    const [paragraph] = orgOutline(text).blocks as Block[];
    if (paragraph?.kind !== 'paragraph') throw new Error('no paragraph');
    expect(inlineDepth(paragraph.content)).toBeLessThanOrEqual(65);
    expect(inlineTexts([paragraph]).join('')).toBe('deep');
  });

  it('reports a parser failure as an Error the pipeline can fall back from', () => {
    // uniorg-parse recurses on nested emphasis: this may overflow its stack, never ours
    const text = `${'*/'.repeat(5000)}deep${'/*'.repeat(5000)}`;
    try {
      orgOutline(text);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^the Org parser failed: /);
    }
  });
});
