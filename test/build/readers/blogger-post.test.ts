import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bloggerPostReader } from '../../../src/build/readers/blogger-post';
import type { Block } from '../../../src/shared/types';
import { inlineTexts, listDepth } from '../block-walk';

const file004 = {
  path: '004_41072a19ec8dd5dd.txt',
  text: readFileSync('corpus/004_41072a19ec8dd5dd.txt', 'utf8'),
};

/** The blocks of the list item whose first paragraph starts with `prefix`, searched depth first. */
function itemStartingWith(blocks: Block[], prefix: string): Block[] | undefined {
  for (const block of blocks) {
    if (block.kind !== 'list') continue;
    for (const item of block.items) {
      if (inlineTexts(item.slice(0, 1))[0]?.startsWith(prefix)) return item;
      const inner = itemStartingWith(item, prefix);
      if (inner) return inner;
    }
  }
  return undefined;
}

describe('blogger-post reader on corpus 004 (hangout of April 3 2015)', () => {
  const doc = bloggerPostReader.read(file004);
  const allTexts = [
    ...inlineTexts(doc.description),
    ...doc.talks.flatMap((t) => inlineTexts(t.blocks)),
  ];

  it('takes the date line and the post title', () => {
    expect(doc.date).toBe('2015-04-03');
    expect(doc.title).toBe('Weekly Kubernetes Community Hangout Notes - April 3 2015');
  });

  it('drops the tagline and the footer chrome', () => {
    expect(allTexts.some((t) => t.includes('An open source system for automating'))).toBe(false);
    expect(allTexts.some((t) => /No comments:|Post a Comment/.test(t))).toBe(false);
  });

  it('makes one talk per agenda item with its speaker', () => {
    expect(doc.talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Cluster federation', ['Quinton']],
      ['Soak Test', ['Satnam']],
      ['v1beta3 is enabled by default, v1beta1 and v1beta2 deprecated', ['Brian']],
    ]);
    expect(inlineTexts(doc.talks[2]!.blocks)[0]).toContain(
      'Should still work with upgrading existing clusters',
    );
  });

  it('keeps the nested points of each item', () => {
    const federation = doc.talks[0]!.blocks;
    expect(listDepth(federation)).toBeGreaterThanOrEqual(3);
    const affinity = itemStartingWith(federation, 'Location affinity');
    expect(affinity).toBeDefined();
    expect(inlineTexts(affinity!)).toEqual([
      'Location affinity. How close do pods need to be?',
      'Workload coupling',
      'Absolute location (e.g. eu data needs to be in eu)',
    ]);
    expect(listDepth(doc.talks[1]!.blocks)).toBe(1);
  });

  it('is detected with confidence, and does not claim the other corpus documents', () => {
    expect(bloggerPostReader.detect(file004)).toBeGreaterThan(0.8);
    for (const name of [
      '000_99aa664daedce30c',
      '001_197eaa259fe1fc3f',
      '002_614ca311af883a98',
      '003_42e269af5f1b8e88',
    ]) {
      const text = readFileSync(`corpus/${name}.txt`, 'utf8');
      expect(bloggerPostReader.detect({ path: `${name}.txt`, text })).toBe(0);
    }
  });
});

describe('blogger-post reader on a post without an agenda', () => {
  it('makes one talk of the body and removes labels and navigation', () => {
    const text =
      'My tech blog\n\nMonday, May 4, 2015\n\nShipping things\n\nWe shipped it. See https://example.com/x.\n\n• point one\n\nPosted by Jane Doe at 10:00 AM\nLabels: release\n\nNewer Post Older Post Home\nNewer Post\nOlder Post\nHome\n';
    const doc = bloggerPostReader.read({ path: 'p.txt', text });
    expect(doc).toMatchObject({
      title: 'Shipping things',
      date: '2015-05-04',
      author: 'Jane Doe',
      kind: 'blog',
    });
    expect(doc.talks).toHaveLength(1);
    expect(inlineTexts(doc.talks[0]!.blocks)).toEqual([
      'We shipped it. See ',
      'https://example.com/x',
      '.',
      'point one',
    ]);
  });
});
