/** What every block step shares while reading one document: its references, warnings and nesting depth. */
import type { Block, Inline } from '../../shared/types';
import type { Line } from './lines';
import type { References } from './references';

/**
 * How a run of lines is read. `document`: the top level, where section titles and docinfo live.
 * `item`: a list item, field or definition body, whose deeper lines continue it rather than quote.
 * `quote`: a block quote or directive body.
 */
export type Mode = 'document' | 'item' | 'quote';

/** A block step's result: what it read and the index of the first line it did not take. */
export interface Step<T = Block> {
  nodes: T[];
  next: number;
}

/** Shared state of one parse; `nested` reads deeper lines one level down, flattening past the cap. */
export interface BodyContext {
  refs: References;
  warnings: string[];
  /** Nesting depth of the lines now being read (0 at the document's top level). */
  depth: number;
  /** A title declared by a `.. title::` directive, if one was met. */
  titleDirective?: string;
  inlines(text: string): Inline[];
  nested(lines: Line[], base: number, mode: Exclude<Mode, 'document'>): Block[];
}
