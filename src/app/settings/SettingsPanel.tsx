/** The reader's display settings (theme, text size, line spacing), applied the moment they change. */
import { useEffect, useState } from 'preact/hooks';
import { onReaderDataChange } from '../../data/change-channel';
import { StorageProblem } from '../../data/db';
import { getSettings, readMirroredSettings, saveSettings } from '../../data/settings';
import { LINE_SPACINGS, TEXT_SIZES, type Settings, type ThemeChoice } from '../../shared/types';
import { ChoiceGroup } from './ChoiceGroup';
import './settings.css';

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'Same as the device',
  light: 'Light',
  dark: 'Dark',
};
const SIZE_LABELS = ['Small', 'Normal', 'Large', 'Larger', 'Largest'];
const SPACING_LABELS = ['Tight', 'Normal', 'Loose'];

/** Theme, text size and line spacing controls, on the about/settings page. */
export function SettingsPanel() {
  // The mirror is what the page already shows; IndexedDB then confirms or corrects it.
  const [settings, setSettings] = useState<Settings>(readMirroredSettings);
  const [error, setError] = useState('');

  useEffect(() => {
    const load = () => getSettings().then(setSettings, () => undefined);
    void load();
    return onReaderDataChange((topic) => topic === 'settings' && void load());
  }, []);

  const change = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    setError('');
    saveSettings(next).catch((problem: unknown) =>
      setError(
        `Applied for now, but not saved. ${problem instanceof StorageProblem ? problem.message : ''}`,
      ),
    );
  };

  return (
    <section class="ts-settings" aria-labelledby="ts-settings-heading">
      <h2 id="ts-settings-heading">Reading settings</h2>
      <ChoiceGroup
        legend="Theme"
        name="theme"
        options={(['system', 'light', 'dark'] as const).map((value) => ({
          value,
          label: THEME_LABELS[value],
        }))}
        selected={settings.theme}
        onChange={(theme) => change({ theme })}
      />
      <ChoiceGroup
        legend="Text size"
        name="text-size"
        options={TEXT_SIZES.map((scale, index) => ({
          value: index,
          label: SIZE_LABELS[index] ?? `${Math.round(scale * 100)}%`,
          sample: { fontSize: `${scale}rem` },
        }))}
        selected={settings.textSize}
        onChange={(textSize) => change({ textSize })}
      />
      <ChoiceGroup
        legend="Line spacing"
        name="line-spacing"
        options={LINE_SPACINGS.map((_, index) => ({
          value: index,
          label: SPACING_LABELS[index] ?? String(index + 1),
        }))}
        selected={settings.lineSpacing}
        onChange={(lineSpacing) => change({ lineSpacing })}
      />
      <p class="ts-settings__note">
        Text size follows your browser’s zoom and font size too. Settings are kept on this device.
      </p>
      {error && (
        <p role="alert" class="ts-settings__error">
          {error}
        </p>
      )}
    </section>
  );
}
