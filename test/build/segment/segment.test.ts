// Segmentation over small notes written like real ones: where talks begin, their speakers, titles and dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/build/pipeline';

const DIR = join(__dirname, '../../fixtures/notes');

function read(name: string) {
  const result = readDocument(name, readFileSync(join(DIR, name)));
  if (!result.doc) throw new Error(result.warnings.map((w) => w.reason).join('; '));
  return result.doc;
}

const names = (doc: ReturnType<typeof read>) =>
  doc.talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', ')]);

describe('segmentation', () => {
  it('splits conference notes on the talk level under day headings, with speakers from speaker lines', () => {
    const doc = read('conference-day-notes.md');
    expect(doc.title).toBe('DevOpsDays Lyon 2019');
    expect(doc.date).toBe('2019-05-13');
    expect(doc.kind).toBe('conference');
    expect(names(doc)).toEqual([
      ['Keynote: Why Observability Matters', 'Jane Appleseed'],
      ['Scaling Postgres at Work', 'Marco Rossi'],
      ['Chaos Engineering in Practice', 'Aiko Tanaka'],
    ]);
    expect(doc.talks[1].speakers[0].affiliation).toBe('Acme Labs');
    expect(doc.talks[2].speakers[0].affiliation).toBe('Example Corp');
  });

  it('takes speakers from `Title - Speaker, Company` headings and the date from the title', () => {
    const doc = read('lightning-talks.md');
    expect(doc.date).toBe('2018-03-07');
    expect(names(doc)).toEqual([
      ['Parsing with nom', 'Anna Schmidt'],
      ['Fuzzing Rust code', 'Pierre Martin'],
      ['WebAssembly in production', 'Li Wei'],
    ]);
    expect(doc.talks[1].speakers[0].affiliation).toBe('Mozilla');
  });

  it('makes one talk per timestamped topic, drops sponsors and picks, and names the guest', () => {
    const doc = read('podcast-timestamps.md');
    expect(doc.kind).toBe('podcast');
    expect(doc.talks.map((t) => t.title)).toEqual([
      'Welcome',
      'Why unit tests break',
      'Property-based testing',
      'Snapshot tests, good or bad?',
    ]);
    expect(doc.talks[1].speakers).toEqual([{ name: 'Sam Carter' }]);
  });

  it('keeps a single article with sections as one talk by its author', () => {
    const doc = read('single-article.md');
    expect(doc.talks).toHaveLength(1);
    expect(doc.talks[0].title).toBe('How we moved our cluster to ARM');
    expect(doc.talks[0].speakers).toEqual([{ name: 'Dana Scully' }]);
  });

  it('makes one talk per meeting in a minutes archive', () => {
    const doc = read('minutes-archive.md');
    expect(doc.talks.map((t) => t.title)).toEqual(['2017-05-16', '2017-05-23', '2017-05-30']);
  });
});

describe('segmentation of other shapes', () => {
  it('makes each link headline of a news episode a topic, inside its categories', () => {
    const doc = read('news-digest-episode.md');
    expect(doc.kind).toBe('podcast');
    expect(doc.talks.map((t) => t.title)).toEqual([
      'Java 9 modules pass their second vote',
      'Reflection and deep reflection in modules',
      'Minishift 1.0 is out',
    ]);
    // the bullets under a headline stay with it
    expect(doc.talks[2].blocks.some((b) => b.kind === 'list')).toBe(true);
  });

  it('reads bold lines with the speaker on the next line as talks', () => {
    const doc = read('bold-titles.md');
    expect(doc.date).toBe('2025-03-18');
    expect(names(doc)).toEqual([
      ['Event Driven Architectures in Action', 'Grace Hopper'],
      ['Build RAG from Scratch', 'Alan Turing'],
    ]);
  });
});

describe('speakers named in prose', () => {
  it('finds a speaker after "Présenté par" and in links to a profile, in a meetup recap', () => {
    const doc = read('meetup-recap-fr.md');
    expect(names(doc)).toEqual([
      ['Les tests de charge', 'Claire Dubois'],
      ['Vim pour les débutants', 'Paul Martin'],
      ['Docker en production', 'Sophie Bernard'],
    ]);
    expect(doc.talks[0].speakers[0].affiliation).toBe('Acme');
  });
});
