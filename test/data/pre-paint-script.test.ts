// The inline script in index.html must apply the settings the app mirrors, with the same values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS_MIRROR_KEY, THEME_COLORS } from '../../src/data/settings';
import { LINE_SPACINGS, TEXT_SIZES } from '../../src/shared/types';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

function runWith(mirror: string | null | Error) {
  const attributes = new Map<string, string>();
  const props = new Map<string, string>();
  const metas = [new Map<string, string>(), new Map<string, string>()];
  const localStorage = {
    getItem(key: string) {
      if (mirror instanceof Error) throw mirror;
      return key === SETTINGS_MIRROR_KEY ? mirror : null;
    },
  };
  const document = {
    documentElement: {
      setAttribute: (k: string, v: string) => attributes.set(k, v),
      style: { setProperty: (k: string, v: unknown) => props.set(k, String(v)) },
    },
    querySelectorAll: () =>
      metas.map((m) => ({ setAttribute: (k: string, v: string) => m.set(k, v) })),
  };
  new Function('localStorage', 'document', script)(localStorage, document);
  return { attributes, props, metas };
}

describe('pre-paint script in index.html', () => {
  it('exists and reads the mirror key', () => {
    expect(script).toContain(SETTINGS_MIRROR_KEY);
  });

  it('applies every text size, line spacing and forced theme the app can store', () => {
    TEXT_SIZES.forEach((size, textSize) => {
      LINE_SPACINGS.forEach((spacing, lineSpacing) => {
        const out = runWith(JSON.stringify({ theme: 'dark', textSize, lineSpacing }));
        expect(out.props.get('--text-scale')).toBe(String(size));
        expect(out.props.get('--line-spacing')).toBe(String(spacing));
      });
    });
    const dark = runWith(JSON.stringify({ theme: 'dark', textSize: 1, lineSpacing: 1 }));
    expect(dark.attributes.get('data-theme')).toBe('dark');
    expect(dark.metas.map((m) => m.get('content'))).toEqual([THEME_COLORS.dark, THEME_COLORS.dark]);
    const light = runWith(JSON.stringify({ theme: 'light', textSize: 1, lineSpacing: 1 }));
    expect(light.attributes.get('data-theme')).toBe('light');
  });

  it('leaves the page alone for "system", junk, no mirror, or no localStorage', () => {
    for (const mirror of [
      JSON.stringify({ theme: 'system', textSize: 1, lineSpacing: 1 }),
      JSON.stringify({ theme: 'sepia<script>', textSize: 'x', lineSpacing: 99 }),
      '{broken',
      null,
      new Error('SecurityError'),
    ]) {
      const out = runWith(mirror);
      expect(out.attributes.size).toBe(0);
      expect(mirror === null || mirror instanceof Error ? out.props.size : 0).toBe(0);
    }
  });
});
