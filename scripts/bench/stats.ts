/** Small statistics and formatting helpers for the benchmark's printout. */

/** The median of a list of numbers (NaN when empty). */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers (NaN when empty). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Bytes as a short human figure, e.g. `12.3 KB`. */
export function kb(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(2)} MB`
    : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints rows of figures as an aligned table. */
export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  console.log(`\n${title}`);
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]);
  const cells = rows.map((row) => keys.map((key) => String(row[key])));
  const widths = keys.map((key, i) => Math.max(key.length, ...cells.map((row) => row[i].length)));
  console.log('  ' + keys.map((key, i) => key.padEnd(widths[i])).join('  '));
  for (const row of cells)
    console.log('  ' + row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
}
