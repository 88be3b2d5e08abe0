/** Applies one HTML tag to an InlineBuilder: links, emphasis, breaks and images survive, the rest is dropped. */
import { safeHref } from '../../shared/inline';
import { HIDDEN_ELEMENTS, type HtmlTag } from './html-tag';
import type { InlineBuilder } from './inline-builder';

/** Counts how deep the stream is inside elements whose content is never shown. */
export interface HiddenDepth {
  depth: number;
}

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'embed']);

/** Updates `builder` and `hidden` for `tag`; returns nothing, the builder carries the result. */
export function applyInlineTag(
  builder: InlineBuilder,
  tag: HtmlTag,
  hidden: HiddenDepth,
  selfClosing = false,
): void {
  const { name, closing, attrs } = tag;
  if (HIDDEN_ELEMENTS.has(name)) {
    if (closing) hidden.depth = Math.max(0, hidden.depth - 1);
    else {
      // an embedded player or page stays reachable as a plain link
      const src = name === 'iframe' ? safeHref(attrs.get('src') ?? '') : undefined;
      if (src && hidden.depth === 0)
        builder.add({ kind: 'link', href: src, children: [{ kind: 'text', text: src }] });
      if (!selfClosing && !tag.selfClosing && !VOID.has(name)) hidden.depth++;
    }
    return;
  }
  if (hidden.depth > 0) return;
  switch (name) {
    case 'a':
      if (closing) builder.close('link');
      else builder.open('link', safeHref(attrs.get('href') ?? ''));
      return;
    case 'b':
    case 'strong':
      if (closing) builder.close('strong');
      else builder.open('strong');
      return;
    case 'i':
    case 'em':
      if (closing) builder.close('emphasis');
      else builder.open('emphasis');
      return;
    case 'br':
      if (!closing) builder.add({ kind: 'break' });
      return;
    case 'img': {
      if (closing) return;
      const alt = (attrs.get('alt') ?? attrs.get('title') ?? '').trim();
      const src = safeHref(attrs.get('src') ?? '');
      // the app never loads remote images: the image becomes a link to it
      if (src)
        builder.add({
          kind: 'link',
          href: src,
          children: [{ kind: 'text', text: alt || 'Image' }],
        });
      else if (alt) builder.text(alt);
      return;
    }
    default:
      return;
  }
}
