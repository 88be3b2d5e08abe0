import { describe, expect, it } from 'vitest';
import { rstInlines } from '../../../src/build/rst/inline';
import { toLines } from '../../../src/build/rst/lines';
import { collectReferences } from '../../../src/build/rst/references';
import type { Inline } from '../../../src/shared/types';

/** Inlines of `text`, with the targets of `doc` (a whole document) to resolve against. */
const inlines = (text: string, doc = ''): Inline[] =>
  rstInlines(text, collectReferences(toLines(doc)));
const t = (text: string): Inline => ({ kind: 'text', text });
const link = (href: string, text: string): Inline => ({ kind: 'link', href, children: [t(text)] });

describe('reST inline markup', () => {
  it('reads strong, emphasis and literals', () => {
    expect(inlines('a **bold** and *soft* ``x = 1``.')).toEqual([
      t('a '),
      { kind: 'strong', children: [t('bold')] },
      t(' and '),
      { kind: 'emphasis', children: [t('soft')] },
      t(' '),
      { kind: 'code', text: 'x = 1' },
      t('.'),
    ]);
  });

  it('leaves markup characters that cannot start or end markup as text', () => {
    expect(inlines('2 * 3 * 4, snake_case, a*b*c, * alone')).toEqual([
      t('2 * 3 * 4, snake_case, a*b*c, * alone'),
    ]);
    expect(inlines('escaped \\*not emphasis\\*')).toEqual([t('escaped *not emphasis*')]);
  });

  it('links embedded URIs and keeps relative ones as their words', () => {
    expect(inlines('see `the docs <https://docs.python.org/3/>`_ or `wiki </pyar/Wiki>`_')).toEqual(
      [t('see '), link('https://docs.python.org/3/', 'the docs'), t(' or wiki')],
    );
  });

  it('resolves named, phrase, indirect and anonymous references against the document', () => {
    const doc = [
      '.. _pycon: https://ar.pycon.org/',
      '.. _Mas tareas: https://docs.example.org/tasks',
      '.. _conf: pycon_',
      '__ https://one.example.org/',
      '.. __: https://two.example.org/',
    ].join('\n');
    expect(inlines('PyCon_ and `Mas  tareas`_, conf_, first__ then `second one`__', doc)).toEqual([
      link('https://ar.pycon.org/', 'PyCon'),
      t(' and '),
      link('https://docs.example.org/tasks', 'Mas  tareas'),
      t(', '),
      link('https://ar.pycon.org/', 'conf'),
      t(', '),
      link('https://one.example.org/', 'first'),
      t(' then '),
      link('https://two.example.org/', 'second one'),
    ]);
  });

  it('lets a later reference reuse a named embedded URI', () => {
    const refs = collectReferences([]);
    rstInlines('`Python <https://python.org>`_', refs);
    expect(rstInlines('`Python`_ again', refs)).toEqual([
      link('https://python.org/', 'Python'),
      t(' again'),
    ]);
  });

  it('links bare URLs and addresses, never other schemes, and not inside a URL', () => {
    expect(inlines('at https://x.org/a_b_, mail me@example.org; javascript:alert(1)')).toEqual([
      t('at '),
      link('https://x.org/a_b_', 'https://x.org/a_b_'),
      t(', mail '),
      link('mailto:me@example.org', 'me@example.org'),
      t('; javascript:alert(1)'),
    ]);
  });

  it('reads roles: code, emphasis, PEPs, and the title of :ref:/:doc:', () => {
    expect(
      inlines(':func:`open`, `cite`, :pep:`8`, :ref:`Install <install>`, :underline:`x`'),
    ).toEqual([
      { kind: 'code', text: 'open' },
      t(', '),
      { kind: 'emphasis', children: [t('cite')] },
      t(', '),
      link('https://peps.python.org/pep-0008/', 'PEP 8'),
      t(', Install, x'),
    ]);
  });

  it('replaces substitutions and drops auto-numbered footnote references', () => {
    const doc = '.. |py| replace:: Python 3\n.. |logo| image:: logo.png';
    expect(inlines('|py| rocks |logo| [#]_ [1]_', doc)).toEqual([t('Python 3 rocks   [1]')]);
  });

  it('joins soft line breaks with spaces', () => {
    expect(inlines('first\nsecond **bold\nacross**')).toEqual([
      t('first second '),
      { kind: 'strong', children: [t('bold across')] },
    ]);
  });

  it('scans thousands of unmatched openers in linear time', () => {
    const text = '*a `b |c :x:`d _`e '.repeat(50_000);
    const started = performance.now();
    const out = inlines(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(out).toHaveLength(1);
  });
});
