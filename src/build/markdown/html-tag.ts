/** Recognises the single tag or comment of a markdown inline HTML node, without a full HTML parse. */

/** One inline HTML tag: its lower-case name, whether it closes, and its attributes. */
export interface HtmlTag {
  name: string;
  closing: boolean;
  /** Written as `<x/>`: opens and closes at once. */
  selfClosing?: boolean;
  attrs: Map<string, string>;
}

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>$/;
const ATTRIBUTE = /([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** Attribute name → value of a tag's attribute text (entities in values are decoded minimally). */
export function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const value = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
    attrs.set(m[1]!.toLowerCase(), value);
  }
  return attrs;
}

/** The tag of an inline HTML node, or undefined for comments, declarations and anything else. */
export function parseHtmlTag(html: string): HtmlTag | undefined {
  const match = TAG.exec(html.trim());
  if (!match) return undefined;
  const rest = match[3]!;
  return {
    name: match[2]!.toLowerCase(),
    closing: match[1] === '/',
    selfClosing: rest.trimEnd().endsWith('/'),
    attrs: parseAttributes(rest),
  };
}

/** Elements whose content is never shown: scripts, styles, embeds. */
export const HIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'template',
  'object',
  'embed',
  'svg',
  'head',
  'title',
]);
