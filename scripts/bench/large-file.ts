/** One very large generated file per shape (tens of thousands of headings or list items): the time to read it, proving no step is quadratic. */
import { readDocument } from '../../src/build/pipeline';
import { median } from './stats';

/** A ~5 MB markdown document of `count` talk sections, or of `count` agenda bullets. */
export function largeDocument(shape: 'headings' | 'items', count = 50_000): string {
  const filler =
    'Notes on latency, retries and the cost of a cold cache in production systems today.';
  const lines = ['# Conference notes, day 1', ''];
  for (let i = 0; i < count; i++)
    if (shape === 'headings')
      lines.push(`## Talk ${i}: Scaling service ${i} - Ada Lovelace`, '', filler, '');
    else lines.push(`- 00:${String(i % 60).padStart(2, '0')}:00 Topic ${i}: ${filler}`);
  return lines.join('\n');
}

/** Median milliseconds (of 3) to read a large document of `shape`, with its size and talk count. */
export function benchLargeFile(shape: 'headings' | 'items'): {
  shape: string;
  mb: string;
  talks: number;
  'median ms': number;
} {
  const bytes = new TextEncoder().encode(largeDocument(shape));
  const times: number[] = [];
  let talks = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = readDocument(`large-${shape}.md`, bytes);
    times.push(performance.now() - started);
    talks = result.doc?.talks.length ?? 0;
  }
  return {
    shape,
    mb: (bytes.length / 1e6).toFixed(1),
    talks,
    'median ms': Math.round(median(times)),
  };
}
