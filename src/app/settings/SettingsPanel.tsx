// Placeholder with the agreed signature; the settings work replaces this file.
/** Theme, text size and line spacing controls, on the about/settings page. */
export function SettingsPanel() {
  return null;
}
