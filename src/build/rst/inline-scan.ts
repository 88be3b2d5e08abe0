/**
 * reST inline markup as a flat token list: reST markup does not nest, so one left-to-right scan
 * finds it. Each closing delimiter is searched for at most once past any point (a failed search
 * is remembered), so the scan stays linear however many unmatched `*` or backquotes a text holds.
 */
import { isSpace, mayEndBefore, mayStartAfter, trailingRefname, unescape } from './inline-rules';

/** One run of inline markup, before references are resolved. */
export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'emphasis' | 'literal' | 'target'; text: string }
  | { kind: 'interpreted'; text: string; role?: string }
  | { kind: 'reference'; text: string; anonymous: boolean }
  | { kind: 'substitution'; name: string }
  | { kind: 'footnote'; label: string };

// characters that can begin neither markup, a URI nor a reference: taken in one step
const PLAIN_RUN = /[^\\*`:|_[hm]+/y;
// role names are short: bounded, so a long run of `:a-:a-` is not rescanned from every colon
const ROLE_PREFIX = /:([A-Za-z0-9][\w.+-]{0,63}(?::[\w.+-]{1,63}){0,3}):`/y;
const ROLE_SUFFIX = /:([A-Za-z0-9][\w.+-]{0,63}(?::[\w.+-]{1,63}){0,3}):/y;
const FOOTNOTE = /\[(#[\w-]*|\*|\d+|[A-Za-z][\w.+-]*)\]_/y;
const URI = /(?:https?:\/\/|mailto:)[^\s<>"`]+/y;

/** One left-to-right pass over a text, collecting tokens; `plain` holds the text not yet flushed. */
class Scanner {
  readonly tokens: InlineToken[] = [];
  private plain = '';
  // where in `src` the tail of `plain` copied verbatim begins (after the last escape or token)
  private verbatimFrom = 0;
  private at = 0;
  // start of the earliest failed search for each closing delimiter: none exists past it
  private readonly failedFrom = new Map<string, number>();

  constructor(private readonly src: string) {}

  run(): InlineToken[] {
    const src = this.src;
    while (this.at < src.length) {
      PLAIN_RUN.lastIndex = this.at;
      const run = PLAIN_RUN.exec(src);
      if (run) {
        this.plain += run[0];
        this.at += run[0].length;
        continue;
      }
      const c = src[this.at]!;
      if (c === '\\') this.escape();
      else if (!(this.startsHere() && this.markup()) && !(c === '_' && this.simpleReference())) {
        this.plain += c;
        this.at++;
      }
    }
    this.flush();
    return this.tokens;
  }

  private escape(): void {
    const next = this.src[this.at + 1];
    if (next === undefined) this.plain += '\\';
    else if (!isSpace(next)) this.plain += next;
    this.at += 2;
    this.verbatimFrom = this.at;
  }

  private flush(): void {
    if (this.plain) this.tokens.push({ kind: 'text', text: this.plain });
    this.plain = '';
  }

  private push(token: InlineToken, next: number): true {
    this.flush();
    this.tokens.push(token);
    this.at = next;
    this.verbatimFrom = next;
    return true;
  }

  /** True when inline markup may start at the current position (start of text or after a boundary). */
  private startsHere(): boolean {
    return mayStartAfter(this.src[this.at - 1]);
  }

  /** True when an end-string sits at `end` (its length `length`) and may close markup opened before it. */
  private endsAt(end: number, length: number): boolean {
    const before = this.src[end - 1]!;
    if (isSpace(before)) return false;
    let backslashes = 0;
    for (let k = end - 1; k >= 0 && this.src[k] === '\\'; k--) backslashes++;
    if (backslashes % 2 === 1) return false;
    return mayEndBefore(this.src[end + length]);
  }

  /**
   * The index of the end-string closing content that starts at `from`, or -1. `key` names the
   * search (delimiter and acceptance rule): a search that failed from some point fails from any later one.
   */
  private findEnd(
    key: string,
    delimiter: string,
    from: number,
    accept: (end: number) => boolean = (end) => this.endsAt(end, delimiter.length),
  ): number {
    if ((this.failedFrom.get(key) ?? Infinity) <= from) return -1;
    for (let end = this.src.indexOf(delimiter, from + 1); end >= 0;) {
      if (accept(end)) return end;
      end = this.src.indexOf(delimiter, end + 1);
    }
    this.failedFrom.set(key, from);
    return -1;
  }

  /** Markup opening at the current position, consumed whole; false when there is none. */
  private markup(): boolean {
    const src = this.src;
    const at = this.at;
    const c = src[at]!;
    const next = src[at + 1];
    if (c === '*' && next === '*') return this.delimited('strong', '**', at + 2);
    if (c === '*') return this.delimited('emphasis', '*', at + 1);
    if (c === '`' && next === '`') return this.delimited('literal', '``', at + 2);
    if (c === '`') return this.interpreted(at + 1);
    if (c === '|') return this.substitution();
    if (c === '_' && next === '`') return this.delimited('target', '`', at + 2);
    if (c === ':') {
      ROLE_PREFIX.lastIndex = at;
      const role = ROLE_PREFIX.exec(src);
      return role ? this.interpreted(at + role[0].length, role[1]) : false;
    }
    if (c === '[') {
      FOOTNOTE.lastIndex = at;
      const note = FOOTNOTE.exec(src);
      const after = note ? src[at + note[0].length] : undefined;
      if (note && mayEndBefore(after))
        return this.push({ kind: 'footnote', label: note[1]! }, at + note[0].length);
      return false;
    }
    if (c === 'h' || c === 'm') {
      // a standalone URI is plain text here (linked later), so `_` and `*` inside it are not markup
      URI.lastIndex = at;
      const uri = URI.exec(src);
      if (!uri) return false;
      this.plain += uri[0];
      this.at = at + uri[0].length;
      return true;
    }
    return false;
  }

  private delimited(
    kind: 'strong' | 'emphasis' | 'literal' | 'target',
    end: string,
    from: number,
  ): boolean {
    if (from >= this.src.length || isSpace(this.src[from]!)) return false;
    const close = this.findEnd(kind, end, from);
    if (close < 0) return false;
    const raw = this.src.slice(from, close);
    return this.push({ kind, text: kind === 'literal' ? raw : unescape(raw) }, close + end.length);
  }

  /** `text`, `text`_, `text`__ or `text`:role: (or :role:`text` when `role` is given). */
  private interpreted(from: number, role?: string): boolean {
    const src = this.src;
    if (from >= src.length || isSpace(src[from]!)) return false;
    let suffix = '';
    let suffixRole: string | undefined;
    const close = this.findEnd(role === undefined ? 'interpreted' : 'role', '`', from, (end) => {
      if (isSpace(src[end - 1]!) || src[end - 1] === '\\') return false;
      suffix = '';
      suffixRole = undefined;
      if (role === undefined) {
        if (src.startsWith('__', end + 1)) suffix = '__';
        else if (src[end + 1] === '_') suffix = '_';
        else {
          ROLE_SUFFIX.lastIndex = end + 1;
          const m = ROLE_SUFFIX.exec(src);
          if (m) [suffix, suffixRole] = [m[0], m[1]];
        }
      }
      if (mayEndBefore(src[end + 1 + suffix.length])) return true;
      suffix = '';
      suffixRole = undefined;
      return this.endsAt(end, 1);
    });
    if (close < 0) return false;
    const text = src.slice(from, close);
    const next = close + 1 + suffix.length;
    if (suffix === '_' || suffix === '__')
      return this.push({ kind: 'reference', text, anonymous: suffix === '__' }, next);
    return this.push({ kind: 'interpreted', text: unescape(text), role: role ?? suffixRole }, next);
  }

  /** `|name|`, optionally followed by `_` or `__` (then read as the substitution alone). */
  private substitution(): boolean {
    const from = this.at + 1;
    if (from >= this.src.length || isSpace(this.src[from]!)) return false;
    const close = this.findEnd('substitution', '|', from, (end) => {
      if (isSpace(this.src[end - 1]!)) return false;
      const tail = this.src.startsWith('__', end + 1) ? 2 : this.src[end + 1] === '_' ? 1 : 0;
      return mayEndBefore(this.src[end + 1 + tail]);
    });
    if (close < 0) return false;
    const tail = this.src.startsWith('__', close + 1) ? 2 : this.src[close + 1] === '_' ? 1 : 0;
    return this.push(
      { kind: 'substitution', name: unescape(this.src.slice(from, close)) },
      close + 1 + tail,
    );
  }

  /** `name_` or `name__` at the current `_`: the reference name is the word just before it. */
  private simpleReference(): boolean {
    const src = this.src;
    const anonymous = src[this.at + 1] === '_';
    if (!mayEndBefore(src[this.at + (anonymous ? 2 : 1)])) return false;
    // looked up in `src`, not in `plain`: reading a long, growing string from its end costs its length
    const name = trailingRefname(src, this.verbatimFrom, this.at);
    if (!name) return false;
    this.plain = this.plain.slice(0, this.plain.length - name.length);
    return this.push({ kind: 'reference', text: name, anonymous }, this.at + (anonymous ? 2 : 1));
  }
}

/** The inline markup tokens of `text`, in order; plain text keeps its line breaks. */
export function scanInline(text: string): InlineToken[] {
  return new Scanner(text).run();
}
