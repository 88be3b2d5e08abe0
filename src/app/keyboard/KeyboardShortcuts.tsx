/** Global keyboard shortcuts and the help sheet that lists them (`?`). */
import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { route } from 'preact-router';
import { searchUrl } from '../../shared/urls';
import { useBase } from '../base';
import { startSettingsSync } from '../settings/settings-sync';
import { keyContext, shortcutFor, SHORTCUT_HELP, type ShortcutAction } from './shortcut-for';
import './keyboard.css';

function clickShortcut(name: string): boolean {
  const target = document.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);
  target?.click();
  return !!target;
}

/** Global keyboard shortcuts and their help sheet (`?`); mounted once by the app. */
export function KeyboardShortcuts() {
  const base = useBase();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // Mounted once for the whole app, so it also keeps settings applied across tabs.
    startSettingsSync();

    const run = (action: ShortcutAction): boolean => {
      switch (action) {
        case 'search': {
          const input = document.querySelector<HTMLElement>('[data-shortcut="search"]');
          if (input) input.focus();
          else route(searchUrl(base));
          return true;
        }
        case 'help':
          returnFocus.current = document.activeElement as HTMLElement | null;
          dialog.current?.showModal();
          return true;
        default:
          return clickShortcut(action);
      }
    };
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event, keyContext(event.target));
      if (action && run(action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [base]);

  return (
    <dialog
      ref={dialog}
      class="ts-shortcuts"
      aria-labelledby="ts-shortcuts-heading"
      onClose={() => {
        returnFocus.current?.focus();
        returnFocus.current = null;
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its content) closes it.
        if (event.target === dialog.current) dialog.current?.close();
      }}
    >
      <div class="ts-shortcuts__content">
        <h2 id="ts-shortcuts-heading">Keyboard shortcuts</h2>
        <dl class="ts-shortcuts__list">
          {SHORTCUT_HELP.map((entry) => (
            <div key={entry.does} class="ts-shortcuts__row">
              <dt>
                {entry.keys.map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </Fragment>
                ))}
              </dt>
              <dd>{entry.does}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button class="ts-button" autoFocus>
            Close
          </button>
        </form>
      </div>
    </dialog>
  );
}
