import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '../../src/search/highlight';
import { indexTerms } from '../../src/search/analyzer';

const hits = (segments: Array<{ text: string; hit: boolean }>) =>
  segments.filter((s) => s.hit).map((s) => s.text);

describe('highlight', () => {
  it('marks every inflection of a matched stem, keeping the text intact', () => {
    const text = 'Deployments deploy, deploying; the deputy.';
    const segments = highlight(text, indexTerms('deploy'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(hits(segments)).toEqual(['Deployments', 'deploy', 'deploying']);
  });

  it('marks folded and Russian matches as written', () => {
    expect(hits(highlight('Talk by Matthias Dugué.', ['dugu']))).toEqual(['Dugué']);
    expect(hits(highlight('уходят из облаков, облака', indexTerms('облака')))).toEqual([
      'облаков',
      'облака',
    ]);
  });

  it('merges overlapping CJK bigrams into one run', () => {
    expect(hits(highlight('Kubernetes 网络策略控制', ['网络', '络策', '策略']))).toEqual([
      '网络策略',
    ]);
  });

  it('marks nothing when nothing matched', () => {
    expect(highlight('plain text', [])).toEqual([{ text: 'plain text', hit: false }]);
  });
});

describe('snippet', () => {
  const long = `${'Intro words here. '.repeat(40)}Then Prometheus scrapes metrics and Grafana draws them. ${'Outro text again. '.repeat(40)}`;

  it('windows around the matches with ellipses and stays within the length', () => {
    const segments = snippet(long, indexTerms('prometheus grafana'), 120);
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(122);
    expect(hits(segments)).toEqual(['Prometheus', 'Grafana']);
  });

  it('picks the window with the most matched words among the first hits, whatever follows them', () => {
    // 70 hits of one word, then a stretch holding both words: past the 64 hits a window may
    // start at, so it is never shown (and a long talk is not read to its end).
    const start = 'Grafana dashboards. '.repeat(70);
    const both = 'Prometheus and Grafana together. ';
    const tail = 'Prometheus alone. '.repeat(2000);
    const matched = indexTerms('prometheus grafana');
    const early = snippet(`${both}${start}${tail}`, matched, 120);
    expect(hits(early)).toContain('Prometheus');
    const late = snippet(`${start}${both}${tail}`, matched, 120);
    expect(late).toEqual(snippet(`${start}${both}`, matched, 120));
    expect(hits(late)).not.toContain('Prometheus');
  });

  it('starts at the beginning when nothing matched, and collapses whitespace', () => {
    const text = snippet('Line one\n\n  line two', ['zzz'], 100)
      .map((s) => s.text)
      .join('');
    expect(text).toBe('Line one line two');
    expect(snippet('', ['a'], 10)).toEqual([]);
  });
});
