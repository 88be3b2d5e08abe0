import { describe, expect, it } from 'vitest';
import {
  shortcutFor,
  type KeyContext,
  type KeyPress,
} from '../../../src/app/keyboard/shortcut-for';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const page: KeyContext = { typing: false, inScroller: false, dialogOpen: false };

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(press('/'), page)).toBe('search');
    expect(shortcutFor(press('j'), page)).toBe('next');
    expect(shortcutFor(press('ArrowRight'), page)).toBe('next');
    expect(shortcutFor(press('k'), page)).toBe('prev');
    expect(shortcutFor(press('ArrowLeft'), page)).toBe('prev');
    expect(shortcutFor(press('b'), page)).toBe('bookmark');
    expect(shortcutFor(press('?', { shiftKey: true }), page)).toBe('help');
    expect(shortcutFor(press('x'), page)).toBeUndefined();
  });

  it('never fires while typing, with Ctrl/Meta/Alt, or under an open dialog', () => {
    for (const key of ['/', 'j', 'b', '?', 'ArrowLeft']) {
      expect(shortcutFor(press(key), { ...page, typing: true })).toBeUndefined();
      expect(shortcutFor(press(key), { ...page, dialogOpen: true })).toBeUndefined();
      expect(shortcutFor(press(key, { ctrlKey: true }), page)).toBeUndefined();
      expect(shortcutFor(press(key, { metaKey: true }), page)).toBeUndefined();
      expect(shortcutFor(press(key, { altKey: true }), page)).toBeUndefined();
      expect(shortcutFor(press(key, { isComposing: true }), page)).toBeUndefined();
    }
  });

  it('asks whether focus is in a sideways scroller (a layout read) only for an arrow key outside a field', () => {
    let reads = 0;
    const counting = (typing: boolean): KeyContext => ({
      typing,
      dialogOpen: false,
      get inScroller() {
        reads++;
        return false;
      },
    });
    shortcutFor(press('a'), counting(true));
    shortcutFor(press('ArrowRight'), counting(true));
    shortcutFor(press('j'), counting(false));
    expect(reads).toBe(0);
    expect(shortcutFor(press('ArrowRight'), counting(false))).toBe('next');
    expect(reads).toBe(1);
  });

  it('leaves arrows to a sideways scroller, and Shift+letters alone', () => {
    expect(shortcutFor(press('ArrowRight'), { ...page, inScroller: true })).toBeUndefined();
    expect(shortcutFor(press('j'), { ...page, inScroller: true })).toBe('next');
    expect(shortcutFor(press('B', { shiftKey: true }), page)).toBeUndefined();
    expect(shortcutFor(press('ArrowLeft', { shiftKey: true }), page)).toBeUndefined();
  });
});
