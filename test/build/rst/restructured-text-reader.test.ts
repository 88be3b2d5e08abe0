import { describe, expect, it } from 'vitest';
import { readers } from '../../../src/build/readers/index';
import { restructuredTextReader } from '../../../src/build/readers/restructured-text';
import { rstOutline } from '../../../src/build/rst/index';
import { segmentOutline } from '../../../src/build/segment/index';
import { inlineTexts, linkHrefs } from '../block-walk';
import { rstFixture } from './fixture';

describe('restructured-text reader detect', () => {
  const detect = (path: string, text: string) => restructuredTextReader.detect({ path, text });

  it('is sure of .rst and .rest files', () => {
    expect(detect('2015-03-06.rst', 'anything')).toBe(0.9);
    expect(detect('notes.REST', 'anything')).toBe(0.9);
  });

  it('recognises underlined titles and directives in a file of another name', () => {
    expect(detect('notes.txt', 'Stupig Treffen\n==============\n\ntext\n')).toBe(0.6);
    expect(detect('notes', 'Intro\n\n.. code:: python\n\n   x = 1\n')).toBe(0.6);
    expect(detect('notes', '.. title: Reunión 63\n\nText.\n')).toBe(0.6);
  });

  it('leaves short underlines and plain text alone', () => {
    expect(detect('notes.txt', 'A long title here\n===\n')).toBe(0);
    expect(detect('notes.txt', 'Just some words.\n')).toBe(0);
    expect(detect('notes.md', '# Title\n\n* a [link](https://x.org)\n')).toBe(0);
  });

  it('is registered with the build and wins for its fixtures', () => {
    const file = rstFixture('stupig-2015-03-06.rst');
    const best = [...readers].sort((a, b) => b.detect(file) - a.detect(file))[0];
    expect(best?.name).toBe('restructured-text');
  });
});

describe('restructured-text reader read', () => {
  it('is the reST outline put through the shared segmentation step', () => {
    const file = rstFixture('pyar-reunion-70.rst');
    expect(restructuredTextReader.read(file)).toEqual(segmentOutline(rstOutline(file.text), file));
  });

  it('reads the metadata and keeps body text and links in its talks', () => {
    const doc = restructuredTextReader.read(rstFixture('pyar-reunion-70.rst'));
    expect(doc.title).toBe('Reunión 70 - 14/04/2018 - Córdoba');
    expect(doc.date).toBe('2018-04-14');
    expect(doc.tags).toEqual(['reuniones', 'pyar', 'cordoba']);
    expect(doc.talks.length).toBeGreaterThan(0);
    const blocks = [...doc.description, ...doc.talks.flatMap((t) => t.blocks)];
    expect(inlineTexts(blocks).join(' ')).toContain('Se votó la sede');
    expect(linkHrefs(blocks)).toContain('https://github.com/PyAr/pyar-logo/issues/1');
  });
});
