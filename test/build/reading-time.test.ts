import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/build/reading-time';

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('counts words for alphabetic scripts', () => {
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });

  it('counts characters for Chinese', () => {
    expect(readingMinutes('网络'.repeat(2000))).toBe(10);
  });

  it('lets CJK characters, even beyond the BMP, end a word and count on their own', () => {
    expect(readingMinutes('ab网'.repeat(2300))).toBe(16);
    expect(readingMinutes('𠀀'.repeat(4000))).toBe(10);
  });
});
