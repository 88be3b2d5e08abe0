import { describe, expect, it } from 'vitest';
import type { OutlineBlock } from '../../../src/build/outline';
import { rstOutline } from '../../../src/build/rst/index';
import type { Block, Inline } from '../../../src/shared/types';
import { inlineTexts, linkHrefs, listDepth } from '../block-walk';
import { rstFixture } from './fixture';

/** Plain text of inlines. */
const text = (content: Inline[]): string =>
  content.map((i) => ('text' in i ? i.text : 'children' in i ? text(i.children) : ' ')).join('');

/** Headings of an outline as `level text`. */
const headings = (blocks: OutlineBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${text(b.content)}`] : []));

const bodyBlocks = (blocks: OutlineBlock[]): Block[] =>
  blocks.filter((b): b is Block => b.kind !== 'heading');

describe('rstOutline on meetup minutes (=== title, --- sections)', () => {
  const outline = rstOutline(rstFixture('stupig-2015-03-06.rst').text);

  it('promotes the lone top title and levels the sections by first appearance', () => {
    expect(outline.title).toBe('Stupig Treffen vom 06. März 2015');
    expect(headings(outline.blocks)).toEqual([
      '1 Vorstellungsrunde',
      '1 Lightning Talk: pytest-Fixtures (@mfa)',
      '1 Lightning Talk: MicroPython auf dem ESP8266 (@tobias)',
      '2 Ergebnis',
      '1 Nächster Termin',
    ]);
    expect(outline.date).toBeUndefined();
    expect(outline.warnings).toEqual([]);
  });

  it('reads an "Agenda:" line followed directly by bullets as a paragraph and a list', () => {
    expect(outline.blocks.slice(0, 2).map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('nests bullets indented four spaces under their item, without blank lines', () => {
    const list = outline.blocks[3] as Block;
    expect(list.kind).toBe('list');
    expect(listDepth([list])).toBe(3);
    expect(inlineTexts([list])).toContain('wheels vs. sdist');
  });

  it('turns `::` paragraphs and `.. code::` into code blocks', () => {
    const codes = bodyBlocks(outline.blocks).filter((b) => b.kind === 'code');
    expect(codes).toEqual([
      { kind: 'code', text: '@pytest.fixture\ndef db():\n    return connect(":memory:")' },
      {
        kind: 'code',
        language: 'bash',
        text: 'esptool.py --port /dev/ttyUSB0 erase_flash\nesptool.py --port /dev/ttyUSB0 write_flash 0 esp8266.bin',
      },
    ]);
    expect(inlineTexts(bodyBlocks(outline.blocks))).toContain('Beispiel:');
  });

  it('links embedded, named, anonymous and bare URLs', () => {
    expect(linkHrefs(bodyBlocks(outline.blocks))).toEqual([
      'https://docs.pytest.org/en/stable/fixture.html',
      'https://pytest.org/',
      'https://docs.pytest.org/',
      'https://github.com/tobias/esp-blink',
    ]);
  });

  it('keeps the transition as a rule', () => {
    expect(outline.blocks.some((b) => b.kind === 'rule')).toBe(true);
  });
});

describe('rstOutline on a Nikola page (.. title: metadata)', () => {
  const outline = rstOutline(rstFixture('pyar-reunion-70.rst').text);
  const blocks = bodyBlocks(outline.blocks);

  it('takes title, date, tags and author from the metadata comments', () => {
    expect(outline.title).toBe('Reunión 70 - 14/04/2018 - Córdoba');
    expect(outline.date).toBe('2018-04-14');
    expect(outline.tags).toEqual(['reuniones', 'pyar', 'cordoba']);
    expect(outline.author).toBe('Comisión Directiva');
  });

  it('levels the ~~~ sections as 1', () => {
    expect(headings(outline.blocks)).toEqual([
      '1 Temario',
      '1 Asistentes',
      '1 Fecha y Hora',
      '1 Minuta',
    ]);
  });

  it('keeps the Temario sub-bullets nested', () => {
    const temario = blocks.find((b) => b.kind === 'list');
    expect(listDepth([temario!])).toBe(2);
  });

  it('reads the attendee csv-table with its header, quoted cells included', () => {
    const table = blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.head.map(text)).toEqual(['Persona', 'Nuevo', 'Asistió']);
    expect(table.rows.map((row) => row.map(text))).toEqual([
      ['Facundo Batista', '', 'X'],
      ['Martínez, Lucía', 'X', 'X'],
      ['Juan Pedro', '', 'X'],
    ]);
  });

  it('keeps sourcecode, auto-numbered lists and notes; drops images, raw HTML and comments', () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'list',
      'table',
      'paragraph',
      'paragraph',
      'code',
      'list',
      'quote',
    ]);
    expect(blocks.find((b) => b.kind === 'code')).toMatchObject({ language: 'python' });
    expect(inlineTexts(blocks).join(' ')).not.toMatch(/iframe|#####/);
  });

  it('links only http(s) targets: relative wiki targets stay text', () => {
    expect(linkHrefs(blocks)).toEqual([
      'https://eventos.python.org.ar/events/pyconar2018/',
      'https://github.com/python/python-docs-es',
      'https://github.com/PyAr/pyar-logo/issues/1',
    ]);
    expect(inlineTexts(blocks)).toContain(
      ': reunión llevada a cabo en el marco del PyDay Córdoba.',
    );
  });
});

describe('rstOutline on an overlined title with docinfo', () => {
  const outline = rstOutline(rstFixture('pydata-talks.rst').text);
  const blocks = bodyBlocks(outline.blocks);

  it('takes the overlined title and the docinfo fields, keeping unknown fields in the body', () => {
    expect(outline.title).toBe('PyData Berlin Meetup: Notes');
    expect(outline.date).toBe('2016-06-08');
    expect(outline.author).toBe('Anna Schmidt, Ben Weber');
    expect(outline.tags).toEqual(['pydata', 'berlin']);
    expect(outline.speakers).toEqual([{ name: 'Clara Ng' }, { name: 'David Ortiz' }]);
    expect(outline.blocks[0]).toEqual({
      kind: 'paragraph',
      content: [
        { kind: 'strong', children: [{ kind: 'text', text: 'location' }] },
        { kind: 'text', text: ': Zalando, Mollstraße' },
      ],
    });
  });

  it('tells an overlined style from an underlined one of the same character', () => {
    expect(headings(outline.blocks)).toEqual([
      '1 Talk 1: Pandas internals',
      '2 Talk 2: Dask at scale',
    ]);
  });

  it('reads grid and simple tables with their heads', () => {
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.map((t) => t.head.map(text))).toEqual([
      ['Topic', 'Minutes'],
      ['Cluster', 'Workers', 'Memory'],
    ]);
    expect(tables[0]!.rows.map((r) => r.map(text))).toEqual([
      ['BlockManager', '20'],
      ['Copy-on- write', '10'],
    ]);
    expect(tables[1]!.rows).toHaveLength(2);
  });

  it('keeps definition terms, line blocks, doctests and e-mail links', () => {
    const texts = inlineTexts(blocks);
    expect(texts).toContain('Speaker');
    expect(texts).toContain('Clara Ng, core developer');
    const lineBlock = blocks.find(
      (b) => b.kind === 'paragraph' && b.content.some((i) => i.kind === 'break'),
    );
    expect(lineBlock).toBeDefined();
    expect(blocks.find((b) => b.kind === 'code')).toMatchObject({ language: 'python' });
    expect(linkHrefs(blocks)).toEqual([
      'https://example.org/slides/pandas.pdf',
      'mailto:david@example.org',
      'mailto:david@example.org',
    ]);
  });
});
