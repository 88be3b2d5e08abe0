import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applySettings,
  getSettings,
  normalizeSettings,
  readMirroredSettings,
  saveSettings,
  SETTINGS_MIRROR_KEY,
  THEME_COLORS,
} from '../../src/data/settings';
import { DEFAULT_SETTINGS, LINE_SPACINGS, TEXT_SIZES } from '../../src/shared/types';
import { freshDatabase } from './support/fixtures';

// A minimal document and localStorage: enough for what applySettings touches.
class FakeElement {
  attributes = new Map<string, string>();
  style = {
    props: new Map<string, string>(),
    setProperty(name: string, value: string) {
      this.props.set(name, value);
    },
  };
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
}
const root = new FakeElement();
const lightMeta = Object.assign(new FakeElement(), { media: '(prefers-color-scheme: light)' });
const darkMeta = Object.assign(new FakeElement(), { media: '(prefers-color-scheme: dark)' });
const fakeDocument = {
  documentElement: root,
  querySelectorAll: (selector: string) =>
    selector.includes('theme-color') ? [lightMeta, darkMeta] : [],
};
const store = new Map<string, string>();
Object.assign(globalThis, {
  document: fakeDocument,
  localStorage: {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  },
});

beforeEach(async () => {
  store.clear();
  root.attributes.clear();
  await freshDatabase();
});

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to IndexedDB, mirrors to localStorage and applies to <html>', async () => {
    const chosen = { theme: 'dark' as const, textSize: TEXT_SIZES.length - 1, lineSpacing: 2 };
    await saveSettings(chosen);
    expect(await getSettings()).toEqual(chosen);
    expect(JSON.parse(store.get(SETTINGS_MIRROR_KEY)!)).toEqual(chosen);
    expect(readMirroredSettings()).toEqual(chosen);
    expect(root.attributes.get('data-theme')).toBe('dark');
    expect(root.style.props.get('--text-scale')).toBe(String(TEXT_SIZES.at(-1)));
    expect(root.style.props.get('--line-spacing')).toBe(String(LINE_SPACINGS[2]));
    expect(lightMeta.attributes.get('content')).toBe(THEME_COLORS.dark);
    expect(darkMeta.attributes.get('content')).toBe(THEME_COLORS.dark);
  });

  it('removes the theme attribute for "system"', () => {
    root.setAttribute('data-theme', 'dark');
    applySettings(DEFAULT_SETTINGS, fakeDocument as unknown as Document);
    expect(root.attributes.has('data-theme')).toBe(false);
    expect(lightMeta.attributes.get('content')).toBe(THEME_COLORS.light);
    expect(darkMeta.attributes.get('content')).toBe(THEME_COLORS.dark);
  });

  it('repairs unknown or out-of-range values', () => {
    expect(normalizeSettings({ theme: 'sepia', textSize: 99, lineSpacing: 1.5 })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ theme: 'light', textSize: 0, lineSpacing: 0 })).toEqual({
      theme: 'light',
      textSize: 0,
      lineSpacing: 0,
    });
    store.set(SETTINGS_MIRROR_KEY, '{not json');
    expect(readMirroredSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
