import { describe, expect, it } from 'vitest';
import { orgOutline } from '../../../src/build/org/index';
import type { OutlineBlock, OutlineHeading } from '../../../src/build/outline';
import type { Block } from '../../../src/shared/types';
import { inlineTexts, linkHrefs } from '../block-walk';
import { orgFixture } from './fixture';

const meetup = orgOutline(orgFixture('emacs-meetup-2015-01.org').text);
const plain = orgOutline(orgFixture('meetup-no-keywords.org').text);

const headings = (blocks: OutlineBlock[]) =>
  blocks
    .filter((b): b is OutlineHeading => b.kind === 'heading')
    .map((h) => `${h.level} ${inlineTexts([{ kind: 'paragraph', content: h.content }]).join('')}`);
const bodyBlocks = (blocks: OutlineBlock[]) =>
  blocks.filter((b): b is Block => b.kind !== 'heading');

describe('orgOutline metadata', () => {
  it('reads title, Org timestamp date, author and tags from the keywords', () => {
    expect(meetup.title).toBe('Emacs Meetup Berlin, January 2015');
    expect(meetup.date).toBe('2015-01-28');
    expect(meetup.author).toBe('Arne Brasseur');
    expect(meetup.tags).toEqual(['emacs', 'berlin', 'org-mode', 'magit']);
    expect(meetup.speakers).toEqual([]);
    expect(meetup.warnings).toEqual([]);
  });

  it('declares nothing for a file without keywords', () => {
    expect(plain.title).toBeUndefined();
    expect(plain.date).toBeUndefined();
    expect(plain.author).toBeUndefined();
    expect(plain.tags).toEqual([]);
  });

  it('joins repeated titles, splits space-separated keywords, keeps a description, warns on a bad date', () => {
    const outline = orgOutline(
      [
        '#+title: Emacs Berlin',
        '#+TITLE: March',
        '#+KEYWORDS: emacs lisp emacs',
        '#+DESCRIPTION: Notes from https://emacs-berlin.org',
        '#+DATE: sometime in spring',
        '#+AUTHOR:',
        'Text.',
      ].join('\n'),
    );
    expect(outline.title).toBe('Emacs Berlin March');
    expect(outline.tags).toEqual(['emacs', 'lisp']);
    expect(outline.author).toBeUndefined();
    expect(outline.date).toBeUndefined();
    expect(outline.warnings).toEqual(['#+DATE "sometime in spring" is not a date']);
    expect(linkHrefs(outline.description)).toEqual(['https://emacs-berlin.org/']);
  });
});

describe('orgOutline headings', () => {
  it('keeps heading depth and strips TODO keywords, priorities, tags and cookies', () => {
    expect(headings(meetup.blocks)).toEqual([
      '1 Magit: staging hunks like a pro',
      '2 Key bindings',
      '2 Configuration',
      '1 Write up the org-babel session',
      '1 Timing Emacs startup',
    ]);
  });

  it('drops COMMENT and :noexport: subtrees as Org export does', () => {
    const texts = inlineTexts(bodyBlocks(meetup.blocks)).join(' ');
    expect(texts).not.toContain('reset script');
    expect(texts).not.toContain('Pizza');
  });

  it('honours the TODO keywords a file declares, and only whole words', () => {
    expect(headings(plain.blocks)).toEqual([
      '1 Introduction',
      '1 paredit',
      '2 slurping and barfing',
      '2 smartparens comparison',
      '1 TODOS for next time',
      '1 expand-region',
    ]);
  });

  it('clamps headings deeper than six stars to level 6', () => {
    const outline = orgOutline('* one\n******** eight\n');
    expect(outline.blocks).toEqual([
      { kind: 'heading', level: 1, content: [{ kind: 'text', text: 'one' }] },
      { kind: 'heading', level: 6, content: [{ kind: 'text', text: 'eight' }] },
    ]);
  });
});

describe('orgOutline body', () => {
  it('keeps a preamble before the first heading, without keywords and comments', () => {
    const first = meetup.blocks[0]!;
    expect(first.kind).toBe('paragraph');
    expect(inlineTexts([first as Block]).join('')).toMatch(/^Nine of us met at Contentful\./);
    const all = inlineTexts(bodyBlocks(meetup.blocks)).join(' ');
    expect(all).not.toMatch(/toc:nil|showall|typed live/);
  });

  it('drops property drawers and planning lines', () => {
    const all = inlineTexts(bodyBlocks(meetup.blocks)).join(' ');
    expect(all).not.toMatch(/SPEAKER|PROPERTIES|SCHEDULED|2015-02-04/);
  });

  it('links only http(s) and mailto targets, in order', () => {
    expect(linkHrefs(bodyBlocks(meetup.blocks))).toEqual([
      'https://www.contentful.com/',
      'mailto:emacs-berlin@emacs-berlin.org',
      'https://emacs-berlin.org/',
      'https://github.com/jschaf/esup',
    ]);
    // the file: link keeps its words as plain text
    expect(inlineTexts(bodyBlocks(meetup.blocks))).toContain('See also our startup notes and ');
  });

  it('gives a bracket link without a description its URL as text', () => {
    const [paragraph] = orgOutline('[[https://github.com/jschaf/esup]]').blocks;
    expect(paragraph).toEqual({
      kind: 'paragraph',
      content: [
        {
          kind: 'link',
          href: 'https://github.com/jschaf/esup',
          children: [{ kind: 'text', text: 'https://github.com/jschaf/esup' }],
        },
      ],
    });
  });
});
