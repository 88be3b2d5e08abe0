/**
 * Builds Inline[] from a stream of text, breaks and open/close events for links and emphasis,
 * which is how inline HTML arrives (`<a href>` and `</a>` are separate markdown nodes).
 * Unclosed frames are flattened into their parent, so broken HTML never loses text. Frames nest at
 * most MAX_INLINE_DEPTH deep: deeper marks (2,000 unclosed `<b>`) add their text to the innermost
 * frame, so nothing that later walks the inlines recurses without bound.
 */
import type { Inline } from '../../shared/types';

type FrameKind = 'link' | 'strong' | 'emphasis';

/** How deep link/strong/emphasis frames may nest; deeper opens are flattened into their parent. */
export const MAX_INLINE_DEPTH = 64;

interface Frame {
  kind: FrameKind | 'root';
  href?: string;
  children: Inline[];
}

/** Appends `inline` to `into`, merging adjacent text runs. */
export function pushInline(into: Inline[], inline: Inline): void {
  const last = into[into.length - 1];
  if (inline.kind === 'text') {
    if (inline.text === '') return;
    if (last?.kind === 'text') {
      into[into.length - 1] = { kind: 'text', text: last.text + inline.text };
      return;
    }
  }
  into.push(inline);
}

/** A stack of open inline frames that yields well-formed Inline[] whatever order events come in. */
export class InlineBuilder {
  private stack: Frame[] = [{ kind: 'root', children: [] }];
  /** Strong/emphasis opens refused for depth: their closes must not close a real frame. */
  private flattened = { strong: 0, emphasis: 0 };
  /** True once any open was refused for depth (kept across takes, for a reader's warning). */
  wasFlattened = false;

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  /** Appends an inline to the innermost open frame. */
  add(inline: Inline): void {
    pushInline(this.top.children, inline);
  }

  /** Appends plain text. */
  text(text: string): void {
    this.add({ kind: 'text', text });
  }

  /** Opens a link (when `href` is given), strong or emphasis frame; false when nothing was opened. */
  open(kind: FrameKind, href?: string): boolean {
    if (kind === 'link' && !href) return false;
    // a link inside a link is not allowed: the inner one becomes text
    if (kind === 'link' && this.stack.some((f) => f.kind === 'link')) return false;
    if (this.stack.length > MAX_INLINE_DEPTH) {
      this.wasFlattened = true;
      // a refused link is not counted: like a link inside a link, callers skip its close
      if (kind !== 'link') this.flattened[kind]++;
      return false;
    }
    this.stack.push({ kind, href, children: [] });
    return true;
  }

  /** True inside an open link, where text must not become another link. */
  inLink(): boolean {
    return this.stack.some((f) => f.kind === 'link');
  }

  /** Closes the innermost frame of `kind`, flattening unclosed frames above it. */
  close(kind: FrameKind): void {
    if (kind !== 'link' && this.flattened[kind] > 0) {
      this.flattened[kind]--;
      return;
    }
    const at = this.stack.findLastIndex((f) => f.kind === kind);
    if (at <= 0) return;
    while (this.stack.length > at) this.pop();
  }

  private pop(): void {
    const frame = this.stack.pop()!;
    const parent = this.top.children;
    if (frame.kind === 'root') return;
    if (frame.children.length === 0) {
      if (frame.kind === 'link')
        pushInline(parent, {
          kind: 'link',
          href: frame.href!,
          children: [{ kind: 'text', text: frame.href! }],
        });
      return;
    }
    if (frame.kind === 'link')
      parent.push({ kind: 'link', href: frame.href!, children: frame.children });
    else parent.push({ kind: frame.kind, children: frame.children });
  }

  /** True when nothing but whitespace was added since the last take. */
  isEmpty(): boolean {
    return (
      this.stack.length === 1 &&
      this.stack[0]!.children.every((i) => i.kind === 'text' && i.text.trim() === '')
    );
  }

  /** The finished inlines (open frames closed), trimmed at both ends; resets the builder. */
  take(): Inline[] {
    while (this.stack.length > 1) this.pop();
    const out = trimInlines(this.stack[0]!.children);
    this.stack = [{ kind: 'root', children: [] }];
    this.flattened = { strong: 0, emphasis: 0 };
    return out;
  }
}

/** True for a break or a whitespace-only text run: what trimming removes at either end. */
function isBlank(inline: Inline): boolean {
  return inline.kind === 'break' || (inline.kind === 'text' && inline.text.trim() === '');
}

/** `inlines` without leading/trailing whitespace or breaks (a loop: thousands of `<br>` must not recurse). */
export function trimInlines(inlines: Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && isBlank(inlines[start]!)) start++;
  while (end > start && isBlank(inlines[end - 1]!)) end--;
  const out = inlines.slice(start, end);
  const first = out[0];
  if (first?.kind === 'text') out[0] = { kind: 'text', text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text.trimEnd() };
  return out;
}
