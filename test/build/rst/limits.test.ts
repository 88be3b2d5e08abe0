import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../../src/build/rst/body';
import { rstOutline } from '../../../src/build/rst/index';
import type { Block } from '../../../src/shared/types';
import { inlineTexts, listDepth } from '../block-walk';
import { rstFixture } from './fixture';

describe('reST input that could exhaust the parser', () => {
  it('flattens lists nested deeper than the cap, keeping every item and warning once', () => {
    const levels = MAX_DEPTH + 16;
    const text = Array.from({ length: levels }, (_, i) => `${' '.repeat(i * 2)}* item ${i}`).join(
      '\n',
    );
    const outline = rstOutline(text);
    const blocks = outline.blocks as Block[];
    expect(listDepth(blocks)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(inlineTexts(blocks)).toEqual(Array.from({ length: levels }, (_, i) => `item ${i}`));
    expect(outline.warnings).toEqual([`nesting deeper than ${MAX_DEPTH} levels was flattened`]);
  });

  it('reads thousands of nested block quotes without overflowing the stack', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}level ${i}`).join('\n\n');
    const outline = rstOutline(text);
    expect(inlineTexts(outline.blocks as Block[])).toHaveLength(5000);
  });

  // Speed is measured by `npm run bench`; these inputs are here because a quadratic step would
  // keep them running for minutes, past the test timeout, where a linear one reads them at once.
  it('reads 5 MB of minutes, every copy of them', () => {
    const unit = rstFixture('stupig-2015-03-06.rst').text;
    const copies = Math.ceil(5_000_000 / unit.length);
    const one = rstOutline(unit).blocks.length;
    const outline = rstOutline(unit.repeat(copies));
    expect(outline.blocks.length).toBeGreaterThan(20_000);
    expect(outline.blocks.length).toBeGreaterThanOrEqual((one - 2) * copies);
  });

  it('reads inputs that once rescanned a growing text', () => {
    const cases = [
      '$a_ '.repeat(100_000), // a reference name looked up from the end of the pending text
      ` ${':a-'.repeat(100_000)}`, // a role prefix tried from every colon
      `\`a${' '.repeat(400_000)}b>\`_`, // an embedded URI searched with a backtracking pattern
      `http://x${'.'.repeat(400_000)}a`, // trailing punctuation cut with an end-anchored pattern
      `a${' '.repeat(400_000)}b\nc`, // soft line breaks joined with a pattern
    ];
    for (const text of cases) expect(rstOutline(text).blocks.length).toBeGreaterThan(0);
  });

  it('reads a megabyte of list items, fields and table borders', () => {
    for (const unit of [
      '1. a\n2. b\n',
      ':a: b\n',
      '+---+---+\n| a | b |\n',
      '===== =====\nx     y\n',
    ]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(rstOutline(text).blocks.length).toBeGreaterThan(0);
    }
  });
});
