/**
 * An event's title: what the document declares or its title heading, never markup, a separator
 * line or a bare `README`; a file name only as the last resort, made readable (a README or index
 * file takes its folder's name, hex-encoded UTF-8 names are decoded, lower-case words capitalised).
 */

const GENERIC_NAME =
  /^(?:readme|index|_index|notes?|main|default|untitled|home|page|post|document)$/i;
/** A template's placeholder left in place: "Month Day, Year", "YYYY-MM-DD", "Title", "TBD". */
const PLACEHOLDER =
  /^(?:month day,? year|day month year|yyyy[-/]mm[-/]dd|dd[-/]mm[-/]yyyy|mm[-/]dd[-/]yyyy|(?:meeting )?title|your title here|tbd|tba|todo|xxx+|lorem ipsum.*)$/i;
const EXTENSION =
  /\.(?:md|markdown|mdown|mkd|txt|text|rst|rest|org|html?|xhtml|erb|adoc|asciidoc)$/i;
const MARKUP =
  /^\s*<(?:!doctype|html|head|body|meta|div|p|span|br|\?xml|!--)|^\s*<\/?[a-z][\w-]*(?:\s[^>]*)?>\s*$/i;

/** Whether `title` cannot name an event: empty, markup, a separator line, or a bare generic file name. */
export function isJunkTitle(title: string | undefined): boolean {
  if (!title) return true;
  const t = title.trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  if (MARKUP.test(t) || PLACEHOLDER.test(t)) return true;
  const name = t
    .replace(EXTENSION, '')
    .replace(/(?:19|20)\d{2}(?:-\d{2}-\d{2}|\d{4})/, '')
    .replace(/^[-_ ]+|[-_ ]+$/g, '');
  // a bare date or generic word names a file, not an event
  return name === '' || GENERIC_NAME.test(name);
}

/** A declared title made clean: its file extension dropped (`ParisWeb 2014 - Jour 2.md`), spaces folded. */
export function tidyTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(EXTENSION, '')
    .replace(/\s*[:：]$/u, '')
    .trim();
}

const DATE_PART = /(?:19|20)\d{2}(?:[-_ ]\d{2}[-_ ]\d{2}|\d{4})/;
const WORDED_DATE = /^(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})$/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^day[-_ ]?\d$/i;
/** Folders that say nothing of what a document is. */
const GENERIC_FOLDER =
  /^(?:archives?|old|previous[ _-]years?|past|drafts?|_?posts|content|docs|pages|notes|meetings?|minutes|src|source|files|\d+(?:[-_ ]\d+)*)$/i;

/** `e5b9bf…` runs of hex-encoded UTF-8 (WordPress exports) decoded; other text unchanged. */
function decodeHexRuns(text: string): string {
  return text.replace(/(?:[0-9a-f]{2}){3,}/gi, (run) => {
    if (!/[89a-f][0-9a-f]/i.test(run) || run.length % 2 !== 0) return run;
    try {
      const bytes = Uint8Array.from(run.match(/../g)!.map((h) => parseInt(h, 16)));
      const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return /[\p{L}]/u.test(decoded) && !/\p{Cc}/u.test(decoded) ? ` ${decoded} ` : run;
    } catch {
      return run;
    }
  });
}

/** A readable title from a file path (see the module comment). */
export function titleFromPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  let name = (parts.pop() ?? path).replace(/(?:\.[A-Za-z0-9]{1,8}){1,2}$/, '');
  let date = DATE_PART.exec(name)?.[0];
  let suffix = '';
  let rest = name.replace(DATE_PART, '').replace(/^[-_ ]+|[-_ ]+$/g, '');
  // "20140327-notes", "2024-03-05", "README": named by the folder, with the date when there is one
  // a name that is only a date ("Dec 06 2019") is named by its folder too
  const dateName = WORDED_DATE.test(rest.replace(/[-_]+/g, ' '));
  if (dateName) date = rest.replace(/[-_]+/g, ' ');
  if (!rest || GENERIC_NAME.test(rest) || dateName) {
    while (
      parts.length > 1 &&
      (GENERIC_NAME.test(parts[parts.length - 1]) || GENERIC_FOLDER.test(parts[parts.length - 1]))
    )
      parts.pop();
    rest = parts.pop() ?? name;
    suffix = date ? ` ${date.replace(/^(\d{4})[-_ ]?(\d{2})[-_ ]?(\d{2})$/, '$1-$2-$3')}` : '';
  }
  // a day's notes ("monday") belong to their conference's folder: "Kubecon22 Monday"
  if (WEEKDAY.test(rest)) {
    const folder = [...parts]
      .reverse()
      .find((p) => !GENERIC_NAME.test(p) && !GENERIC_FOLDER.test(p) && !WEEKDAY.test(p));
    if (folder) rest = `${folder} ${rest}`;
  }
  name = rest;
  let words = decodeHexRuns(name)
    .replace(/^\d{4}-\d{2}-\d{2}[-_ ]?/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) words = name;
  // an all-lower-case name reads better with its words capitalised: "js party 97" → "Js Party 97"
  if (words === words.toLowerCase() && /[a-z]/.test(words))
    words = words.replace(
      /(^|\s)(\p{Ll})/gu,
      (_, space: string, c: string) => space + c.toUpperCase(),
    );
  return words + suffix;
}
