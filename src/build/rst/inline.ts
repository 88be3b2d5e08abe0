/** reST inline markup → Inline[]: references resolved against the document's targets, links only through safeHref. */
import type { Inline } from '../../shared/types';
import { splitEmbedded, unescape } from './inline-rules';
import { scanInline, type InlineToken } from './inline-scan';
import { flat, linkify, linkOrText } from './linkify';
import { nextAnonymous, normaliseName, resolveNamed, type References } from './references';
import { interpretedInlines } from './roles';

/** `text`_, `text <uri>`_, `text <name_>`_ or word_: a link when the target is a safe URI. */
function reference(token: Extract<InlineToken, { kind: 'reference' }>, refs: References): Inline {
  const embedded = splitEmbedded(token.text);
  if (embedded) {
    const label = unescape(embedded.label);
    const alias = /^(.*[^\\])_$/s.exec(embedded.target);
    const uri = alias
      ? resolveNamed(refs, alias[1]!)
      : unescape(embedded.target.replace(/\s+/g, ''));
    // a named embedded URI defines a target later references may use
    if (!alias && label && !token.anonymous && !refs.named.has(normaliseName(label)))
      refs.named.set(normaliseName(label), uri ?? '');
    return linkOrText(label || unescape(embedded.target), uri);
  }
  const text = unescape(token.text);
  return linkOrText(text, token.anonymous ? nextAnonymous(refs) : resolveNamed(refs, text));
}

function tokenInlines(token: InlineToken, refs: References): Inline[] {
  switch (token.kind) {
    case 'text':
      return linkify(token.text);
    case 'strong':
    case 'emphasis':
      return [{ kind: token.kind, children: linkify(token.text) }];
    case 'literal':
      return [{ kind: 'code', text: flat(token.text) }];
    case 'target':
      return [{ kind: 'text', text: flat(token.text) }];
    case 'interpreted':
      return interpretedInlines(token.text, token.role);
    case 'reference':
      return [reference(token, refs)];
    case 'substitution': {
      const text = refs.substitutions.get(normaliseName(token.name)) ?? token.name;
      return text ? linkify(text) : [];
    }
    case 'footnote':
      // auto-numbered notes have no number until docutils counts them
      return /^[#*]/.test(token.label) ? [] : [{ kind: 'text', text: `[${token.label}]` }];
  }
}

/** Adjacent text runs joined, so a paragraph's inlines stay few and whole. */
function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.kind === 'text' && last?.kind === 'text') last.text += inline.text;
    else if (inline.kind !== 'text' || inline.text !== '') out.push(inline);
  }
  return out;
}

// text without any of these holds no markup, reference, URL or address: it is read as it is
const MAYBE_MARKUP = /[\\*`:|_[@]/;

/** The inlines of reST paragraph text (lines joined by `\n`), outer whitespace trimmed. */
export function rstInlines(text: string, refs: References): Inline[] {
  if (!MAYBE_MARKUP.test(text)) {
    const plain = flat(text).trim();
    return plain ? [{ kind: 'text', text: plain }] : [];
  }
  const out = mergeText(scanInline(text.trim()).flatMap((t) => tokenInlines(t, refs)));
  const first = out[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return out.filter((i) => i.kind !== 'text' || i.text !== '');
}

/** The plain text of inlines, for titles and metadata. */
export function plainText(inlines: Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.kind === 'text' || inline.kind === 'code') out += inline.text;
    else if (inline.kind === 'break') out += ' ';
    else out += plainText(inline.children);
  }
  return out;
}
