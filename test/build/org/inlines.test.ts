import { describe, expect, it } from 'vitest';
import { orgOutline } from '../../../src/build/org/index';
import type { Inline } from '../../../src/shared/types';

/** The inlines of a one-paragraph Org text. */
function inlines(text: string): Inline[] {
  const [block] = orgOutline(text).blocks;
  if (block?.kind !== 'paragraph') throw new Error(`not a paragraph: ${JSON.stringify(block)}`);
  return block.content;
}

describe('Org inlines', () => {
  it('reads bold, italic, verbatim and code', () => {
    expect(inlines('*bold* /italic/ =verbatim= ~code~')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'bold' }] },
      { kind: 'text', text: ' ' },
      { kind: 'emphasis', children: [{ kind: 'text', text: 'italic' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'verbatim' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'code' },
    ]);
  });

  it('nests marks and keeps underlined and struck text as plain words', () => {
    expect(inlines('*bold /and italic/* _under_ +gone+')).toEqual([
      {
        kind: 'strong',
        children: [
          { kind: 'text', text: 'bold ' },
          { kind: 'emphasis', children: [{ kind: 'text', text: 'and italic' }] },
        ],
      },
      { kind: 'text', text: ' under gone' },
    ]);
  });

  it('links http(s) and mailto only; other link types keep their text', () => {
    expect(
      inlines(
        '[[https://magit.vc][Magit]] [[mailto:a@b.org][mail]] [[file:notes.org][notes]] [[javascript:alert(1)][x]] [[elisp:(kill-emacs)]]',
      ),
    ).toEqual([
      { kind: 'link', href: 'https://magit.vc/', children: [{ kind: 'text', text: 'Magit' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'mailto:a@b.org', children: [{ kind: 'text', text: 'mail' }] },
      { kind: 'text', text: ' notes x elisp:(kill-emacs)' },
    ]);
  });

  it('links bare URLs without their trailing punctuation', () => {
    expect(inlines('See https://emacs-berlin.org/notes.')).toEqual([
      { kind: 'text', text: 'See ' },
      {
        kind: 'link',
        href: 'https://emacs-berlin.org/notes',
        children: [{ kind: 'text', text: 'https://emacs-berlin.org/notes' }],
      },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps snake_case and x^2 literal, entities as characters, timestamps as written', () => {
    expect(inlines('my_first_app and x^2 and \\alpha on <2015-01-28 Wed>')).toEqual([
      { kind: 'text', text: 'my_first_app and x^2 and α on <2015-01-28 Wed>' },
    ]);
  });

  it('reads a line break and drops export snippets', () => {
    expect(inlines('one\\\\\ntwo @@html:<b>@@three')).toEqual([
      { kind: 'text', text: 'one' },
      { kind: 'break' },
      { kind: 'text', text: 'two three' },
    ]);
  });
});
