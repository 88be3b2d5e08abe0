import { describe, expect, it } from 'vitest';
import { orgOutline } from '../../../src/build/org/index';
import type { Block } from '../../../src/shared/types';
import { orgFixture } from './fixture';

/** The body blocks of some Org text (no headings in these snippets). */
const blocksOf = (text: string) => orgOutline(text).blocks as Block[];
const p = (text: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] });

describe('Org blocks', () => {
  it('reads the fixture body as paragraphs, nested lists, code, a table, a quote and a rule', () => {
    const kinds = orgOutline(orgFixture('emacs-meetup-2015-01.org').text).blocks.map((b) => b.kind);
    expect(kinds).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'list',
      'heading',
      'code',
      'heading',
      'list',
      'heading',
      'paragraph',
      'table',
      'quote',
      'code',
      'rule',
      'paragraph',
    ]);
  });

  it('joins the lines of a paragraph and drops their indentation', () => {
    expect(blocksOf('  first line\n  second line\n')).toEqual([p('first line second line')]);
  });

  it('keeps list nesting, order and start number', () => {
    expect(blocksOf('3. three\n4. four\n   - nested\n')).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [p('three')],
          [p('four'), { kind: 'list', ordered: false, items: [[p('nested')]] }],
        ],
      },
    ]);
  });

  it('keeps checkboxes and description terms as text before the item', () => {
    const [list] = blocksOf('- [X] done\n- [ ] open\n- magit :: a Git porcelain\n');
    expect(list).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        [p('[x] done')],
        [p('[ ] open')],
        [
          {
            kind: 'paragraph',
            content: [
              { kind: 'strong', children: [{ kind: 'text', text: 'magit' }] },
              { kind: 'text', text: ': a Git porcelain' },
            ],
          },
        ],
      ],
    });
  });

  it('turns src, example and fixed-width blocks into de-indented code', () => {
    const text = [
      '  #+BEGIN_SRC ruby :results output',
      '    def foo(x)',
      '      x * x',
      '    end',
      '  #+END_SRC',
      '#+begin_example',
      'plain example',
      '#+end_example',
      '#+RESULTS:',
      ': 9',
    ].join('\n');
    expect(blocksOf(text)).toEqual([
      { kind: 'code', language: 'ruby', text: 'def foo(x)\n  x * x\nend' },
      { kind: 'code', text: 'plain example' },
      { kind: 'code', text: '9' },
    ]);
  });

  it('reads a quote, a verse with its line breaks, and a horizontal rule', () => {
    const text =
      '#+BEGIN_QUOTE\nSaid *once*.\n#+END_QUOTE\n#+BEGIN_VERSE\nline one\nline two\n#+END_VERSE\n-----\n';
    expect(blocksOf(text)).toEqual([
      {
        kind: 'quote',
        blocks: [
          {
            kind: 'paragraph',
            content: [
              { kind: 'text', text: 'Said ' },
              { kind: 'strong', children: [{ kind: 'text', text: 'once' }] },
              { kind: 'text', text: '.' },
            ],
          },
        ],
      },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'line one' },
          { kind: 'break' },
          { kind: 'text', text: 'line two' },
        ],
      },
      { kind: 'rule' },
    ]);
  });

  it('reads a table without a rule line as rows without a header', () => {
    expect(blocksOf('| LATeX | 5 |\n| org | 43 |\n')).toEqual([
      {
        kind: 'table',
        head: [],
        rows: [
          [[{ kind: 'text', text: 'LATeX' }], [{ kind: 'text', text: '5' }]],
          [[{ kind: 'text', text: 'org' }], [{ kind: 'text', text: '43' }]],
        ],
      },
    ]);
  });

  it('drops keywords, comments, comment and export blocks, clocks and the LOGBOOK; keeps other drawers', () => {
    const text = [
      '#+OPTIONS: toc:nil',
      '# a comment',
      '#+BEGIN_COMMENT',
      'hidden',
      '#+END_COMMENT',
      '#+BEGIN_EXPORT html',
      '<script>alert(1)</script>',
      '#+END_EXPORT',
      ':LOGBOOK:',
      'CLOCK: [2015-01-28 Wed 19:00]--[2015-01-28 Wed 21:00] =>  2:00',
      ':END:',
      ':NOTES:',
      'Drawer text.',
      ':END:',
      'Kept.',
    ].join('\n');
    expect(blocksOf(text)).toEqual([p('Drawer text.'), p('Kept.')]);
  });

  it('keeps special blocks and footnote definitions with their label', () => {
    const text = 'See this[fn:1].\n#+BEGIN_NOTE\nA note.\n#+END_NOTE\n\n[fn:1] The footnote.\n';
    expect(blocksOf(text)).toEqual([p('See this[1].'), p('A note.'), p('[1] The footnote.')]);
  });
});
