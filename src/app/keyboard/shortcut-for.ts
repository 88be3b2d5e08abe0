/** Which shortcut, if any, a key press asks for: the rules without the DOM side effects. */

/** Something a shortcut does. */
export type ShortcutAction = 'search' | 'next' | 'prev' | 'bookmark' | 'help';

/** The parts of a KeyboardEvent the rules read. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

/** Where the key was pressed, as far as the rules care. */
export interface KeyContext {
  /** Typing into an input, textarea, select or contenteditable. */
  typing: boolean;
  /** Focus is inside something that scrolls sideways (a wide code block or table). */
  inScroller: boolean;
  /** A modal dialog is open. */
  dialogOpen: boolean;
}

const KEYS: Record<string, ShortcutAction> = {
  '/': 'search',
  j: 'next',
  ArrowRight: 'next',
  k: 'prev',
  ArrowLeft: 'prev',
  b: 'bookmark',
  '?': 'help',
};

/** The action for `press` in `context`, or undefined when the key should do its usual thing. */
export function shortcutFor(press: KeyPress, context: KeyContext): ShortcutAction | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return undefined;
  if (press.defaultPrevented || context.typing || context.dialogOpen) return undefined;
  const action = KEYS[press.key];
  if (!action) return undefined;
  // `?` and `/` need Shift on many layouts; letters and arrows with Shift mean something else.
  if (press.shiftKey && action !== 'help' && action !== 'search') return undefined;
  if (press.key.startsWith('Arrow') && context.inScroller) return undefined;
  return action;
}

/**
 * The context of a key press on `target` in the current document. `inScroller` is worked out only
 * when read (an arrow key outside a field): it reads layout, which every keystroke typed into the
 * search field would otherwise force while the results it just changed are laid out again.
 */
export function keyContext(target: EventTarget | null): KeyContext {
  const element = target instanceof Element ? target : null;
  return {
    typing:
      !!element &&
      (element.matches('input, textarea, select') ||
        (element instanceof HTMLElement && element.isContentEditable)),
    get inScroller() {
      return !!element && scrollsSideways(element);
    },
    dialogOpen: !!document.querySelector('dialog[open]'),
  };
}

function scrollsSideways(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.scrollWidth > node.clientWidth) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return true;
    }
  }
  return false;
}

/** What each key does, for the help sheet. */
export const SHORTCUT_HELP: readonly { keys: string[]; does: string }[] = [
  { keys: ['/'], does: 'Search' },
  { keys: ['j', '→'], does: 'Next talk of the event' },
  { keys: ['k', '←'], does: 'Previous talk of the event' },
  { keys: ['b'], does: 'Bookmark the talk, or remove the bookmark' },
  { keys: ['?'], does: 'Show these shortcuts' },
  { keys: ['Esc'], does: 'Close this sheet' },
];
