/**
 * Org-mode documents (Emacs notes): parsed by `org/` into the common outline, then split into talks
 * by the shared segmentation step. Recognised by the `.org` extension, or by `#+TITLE:` or a body
 * that opens with `*` headings and has other Org markup.
 */
import type { DocumentReader, ParsedDocument, SourceFile } from '../model';
import { orgOutline } from '../org/index';
import { segmentOutline } from '../segment/index';

const ORG_EXTENSION = /\.org$/i;
const TITLE_KEYWORD = /^[ \t]*#\+title:/im;
// blank lines and `#+KEY:` lines may come before the first `* ` heading
const OPENS_WITH_HEADING = /^\uFEFF?(?:[ \t]*(?:#\+\S.*)?\r?\n)*\*[ \t]+\S/;
const ORG_MARKUP = [
  /^\*{2,}[ \t]+\S/m, // a sub-heading: markdown lists never start a line with `** `
  /^[ \t]*#\+(?:begin_\w+|[a-z_]+:)/im,
  /\[\[[^[\]\n]+\](?:\[[^[\]\n]+\])?\]/,
  /^[ \t]*:(?:PROPERTIES|END):[ \t]*$/m,
  /^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):/m,
  /^\*+[ \t]+(?:TODO|DONE)[ \t]/m,
];

/** How sure we are that `file` is Org: its extension, `#+TITLE:`, or `*` headings with Org markup. */
function detect(file: SourceFile): number {
  if (ORG_EXTENSION.test(file.path)) return 0.9;
  const head = file.text.slice(0, 8192);
  if (TITLE_KEYWORD.test(head)) return 0.7;
  if (OPENS_WITH_HEADING.test(head) && ORG_MARKUP.some((re) => re.test(head))) return 0.7;
  return 0;
}

function read(file: SourceFile): ParsedDocument {
  return segmentOutline(orgOutline(file.text), file);
}

/** The reader for Org-mode notes (see module comment). */
export const orgModeReader: DocumentReader = { name: 'org-mode', detect, read };
