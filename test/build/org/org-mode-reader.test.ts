import { describe, expect, it } from 'vitest';
import { orgModeReader } from '../../../src/build/readers/org-mode';
import { readers } from '../../../src/build/readers/index';
import { inlineTexts, linkHrefs } from '../block-walk';
import { orgFixture } from './fixture';

describe('org-mode reader detect', () => {
  const detect = (path: string, text: string) => orgModeReader.detect({ path, text });

  it('is sure of a .org file', () => {
    expect(detect('2014/20140827-notes.org', '* Introduction\n- anonymous emacs users\n')).toBe(
      0.9,
    );
  });

  it('recognises #+TITLE or * headings with Org markup in a file of another name', () => {
    expect(detect('notes.txt', '#+title: Emacs Berlin\nWe met.\n')).toBe(0.7);
    expect(detect('notes.txt', '#+OPTIONS: toc:nil\n\n* Magit\n** Staging\n')).toBe(0.7);
    expect(detect('notes', '* Magit\nSee [[https://magit.vc][Magit]].\n')).toBe(0.7);
    expect(detect('notes', '* TODO Magit\n  SCHEDULED: <2015-01-29 Thu>\n')).toBe(0.7);
  });

  it('leaves markdown bullets and plain text alone', () => {
    expect(detect('notes.txt', '* first point\n* second point\n')).toBe(0);
    expect(detect('notes.md', '# Title\n\n* a [link](https://x.org)\n')).toBe(0);
    expect(detect('notes.txt', 'Just some words.\n')).toBe(0);
  });

  it('is registered with the build and wins for its fixtures', () => {
    const file = orgFixture('meetup-no-keywords.org');
    const best = [...readers].sort((a, b) => b.detect(file) - a.detect(file))[0];
    expect(best?.name).toBe('org-mode');
  });
});

describe('org-mode reader read', () => {
  it('reads the metadata and keeps the body text and links in its talks', () => {
    const doc = orgModeReader.read(orgFixture('emacs-meetup-2015-01.org'));
    expect(doc.title).toBe('Emacs Meetup Berlin, January 2015');
    expect(doc.date).toBe('2015-01-28');
    expect(doc.author).toBe('Arne Brasseur');
    expect(doc.tags).toEqual(['emacs', 'berlin', 'org-mode', 'magit']);
    expect(doc.talks.length).toBeGreaterThan(0);
    const blocks = [...doc.description, ...doc.talks.flatMap((t) => t.blocks)];
    const texts = inlineTexts(blocks).join(' ');
    expect(texts).toContain('interactive staging');
    expect(texts).toContain('ThinkPad X220');
    expect(linkHrefs(blocks)).toContain('https://github.com/jschaf/esup');
    expect(blocks.some((b) => b.kind === 'code' && b.language === 'emacs-lisp')).toBe(true);
  });
});
