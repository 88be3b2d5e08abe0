/** Bullet and enumeration markers of reST lists, and when an enumerator really starts a list. */
import type { Line } from './lines';

/** A list marker on a line: what list it belongs to, its ordinal, and where its text starts. */
export interface Marker {
  /** Items of one list share a key: the bullet character, or the enumerator's format and type. */
  key: string;
  ordered: boolean;
  /** The enumerator's value (1 for `#` and bullets). */
  ordinal: number;
  /** Column where the item's text starts. */
  column: number;
  /** The first line's text after the marker. */
  text: string;
}

const BULLET = /^([-*+\u2022\u2023\u2043])(?: +|$)/;
const ENUMERATOR =
  /^(?:(\d+|#|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)([.)])|\((\d+|#|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)\))(?: +|$)/;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(text: string): number | undefined {
  let total = 0;
  const lower = text.toLowerCase();
  for (let k = 0; k < lower.length; k++) {
    const value = ROMAN[lower[k]!]!;
    const next = ROMAN[lower[k + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 4000 ? total : undefined;
}

/** The enumerator's type and value: `i`/`I` start a roman list, other single letters an alphabetic one. */
function enumeration(label: string): { type: string; ordinal: number } | undefined {
  if (label === '#') return { type: 'auto', ordinal: 1 };
  if (/^\d+$/.test(label))
    return label.length <= 9 ? { type: 'arabic', ordinal: Number(label) } : undefined;
  const upper = label === label.toUpperCase() ? 'upper' : 'lower';
  if (label.length === 1 && !/^[iI]$/.test(label))
    return { type: `alpha-${upper}`, ordinal: label.toLowerCase().charCodeAt(0) - 96 };
  const roman = romanValue(label);
  return roman ? { type: `roman-${upper}`, ordinal: roman } : undefined;
}

/** The bullet or enumerator at the start of `line`, if any. */
export function markerOf(line: Line | undefined): Marker | undefined {
  if (!line || line.text === '') return undefined;
  const bullet = BULLET.exec(line.text);
  if (bullet)
    return {
      key: bullet[1]!,
      ordered: false,
      ordinal: 1,
      column: line.indent + bullet[0].length,
      text: line.text.slice(bullet[0].length),
    };
  const enumerator = ENUMERATOR.exec(line.text);
  if (!enumerator) return undefined;
  const label = enumerator[1] ?? enumerator[3]!;
  const format = enumerator[2] ?? '()';
  const kind = enumeration(label);
  if (!kind) return undefined;
  return {
    key: `${format}${kind.type}`,
    ordered: true,
    ordinal: kind.ordinal,
    column: line.indent + enumerator[0].length,
    text: line.text.slice(enumerator[0].length),
  };
}

/** True when `next` may be another item of the list `first` started (`#.` and letters are flexible). */
export function sameList(first: Marker, next: Marker | undefined): boolean {
  if (!next || next.ordered !== first.ordered) return false;
  if (next.key === first.key) return true;
  if (!first.ordered) return false;
  const format = (key: string): string => key.replace(/[a-z-]+$/, '');
  if (format(first.key) !== format(next.key)) return false;
  // `#` may follow explicit numbers; single letters such as `i`, `v`, `x` are roman or alphabetic
  if (next.key.endsWith('auto')) return true;
  const letters = (key: string): string | undefined => /(?:alpha|roman)-(\w+)$/.exec(key)?.[1];
  return letters(first.key) !== undefined && letters(first.key) === letters(next.key);
}

/**
 * True when an enumerator at `at` starts a list rather than a sentence ("2015. was good"): as in
 * docutils, the next line is blank, indented, another item, or absent.
 */
export function confirmsEnumeration(lines: Line[], at: number, marker: Marker): boolean {
  if (!marker.ordered) return true;
  const next = lines[at + 1];
  if (!next || next.text === '' || next.indent > lines[at]!.indent) return true;
  return sameList(marker, markerOf(next));
}
