import { describe, expect, it } from 'vitest';
import { rstOutline } from '../../../src/build/rst/index';
import type { Block } from '../../../src/shared/types';

const blocksOf = (text: string) => rstOutline(text).blocks as Block[];
const p = (text: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] });

describe('reST blocks', () => {
  it('joins paragraph lines and keeps enumerated lists with their start', () => {
    expect(blocksOf('first line\nsecond line\n\n3. three\n4. four\n\n   - nested\n')).toEqual([
      p('first line second line'),
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

  it('reads letters and roman numerals as ordered lists, but not a sentence opening with one', () => {
    expect(blocksOf('a) uno\nb) dos\n')[0]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocksOf('ii. two\niii. three\n')[0]).toMatchObject({ kind: 'list', start: 2 });
    expect(blocksOf('A. Smith wrote this\nand more.\n')).toEqual([
      p('A. Smith wrote this and more.'),
    ]);
  });

  it('starts a new list when the bullet character changes', () => {
    expect(blocksOf('* a\n* b\n\n- c\n').map((b) => b.kind)).toEqual(['list', 'list']);
  });

  it('quotes indented text at the top level, but continues an item with it', () => {
    expect(blocksOf('Intro.\n\n    Quoted words.\n')).toEqual([
      p('Intro.'),
      { kind: 'quote', blocks: [p('Quoted words.')] },
    ]);
    expect(blocksOf('* item\n\n      more of the item\n')).toEqual([
      { kind: 'list', ordered: false, items: [[p('item'), p('more of the item')]] },
    ]);
  });

  it('reads literal blocks after `::`, in all three forms', () => {
    expect(blocksOf('Run this::\n\n    $ make\n      -j2\n')).toEqual([
      p('Run this:'),
      { kind: 'code', text: '$ make\n  -j2' },
    ]);
    expect(blocksOf('Run this ::\n\n    $ make\n')[0]).toEqual(p('Run this'));
    expect(blocksOf('::\n\n> quoted\n> literal\n')).toEqual([
      { kind: 'code', text: '> quoted\n> literal' },
    ]);
  });

  it('reads code directives with their language, and drops empty ones', () => {
    expect(blocksOf('.. code-block:: python\n   :linenos:\n\n   print(1)\n')).toEqual([
      { kind: 'code', language: 'python', text: 'print(1)' },
    ]);
    expect(blocksOf('.. code::\n\nafter\n')).toEqual([p('after')]);
  });

  it('links images with http(s) sources and drops relative ones', () => {
    expect(blocksOf('.. image:: https://x.org/a.png\n   :alt: Group photo\n')).toEqual([
      {
        kind: 'paragraph',
        content: [
          {
            kind: 'link',
            href: 'https://x.org/a.png',
            children: [{ kind: 'text', text: 'Group photo' }],
          },
        ],
      },
    ]);
    expect(blocksOf('.. image:: /images/a.png\n\n.. figure:: b.png\n\n   The caption.\n')).toEqual([
      p('The caption.'),
    ]);
  });

  it('drops comments, targets, raw HTML, contents and unknown directives', () => {
    const text = [
      '.. a comment',
      '   that goes on',
      '',
      '.. _target: https://x.org',
      '',
      '.. raw:: html',
      '',
      '   <b>no</b>',
      '',
      '.. contents::',
      '',
      '.. youtube:: abc',
      '',
      'kept',
    ].join('\n');
    expect(blocksOf(text)).toEqual([p('kept')]);
  });

  it('reads a note whose first sentence runs over the directive line as one paragraph', () => {
    expect(blocksOf('.. note:: First line\n   goes on.\n\n   Second para.\n')).toEqual([
      { kind: 'quote', blocks: [p('First line goes on.'), p('Second para.')] },
    ]);
  });

  it('reads a csv-table header option written without a space, as real pages do', () => {
    const [table] = blocksOf('.. csv-table::\n  :header:Pythonista,Premio\n\n  Ana,Vaso\n');
    expect(table).toMatchObject({
      kind: 'table',
      head: [[{ text: 'Pythonista' }], [{ text: 'Premio' }]],
    });
  });

  it('keeps admonitions and topics as quotes', () => {
    expect(blocksOf('.. note:: Bring a laptop.\n')).toEqual([
      { kind: 'quote', blocks: [p('Bring a laptop.')] },
    ]);
    expect(blocksOf('.. topic:: Venue\n\n   Room 3.\n')).toEqual([
      {
        kind: 'quote',
        blocks: [
          {
            kind: 'paragraph',
            content: [{ kind: 'strong', children: [{ kind: 'text', text: 'Venue' }] }],
          },
          p('Room 3.'),
        ],
      },
    ]);
  });

  it('reads list-tables and csv-tables without a header', () => {
    const list = blocksOf(
      '.. list-table::\n   :header-rows: 1\n\n   * - Name\n     - Talk\n   * - Ana\n     - Rust\n',
    );
    expect(list).toEqual([
      {
        kind: 'table',
        head: [[{ kind: 'text', text: 'Name' }], [{ kind: 'text', text: 'Talk' }]],
        rows: [[[{ kind: 'text', text: 'Ana' }], [{ kind: 'text', text: 'Rust' }]]],
      },
    ]);
    const csv = blocksOf('.. csv-table:: Sponsors\n\n   Acme, 100\n   "Big, Co", 200\n');
    expect(csv[0]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'strong', children: [{ kind: 'text', text: 'Sponsors' }] }],
    });
    expect(csv[1]).toMatchObject({ kind: 'table', head: [] });
    expect((csv[1] as Extract<Block, { kind: 'table' }>).rows[1]![0]).toEqual([
      { kind: 'text', text: 'Big, Co' },
    ]);
  });

  it('renders field lists in the body as labelled paragraphs', () => {
    expect(blocksOf('Intro.\n\n:Lugar: Hip Bar\n:Hora: 19hs\n')).toEqual([
      p('Intro.'),
      {
        kind: 'paragraph',
        content: [
          { kind: 'strong', children: [{ kind: 'text', text: 'Lugar' }] },
          { kind: 'text', text: ': Hip Bar' },
        ],
      },
      {
        kind: 'paragraph',
        content: [
          { kind: 'strong', children: [{ kind: 'text', text: 'Hora' }] },
          { kind: 'text', text: ': 19hs' },
        ],
      },
    ]);
  });
});

describe('reST titles and sections', () => {
  it('does not promote a title whose style recurs; all are headings then', () => {
    const outline = rstOutline('One\n===\n\ntext\n\nTwo\n===\n\nSub\n---\n');
    expect(outline.title).toBeUndefined();
    expect(outline.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([
      1, 1, 2,
    ]);
  });

  it('keeps a body title that differs from the Nikola title as a heading, drops one that repeats it', () => {
    const differs = rstOutline(
      '.. title: Reunion48\n\n=====\nReunión 48 - La Falda\n=====\n\nSection\n-------\n',
    );
    expect(differs.title).toBe('Reunion48');
    expect(differs.blocks.map((b) => b.kind === 'heading' && b.level)).toEqual([1, 2]);
    const repeats = rstOutline(
      '.. title: PyConAr 2013\n\nPyConAr 2013\n============\n\nSection\n-------\n',
    );
    expect(repeats.blocks.map((b) => b.kind === 'heading' && b.level)).toEqual([1]);
  });

  it('clamps a seventh adornment style to level 6', () => {
    const styles = ['=', '-', '~', '^', '"', '+', '#', '*'];
    const text = [
      'Title',
      '=====',
      '',
      ...styles.slice(1).flatMap((c, i) => [`H${i}`, c.repeat(4), '', 'x', '']),
    ].join('\n');
    const levels = rstOutline(text).blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
    expect(levels).toEqual([1, 2, 3, 4, 5, 6, 6]);
  });

  it('takes the title from a `.. title::` directive when nothing else declares one', () => {
    expect(rstOutline('.. title:: Notes\n\nBody.\n').title).toBe('Notes');
  });
});
