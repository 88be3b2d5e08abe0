import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine';
import { editDistance, TypoLexicon } from '../../src/search/typo-lexicon';
import { encodeForms, hasForm, hasFormStartingWith } from '../../src/search/word-forms';
import type { TalkRecord } from '../../src/shared/types';
import { event as fixtureEvent, talk } from '../data/corpus-fixture';
import { openInMemory } from './open-engine';

// One event of short talks, each made for one case of typo correction.
const TALKS: Array<[slug: string, title: string, body: string]> = [
  ['pipes', 'Signature pipes for supply chains', 'Pipes carry each signature along.'],
  ['pi', 'Raspberry Pi cluster', 'A pi on every shelf, pi after pi.'],
  ['containers', 'Containerization at scale', 'Containerization of every application.'],
  ['istio', 'Istio service mesh', 'Sidecars everywhere.'],
  ['prometheus', 'Prometheus monitoring', 'Scraping metrics.'],
  ['navigation', 'Navigation in documentation', 'Menus and navigation bars.'],
  ['march', 'HumanTalks March', 'Monthly talks.'],
  ['mars', 'HumanTalks Mars', 'Monthly talks.'],
  ['march-body', 'Spring agenda', 'We meet in march.'],
  ['mars-body', 'Space agenda', 'We look at mars.'],
  ['helm-charts', 'Helm charts: packaging applications for teams and their clusters', 'Packaging.'],
  ['helm', 'Helm', 'Charts, charts and more charts: charts everywhere, charts for all.'],
];
const talks: TalkRecord[] = TALKS.map(([slug, title, body], index) => ({
  ...talk('meetup', slug, index, title),
  blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: body }] }],
}));
const event = fixtureEvent('meetup', '2025-01-01', talks);

describe('typo correction', () => {
  let engine: SearchEngine;
  let fetched: string[];
  beforeAll(async () => {
    ({ engine, fetched } = await openInMemory([event], talks));
  });
  const first = async (text: string) => (await engine.search({ text })).hits[0]?.talkId;

  it('corrects a word that is not in the corpus although the other words match', async () => {
    const res = await engine.search({ text: 'signature pies' });
    expect(res.hits[0].talkId).toBe('meetup/pipes');
    expect(res.mode).toBe('fuzzy');
    expect(res.corrected).toBe('signature pipes');
  });

  it('compares typos with the words of the corpus, not their stems', async () => {
    const res = await engine.search({ text: 'containerizaton ' });
    expect(res.hits[0].talkId).toBe('meetup/containers');
    expect(res.corrected).toBe('containerization ');
    expect(await first('navgation ')).toBe('meetup/navigation');
  });

  it('corrects the first letter too, and counts a swap as one edit', async () => {
    expect(await first('ocntainerization ')).toBe('meetup/containers');
    expect(await first('istoi ')).toBe('meetup/istio');
    expect(await first('prometeus ')).toBe('meetup/prometheus');
  });

  it('allows two edits in long words only', async () => {
    expect(await first('contanerizaton ')).toBe('meetup/containers'); // two letters dropped
    expect((await engine.search({ text: 'itsoe ' })).hits.map((h) => h.talkId)).not.toContain(
      'meetup/istio',
    );
  });

  it('never corrects a word of the corpus, and searches the words as typed when asked', async () => {
    const res = await engine.search({ text: 'pipes ' });
    expect(res.mode).toBe('exact');
    expect(res.corrected).toBeUndefined();
    expect((await engine.search({ text: 'istoi ', exact: true })).mode).toBe('none');
  });

  it('weighs a corrected word less than the word typed right', async () => {
    const typo = (await engine.search({ text: 'istoi ' })).hits[0];
    const right = (await engine.search({ text: 'istio ' })).hits[0];
    expect(typo.talkId).toBe(right.talkId);
    expect(typo.score).toBeLessThan(right.score);
  });

  it('reads a partly typed last word as a prefix first: "mar" is as much "march" as "mars"', async () => {
    const hits = (await engine.search({ text: 'humantalks mar' })).hits;
    const score = (id: string) => hits.find((h) => h.talkId === id)?.score;
    expect(score('meetup/march')).toBeDefined();
    expect(score('meetup/march')).toBe(score('meetup/mars'));
  });

  it('ranks the talk whose title holds every word above a short title holding some', async () => {
    expect(await first('helm charts')).toBe('meetup/helm-charts');
  });

  it('fetches the lexicon only when a word needs correcting', async () => {
    const { engine: fresh, fetched: paths } = await openInMemory([event], talks);
    await fresh.search({ text: 'istio mesh' });
    expect(paths.some((p) => p.includes('lexicon'))).toBe(false);
    await fresh.search({ text: 'istoi mesh' });
    expect(paths.some((p) => p.includes('lexicon'))).toBe(true);
    expect(fetched.length).toBeGreaterThan(0);
  });
});

