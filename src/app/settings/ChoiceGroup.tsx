/** A labelled group of radio buttons, laid out as a segmented control. */
import type { JSX } from 'preact';

/** One option of a ChoiceGroup; `sample` styles its label as a preview. */
export interface Choice<T> {
  value: T;
  label: string;
  sample?: JSX.CSSProperties;
}

/** A fieldset of radios named `name`; calls `onChange` with the chosen value. */
export function ChoiceGroup<T extends string | number>({
  legend,
  name,
  options,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  options: Choice<T>[];
  selected: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="ts-choices">
      <legend class="ts-choices__legend">{legend}</legend>
      <div class="ts-choices__options">
        {options.map((option) => (
          <label key={String(option.value)} class="ts-choices__option">
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={option.value === selected}
              onChange={() => onChange(option.value)}
            />
            <span style={option.sample}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
