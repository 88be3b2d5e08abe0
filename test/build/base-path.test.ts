import { describe, expect, it } from 'vitest';
import { normaliseBase } from '../../src/build/base-path';

describe('normaliseBase', () => {
  it('defaults to the root', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });

  it('adds the missing leading and trailing slashes', () => {
    expect(normaliseBase('talkshelf')).toBe('/talkshelf/');
    expect(normaliseBase('/talkshelf')).toBe('/talkshelf/');
    expect(normaliseBase('talkshelf/')).toBe('/talkshelf/');
  });

  it('keeps nested paths and collapses repeated edge slashes', () => {
    expect(normaliseBase('//a/b//')).toBe('/a/b/');
    expect(normaliseBase(' /docs/talks/ ')).toBe('/docs/talks/');
  });
});
