/** reST inline markup → Inline[]: references resolved against the document's targets, links only through safeHref. */
import { safeHref, textToInlines } from '../../shared/inline';
import type { Inline } from '../../shared/types';
import { unescape } from './inline-rules';
import { scanInline, type InlineToken } from './inline-scan';
import { nextAnonymous, normaliseName, resolveNamed, type References } from './references';

const CODE_ROLES =
  /^(?:literal|code|kbd|file|samp|command|program|envvar|option|makevar|regexp|mimetype|(?:\w+:)?(?:func|meth|class|mod|attr|exc|data|obj|const|var|type|member|macro|term))$/;
const EMPHASIS_ROLES = /^(?:emphasis|title-reference|title|t|cite|dfn)$/;
const EMBEDDED = /^([\s\S]*?)\s*<((?:[^<>\\]|\\.)+)>$/;
const EMAIL = /(?<![\w.+-])(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b/g;

/** Soft line breaks read as spaces, as everywhere else in the build. */
function flat(text: string): string {
  return text.includes('\n') ? text.replace(/[ \t]*\n[ \t]*/g, ' ') : text;
}

/** Plain text with bare http(s) URLs, `mailto:` URIs and e-mail addresses as links. */
export function linkify(text: string): Inline[] {
  if (!text.includes(':') && !text.includes('@')) return [{ kind: 'text', text: flat(text) }];
  const out: Inline[] = [];
  for (const inline of textToInlines(flat(text))) {
    if (inline.kind !== 'text' || !inline.text.includes('@')) {
      out.push(inline);
      continue;
    }
    let last = 0;
    for (const match of inline.text.matchAll(EMAIL)) {
      const href = safeHref(match[0].startsWith('mailto:') ? match[0] : `mailto:${match[0]}`);
      if (!href) continue;
      if (match.index > last)
        out.push({ kind: 'text', text: inline.text.slice(last, match.index) });
      out.push({ kind: 'link', href, children: [{ kind: 'text', text: match[0] }] });
      last = match.index + match[0].length;
    }
    if (last < inline.text.length) out.push({ kind: 'text', text: inline.text.slice(last) });
  }
  return out;
}

/** A link when `uri` is safe, else the words alone. */
function linkOrText(text: string, uri: string | undefined): Inline {
  const href = uri === undefined ? undefined : safeHref(uri);
  const words: Inline = { kind: 'text', text: flat(text) };
  return href ? { kind: 'link', href, children: [words] } : words;
}

/** `text`_, `text <uri>`_, `text <name_>`_ or word_: a link when the target is a safe URI. */
function reference(token: Extract<InlineToken, { kind: 'reference' }>, refs: References): Inline {
  const embedded = EMBEDDED.exec(token.text);
  if (embedded) {
    const label = unescape(embedded[1]!);
    const target = embedded[2]!;
    const alias = /^(.*[^\\])_$/s.exec(target);
    const uri = alias ? resolveNamed(refs, alias[1]!) : unescape(target.replace(/\s+/g, ''));
    // a named embedded URI defines a target later references may use
    if (!alias && label && !token.anonymous && !refs.named.has(normaliseName(label)))
      refs.named.set(normaliseName(label), uri ?? '');
    return linkOrText(label || unescape(target), uri);
  }
  const text = unescape(token.text);
  return linkOrText(text, token.anonymous ? nextAnonymous(refs) : resolveNamed(refs, text));
}

/** Interpreted text by its role: code, emphasis, strong, PEP/RFC links, else its words. */
function interpreted(text: string, role: string | undefined): Inline[] {
  const name = role?.toLowerCase();
  if (name === undefined || EMPHASIS_ROLES.test(name))
    return [{ kind: 'emphasis', children: [{ kind: 'text', text: flat(text) }] }];
  if (name === 'strong')
    return [{ kind: 'strong', children: [{ kind: 'text', text: flat(text) }] }];
  if (CODE_ROLES.test(name)) return [{ kind: 'code', text: flat(text) }];
  const number = /^\d+$/.exec(text.trim())?.[0];
  if (number && (name === 'pep' || name === 'pep-reference'))
    return [linkOrText(`PEP ${number}`, `https://peps.python.org/pep-${number.padStart(4, '0')}/`)];
  if (number && (name === 'rfc' || name === 'rfc-reference'))
    return [linkOrText(`RFC ${number}`, `https://www.rfc-editor.org/rfc/rfc${number}`)];
  // :ref:`title <label>`, :doc:`title <path>`: the title is what a reader sees
  const titled = EMBEDDED.exec(text);
  return [{ kind: 'text', text: flat(titled ? titled[1] || titled[2]! : text) }];
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
      return interpreted(token.text, token.role);
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