describe('editDistance and the lexicon', () => {
  const d = (a: string, b: string, max = 2) => editDistance([...a], [...b], max);

  it('counts substitutions, insertions, deletions and adjacent swaps as one edit each', () => {
    expect(d('istio', 'istoi')).toBe(1);
    expect(d('pipes', 'pies')).toBe(1);
    expect(d('pies', 'pipes')).toBe(1);
    expect(d('kubernetes', 'kubernetec')).toBe(1);
    expect(d('container', 'ocntainer')).toBe(1);
    expect(d('abc', 'xyz', 1)).toBe(2); // gives up past the bound
  });

  it('finds the nearest words only, most used first, and none for a word it holds', () => {
    const lexicon = new TypoLexicon({
      words: ['pipes', 'ties', 'pies', 'kubernetes', 'pipe'],
      df: [5, 9, 1, 40, 3],
    });
    expect(lexicon.corrections('pies', 5)).toEqual([]);
    expect(lexicon.corrections('pipse', 5).map((c) => c.word)).toEqual(['pipes', 'pipe']);
    expect(lexicon.corrections('kubrenetes', 5)).toEqual([
      { word: 'kubernetes', distance: 1, df: 40 },
    ]);
    expect(lexicon.has('ties')).toBe(true);
    expect(lexicon.has('tie')).toBe(false);
  });

  it('never rules out a word one edit away, whatever the letters (Latin or Cyrillic)', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 48271) >>> 0) % 2147483647) / 2147483647;
    const alphabets = ['abcdefghijklmnopqrstuvwxyz', 'абвгдежзийклмнопрстуфхцчшщыэюя'];
    const words: string[] = [];
    for (let i = 0; i < 400; i++) {
      const letters = alphabets[i % 2];
      const length = 4 + Math.floor(next() * 9);
      words.push(
        Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join(''),
      );
    }
    const lexicon = new TypoLexicon({ words, df: words.map(() => 1) });
    for (const [n, word] of words.entries()) {
      const letters = alphabets[n % 2];
      const wrong = [...word];
      const at = Math.floor(next() * wrong.length);
      const kind = n % 4;
      if (kind === 0) wrong[at] = letters[(letters.indexOf(wrong[at]) + 1) % letters.length];
      else if (kind === 1) wrong.splice(at, 1);
      else if (kind === 2) wrong.splice(at, 0, letters[Math.floor(next() * letters.length)]);
      else if (at + 1 < wrong.length) [wrong[at], wrong[at + 1]] = [wrong[at + 1], wrong[at]];
      const typed = wrong.join('');
      if (typed === word || lexicon.has(typed)) continue;
      expect(lexicon.corrections(typed, 400).map((c) => c.word)).toContain(word);
    }
  });

  it('encodes the surface words of a term in few bytes, and reads them back', () => {
    const forms = encodeForms('happi', ['happier', 'happy']);
    expect(forms).toBe('er|=happy');
    expect(hasForm('happi', forms, 'happy')).toBe(true);
    expect(hasForm('happi', forms, 'happi')).toBe(false);
    expect(hasForm('contain', encodeForms('contain', ['contain', 'contains']), 'contain')).toBe(
      true,
    );
    expect(hasFormStartingWith('deploy', encodeForms('deploy', ['deployment']), 'deploymen')).toBe(
      true,
    );
    expect(hasFormStartingWith('link', encodeForms('link', ['link', 'linked']), 'linkred')).toBe(
      false,
    );
  });
});
