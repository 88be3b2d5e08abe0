import { describe, expect, it } from 'vitest';
import { eventSlugs, slugify, talkSlugs } from '../../src/build/slug';

describe('slugify', () => {
  it('transliterates Cyrillic and folds accents to ASCII', () => {
    expect(slugify('Dropbox уходит из амазона')).toBe('dropbox-ukhodit-iz-amazona');
    expect(slugify('Jérome Dugué: Observability!')).toBe('jerome-dugue-observability');
  });

  it('keeps CJK characters, which have no useful ASCII form', () => {
    expect(slugify('Kubernetes 网络策略')).toBe('kubernetes-网络策略');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Towards Continuous Computer Vision Model Improvement with Kubeflow and Many Other Words',
    );
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug.endsWith('-')).toBe(false);
    expect('towards-continuous-computer-vision-model-improvement-with-kubeflow-and').toContain(
      slug,
    );
  });

  it('gives an empty slug when nothing in the title is usable', () => {
    expect(slugify('¯\\_(ツ)_/¯ 🙈')).toBe('ツ');
    expect(slugify('🙈 — !!')).toBe('');
  });
});

describe('eventSlugs', () => {
  it('does not change an event slug when other files are added', () => {
    const before = eventSlugs([
      { source: 'a.md', title: 'DotScale 2018' },
      { source: 'b.md', title: 'KubeCon 2019' },
    ]);
    const after = eventSlugs([
      { source: '0-new.md', title: 'Something else' },
      { source: 'a.md', title: 'DotScale 2018' },
      { source: 'b.md', title: 'KubeCon 2019' },
    ]);
    expect(after.get('a.md')).toBe(before.get('a.md'));
    expect(after.get('b.md')).toBe(before.get('b.md'));
  });

  it('keeps the plain slug for the earliest-dated of same-title events', () => {
    const slugs = eventSlugs([
      { source: '0-later.md', title: 'Weekly Hangout', date: '2016-01-01' },
      { source: 'z-earlier.md', title: 'Weekly Hangout', date: '2015-04-03' },
    ]);
    expect(slugs.get('z-earlier.md')).toBe('weekly-hangout');
    expect(slugs.get('0-later.md')).toMatch(/^weekly-hangout-[0-9a-f]{6}$/);
  });

  it('tells undated same-title events apart by their own path, the first path keeping the plain slug', () => {
    const slugs = eventSlugs([
      { source: 'x/hangout.txt', title: 'Weekly Hangout' },
      { source: 'a/hangout.txt', title: 'Weekly Hangout' },
    ]);
    expect(slugs.get('a/hangout.txt')).toBe('weekly-hangout');
    expect(slugs.get('x/hangout.txt')).toMatch(/^weekly-hangout-[0-9a-f]{6}$/);
    // the suffix depends on the file's path only
    const again = eventSlugs([
      { source: 'x/hangout.txt', title: 'Weekly Hangout' },
      { source: 'a/hangout.txt', title: 'Weekly Hangout' },
      { source: 'm/hangout.txt', title: 'Weekly Hangout' },
    ]);
    expect(again.get('x/hangout.txt')).toBe(slugs.get('x/hangout.txt'));
  });

  it('names an untitled event after its file hash', () => {
    expect(eventSlugs([{ source: 'a.txt', title: '!!' }]).get('a.txt')).toMatch(
      /^event-[0-9a-f]{6}$/,
    );
  });
});

describe('talkSlugs', () => {
  it('numbers repeated titles in document order and names untitled talks', () => {
    expect(talkSlugs(['Q/A', 'Intro', 'Q/A', '🙈'])).toEqual(['q-a', 'intro', 'q-a-2', 'talk-4']);
  });
});
