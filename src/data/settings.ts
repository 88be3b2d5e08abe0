/**
 * The reader's display settings: IndexedDB is the source of truth, mirrored to localStorage so
 * the inline script in index.html can apply them before the first paint. Applying means setting
 * `data-theme`, `--text-scale` and `--line-spacing` on <html> and the theme-color meta.
 */
import {
  DEFAULT_SETTINGS,
  LINE_SPACINGS,
  TEXT_SIZES,
  type Settings,
  type ThemeChoice,
} from '../shared/types';
import { announceChange } from './change-channel';
import { withReaderStore } from './reader-store';

/** localStorage key of the pre-paint mirror; index.html's inline script reads the same key. */
export const SETTINGS_MIRROR_KEY = 'talkshelf:settings';

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
/** Browser-bar colours per theme; keep in step with the app's --bg and index.html. */
export const THEME_COLORS = { light: '#ffffff', dark: '#14161b' } as const;

/** `value` as valid Settings: unknown or out-of-range fields fall back to the defaults. */
export function normalizeSettings(value: unknown): Settings {
  const raw = typeof value === 'object' && value !== null ? (value as Partial<Settings>) : {};
  const index = (n: unknown, length: number, fallback: number): number =>
    Number.isInteger(n) && (n as number) >= 0 && (n as number) < length ? (n as number) : fallback;
  return {
    theme: THEMES.includes(raw.theme as ThemeChoice)
      ? (raw.theme as ThemeChoice)
      : DEFAULT_SETTINGS.theme,
    textSize: index(raw.textSize, TEXT_SIZES.length, DEFAULT_SETTINGS.textSize),
    lineSpacing: index(raw.lineSpacing, LINE_SPACINGS.length, DEFAULT_SETTINGS.lineSpacing),
  };
}

/** Resolves to the saved settings, or the defaults. */
export function getSettings(): Promise<Settings> {
  return withReaderStore(async (db) => normalizeSettings(await db.get('settings', 'current')));
}

/** Saves, mirrors and applies `settings`; resolves to what was stored. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normalizeSettings(settings);
  // Apply first: the reader sees the change even if storage then fails.
  applySettings(clean);
  mirrorSettings(clean);
  await withReaderStore((db) => db.put('settings', clean, 'current'));
  announceChange('settings');
  return clean;
}

/** Copies settings to localStorage for the pre-paint script; false when localStorage is unavailable. */
export function mirrorSettings(settings: Settings): boolean {
  try {
    localStorage.setItem(SETTINGS_MIRROR_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** Applies settings to the document: theme attribute, CSS variables, theme-color meta. */
export function applySettings(settings: Settings, doc: Document = document): void {
  const root = doc.documentElement;
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.style.setProperty('--text-scale', String(TEXT_SIZES[settings.textSize]));
  root.style.setProperty('--line-spacing', String(LINE_SPACINGS[settings.lineSpacing]));
  // index.html has one theme-color per colour scheme; a forced theme sets both to its colour.
  for (const meta of doc.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const scheme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.setAttribute(
      'content',
      THEME_COLORS[settings.theme === 'system' ? scheme : settings.theme],
    );
  }
}

/** The settings in the localStorage mirror, or the defaults. */
export function readMirroredSettings(): Settings {
  try {
    return normalizeSettings(JSON.parse(localStorage.getItem(SETTINGS_MIRROR_KEY) ?? 'null'));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Loads the stored settings, applies and re-mirrors them; resolves to them (the mirror's if storage fails). */
export async function restoreSettings(): Promise<Settings> {
  const settings = await getSettings().catch(() => undefined);
  if (!settings) return readMirroredSettings();
  applySettings(settings);
  mirrorSettings(settings);
  return settings;
}
