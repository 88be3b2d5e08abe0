/**
 * Hyperlink targets and substitutions of a whole document, gathered before the body is read so a
 * reference can point at a target defined further down (reST puts them at the end by habit).
 */
import type { Line } from './lines';

/** What inline references resolve against while the body is read. */
export interface References {
  /** Named targets by normalised name: a URI, or `name_` for an indirect target. */
  named: Map<string, string>;
  /** Anonymous targets in document order, consumed by `__` references in the same order. */
  anonymous: string[];
  anonymousUsed: number;
  /** `|name|` substitutions by normalised name: the replacement text (empty for images). */
  substitutions: Map<string, string>;
}

const NAMED_TARGET = /^\.\.\s+_(`(?:[^`\\]|\\.)+`|(?:[^:\\]|\\.)+):(?:\s+(.*))?$/;
const ANONYMOUS_TARGET = /^(?:\.\.\s+__:|__)(?:\s+(.*))?$/;
const SUBSTITUTION = /^\.\.\s+\|((?:[^|\\]|\\.)+)\|\s+([\w.:+-]+)::(?:\s+(.*))?$/;
const MAX_INDIRECTION = 8;

/** The name as references match it: escapes and backquotes removed, whitespace collapsed, lower case. */
export function normaliseName(name: string): string {
  if (/^[\p{L}\p{N}]+$/u.test(name)) return name.toLowerCase();
  return name
    .replace(/^`|`$/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The target's URI (whitespace removed, as reST does) or indirect name, with any indented continuation. */
function targetUri(lines: Line[], at: number, first: string | undefined): string {
  let uri = first ?? '';
  const indent = lines[at]!.indent;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '' || line.indent <= indent) break;
    uri += line.text;
  }
  // an indirect target (`name_`) keeps its inner spaces; a URI never has any
  return /[^\\]_$/.test(uri) ? uri.replace(/\s+/g, ' ').trim() : uri.replace(/\s+/g, '');
}

/** The targets and substitutions every line of the document defines. */
export function collectReferences(lines: Line[]): References {
  const refs: References = {
    named: new Map(),
    anonymous: [],
    anonymousUsed: 0,
    substitutions: new Map(),
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!text.startsWith('..') && !text.startsWith('__')) continue;
    const anonymous = ANONYMOUS_TARGET.exec(text);
    if (anonymous) {
      refs.anonymous.push(targetUri(lines, i, anonymous[1]));
      continue;
    }
    const named = NAMED_TARGET.exec(text);
    if (named) {
      const name = normaliseName(named[1]!);
      if (!refs.named.has(name)) refs.named.set(name, targetUri(lines, i, named[2]));
      continue;
    }
    const substitution = SUBSTITUTION.exec(text);
    if (substitution) {
      const replacement = substitution[2] === 'replace' ? (substitution[3] ?? '').trim() : '';
      refs.substitutions.set(normaliseName(substitution[1]!), replacement);
    }
  }
  return refs;
}

/** The URI a named reference ends at, following indirect targets a few steps; undefined when unknown. */
export function resolveNamed(refs: References, name: string): string | undefined {
  let key = normaliseName(name);
  for (let step = 0; step < MAX_INDIRECTION; step++) {
    const target = refs.named.get(key);
    if (target === undefined) return undefined;
    // an indirect target names another target: `.. _a: b_` or `.. _a: `b c`_`
    const indirect = /^(`[^`]+`|[^\s`]+)_$/.exec(target);
    if (!indirect || target.endsWith('\\_')) return target;
    key = normaliseName(indirect[1]!);
  }
  return undefined;
}

/** The URI of the next anonymous reference (`text`__ or `word__`), in document order. */
export function nextAnonymous(refs: References): string | undefined {
  return refs.anonymous[refs.anonymousUsed++];
}
