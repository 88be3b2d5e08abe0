/** marked inline tokens → Inline[]: links only through safeHref, images as links, inline HTML reduced. */
import { decodeHTML } from 'entities';
import type { MarkedToken, Token } from 'marked';
import { safeHref, textToInlines } from '../../shared/inline';
import type { Inline } from '../../shared/types';
import { applyInlineTag, type HiddenDepth } from './html-inline';
import { parseHtmlTag } from './html-tag';
import { InlineBuilder } from './inline-builder';

/** marked leaves character references (`&amp;`, `&copy;`) in text and URLs; decode them once. */
function decode(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** The safe href of a link or image token; autolinks are literal, so only others are decoded. */
function hrefOf(token: { href: string; autolink?: boolean }): string | undefined {
  return safeHref(token.autolink ? token.href : decode(token.href));
}

/** The plain text of inline tokens (an image's alt text is its description's text). */
function plainText(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    const t = token as MarkedToken;
    if (t.type === 'text' || t.type === 'escape' || t.type === 'codespan')
      out += t.type === 'text' ? decode(t.text) : t.text;
    else if ('tokens' in t && t.tokens) out += plainText(t.tokens);
  }
  return out;
}

/** Adds a run of text; soft line breaks stay newlines (they render as spaces, and tell segmentation where lines end), bare URLs become links unless inside one. */
function addText(raw: string, out: InlineBuilder): void {
  const text = raw.replace(/[ \t]*\n[ \t]*/g, '\n');
  if (out.inLink() || !text.includes('://')) out.text(text);
  else for (const inline of textToInlines(text)) out.add(inline);
}

/** Walks inline tokens into a builder; HTML tags arrive as separate tokens and are matched up there. */
function walk(tokens: Token[], out: InlineBuilder, hidden: HiddenDepth, outermost = false): void {
  // text and escapes are joined first, so a URL holding `\_` is still found whole
  let pending = '';
  for (const token of tokens) {
    const t = token as MarkedToken;
    if (t.type === 'text' || t.type === 'escape') {
      if (hidden.depth === 0) pending += t.type === 'text' ? decode(t.text) : t.text;
      continue;
    }
    if (pending) {
      addText(pending, out);
      pending = '';
    }
    if (t.type === 'html') {
      const tag = parseHtmlTag(t.text);
      if (tag) applyInlineTag(out, tag, hidden);
      continue;
    }
    if (hidden.depth > 0) continue;
    switch (t.type) {
      case 'codespan':
        out.add({ kind: 'code', text: t.text });
        break;
      case 'br':
        out.add({ kind: 'break' });
        break;
      case 'em':
      case 'strong': {
        const kind = t.type === 'em' ? 'emphasis' : 'strong';
        out.open(kind);
        walk(t.tokens, out, hidden);
        out.close(kind);
        break;
      }
      case 'del':
        walk(t.tokens, out, hidden);
        break;
      case 'link': {
        const opened = out.open('link', hrefOf(t));
        walk(t.tokens, out, hidden);
        if (opened) out.close('link');
        break;
      }
      case 'image': {
        const href = hrefOf(t);
        const alt = plainText(t.tokens).trim();
        // the app never loads remote images: the image becomes a link to it
        if (href)
          out.add({ kind: 'link', href, children: [{ kind: 'text', text: alt || 'Image' }] });
        else if (alt) out.text(alt);
        break;
      }
      case 'checkbox':
        // a GFM task item keeps its box as text, as it reads in the source
        out.text(t.checked ? '[x] ' : '[ ] ');
        break;
      default:
        break;
    }
  }
  // a paragraph's trailing spaces are not content, even inside an unclosed `<b>` that keeps them
  if (outermost) pending = pending.trimEnd();
  if (pending) addText(pending, out);
}

/** The inlines of `tokens`, trimmed, with unclosed HTML frames flattened. */
export function phrasingToInlines(tokens: Token[]): Inline[] {
  const builder = new InlineBuilder();
  walk(tokens, builder, { depth: 0 }, true);
  return builder.take();
}
