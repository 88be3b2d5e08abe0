// Any URL or typed text made safe to decode and encode: malformed escapes become literal text.
import { describe, expect, it } from 'vitest';
import { wellFormedText, wellFormedUrl } from '../../src/shared/safe-url';
import { searchUrl } from '../../src/shared/urls';

const decodes = (url: string) => decodeURIComponent(url);

describe('wellFormedUrl', () => {
  it('keeps well-formed URLs exactly', () => {
    for (const url of [
      '/search/?q=kube%20con',
      '/events/dotscale-2018/observability-tips-for-haproxy/',
      '/events/%E5%B9%BF%E5%B7%9E/',
      '/search/?q=100%25',
    ])
      expect(wellFormedUrl(url)).toBe(url);
  });

  it('turns a bare or broken escape into literal text that decodes', () => {
    expect(wellFormedUrl('/search/?q=%')).toBe('/search/?q=%25');
    expect(decodes(wellFormedUrl('/search/?q=%'))).toBe('/search/?q=%');
    expect(decodes(wellFormedUrl('/bookmarks/?shared=%zz'))).toBe('/bookmarks/?shared=%zz');
    expect(decodes(wellFormedUrl('/e/?ref=%E0%A4'))).toBe('/e/?ref=%E0%A4');
  });

  it('keeps the valid part of a run and literal-ises an encoded lone surrogate', () => {
    const url = wellFormedUrl('/search/?q=%C3%A9%ED%A0%80');
    expect(() => decodes(url)).not.toThrow();
    expect(decodes(url)).toBe('/search/?q=é%ED%A0%80');
  });
});

describe('wellFormedText', () => {
  it('replaces lone surrogates so typed text always encodes', () => {
    const typed = 'kube\uD800';
    expect(() => encodeURIComponent(typed)).toThrow();
    expect(wellFormedText(typed)).toBe('kube\uFFFD');
    expect(() => searchUrl('/', typed)).not.toThrow();
    expect(wellFormedText('emoji 😀 ok')).toBe('emoji 😀 ok');
  });
});
