/**
 * The common outline every format reader parses into (Markdown, HTML, Org-mode, reStructuredText,
 * plain text), as Pandoc reads every format into one AST. Readers only parse; one segmentation step
 * (`segment/`) decides where the talks are, finds speakers, titles and dates. Build-only.
 */
import type { Block, EventKind, Inline, Speaker } from '../shared/types';

/** A section heading at its true depth in the source (1 = the outermost level the format has). */
export interface OutlineHeading {
  kind: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  content: Inline[];
}

/** A top-level block of a document's body: any talk block, or a heading at its source depth. */
export type OutlineBlock = Block | OutlineHeading;

/** What a format reader knows of a document before it is split into talks. */
export interface DocumentOutline {
  /** The title the document declares (front matter, `#+TITLE:`, a reST title, `<title>`); not a guess. */
  title?: string;
  /** ISO `YYYY-MM-DD` the document declares (front matter, `#+DATE:`, `:date:`, `<meta>`). */
  date?: string;
  tags: string[];
  /** The author(s) as one display string. */
  author?: string;
  /** People the metadata names as the document's speakers or guests (front matter `guests`, `speakers`). */
  speakers: Speaker[];
  /** A kind the metadata makes certain (a podcast feed's episode), else left to segmentation. */
  kind?: EventKind;
  /** An introduction the metadata gives (front matter `description`). */
  description: Block[];
  /** The body in document order; headings keep their source depth. */
  blocks: OutlineBlock[];
  /** Non-fatal problems met while parsing, reported by file name in the build summary. */
  warnings: string[];
}
