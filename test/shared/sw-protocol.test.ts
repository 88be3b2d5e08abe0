import { describe, expect, it } from 'vitest';
import { pagesCacheName, precacheVersion } from '../../src/shared/sw-protocol';

describe('precacheVersion', () => {
  const entries = [
    { url: 'assets/index-abcdefgh.js', revision: null },
    { url: 'shell.html', revision: '1' },
  ];

  it('is stable for the same manifest', () => {
    expect(precacheVersion(entries)).toBe(precacheVersion(entries.map((e) => ({ ...e }))));
    expect(precacheVersion(entries)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('changes when any revision or URL changes', () => {
    const base = precacheVersion(entries);
    expect(precacheVersion([entries[0], { url: 'shell.html', revision: '2' }])).not.toBe(base);
    expect(
      precacheVersion([{ url: 'assets/index-zzzzzzzz.js', revision: null }, entries[1]]),
    ).not.toBe(base);
    expect(precacheVersion(entries.slice(0, 1))).not.toBe(base);
  });

  it('names the page cache after the version', () => {
    expect(pagesCacheName(precacheVersion(entries))).toBe(
      `talkshelf-pages-${precacheVersion(entries)}`,
    );
  });
});
