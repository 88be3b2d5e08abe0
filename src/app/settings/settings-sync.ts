/** Keeps the page's applied settings in step with IndexedDB: on start, and when another tab changes them. */
import { onReaderDataChange } from '../../data/change-channel';
import { restoreSettings } from '../../data/settings';

let started = false;

/** Applies the stored settings now and after every settings change; safe to call more than once. */
export function startSettingsSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  void restoreSettings();
  onReaderDataChange((topic) => topic === 'settings' && void restoreSettings());
}
