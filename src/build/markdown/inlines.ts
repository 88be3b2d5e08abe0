/** mdast phrasing content → Inline[]: links only through safeHref, images as links, inline HTML reduced. */
import type { PhrasingContent } from 'mdast';
import { safeHref, textToInlines } from '../../shared/inline';
import type { Inline } from '../../shared/types';
import { applyInlineTag, type HiddenDepth } from './html-inline';
import { parseHtmlTag } from './html-tag';
import { InlineBuilder } from './inline-builder';

/** Link definitions of a document (`[id]: url`), by normalised identifier. */
export type Definitions = Map<string, string>;

/** Walks phrasing nodes into a builder; HTML tags arrive as separate nodes and are matched up there. */
function walk(
  nodes: PhrasingContent[],
  out: InlineBuilder,
  defs: Definitions,
  hidden: HiddenDepth,
): void {
  for (const node of nodes) {
    if (node.type === 'html') {
      const tag = parseHtmlTag(node.value);
      if (tag) applyInlineTag(out, tag, hidden);
      continue;
    }
    if (hidden.depth > 0) continue;
    switch (node.type) {
      case 'text': {
        // soft line breaks read as spaces; bare URLs become links unless already inside one
        const text = node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
        if (out.inLink() || !text.includes('://')) out.text(text);
        else for (const inline of textToInlines(text)) out.add(inline);
        break;
      }
      case 'inlineCode':
        out.add({ kind: 'code', text: node.value });
        break;
      case 'break':
        out.add({ kind: 'break' });
        break;
      case 'emphasis':
      case 'strong':
        out.open(node.type);
        walk(node.children, out, defs, hidden);
        out.close(node.type);
        break;
      case 'delete':
        walk(node.children, out, defs, hidden);
        break;
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : defs.get(node.identifier.toLowerCase());
        const href = url === undefined ? undefined : safeHref(url);
        const opened = out.open('link', href);
        walk(node.children, out, defs, hidden);
        if (opened) out.close('link');
        break;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : defs.get(node.identifier.toLowerCase());
        const href = url === undefined ? undefined : safeHref(url);
        const alt = (node.alt ?? '').trim();
        // the app never loads remote images: the image becomes a link to it
        if (href)
          out.add({ kind: 'link', href, children: [{ kind: 'text', text: alt || 'Image' }] });
        else if (alt) out.text(alt);
        break;
      }
      case 'footnoteReference':
        out.text(`[${node.label ?? node.identifier}]`);
        break;
      default:
        break;
    }
  }
}

/** The inlines of `nodes`, trimmed, with unclosed HTML frames flattened. */
export function phrasingToInlines(nodes: PhrasingContent[], defs: Definitions): Inline[] {
  const builder = new InlineBuilder();
  walk(nodes, builder, defs, { depth: 0 });
  return builder.take();
}
