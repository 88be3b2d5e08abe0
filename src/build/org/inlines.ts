/** uniorg objects (the inline markup of a paragraph, heading or cell) → Inline[]: only safe links link. */
import type { Link, ObjectType } from 'uniorg';
import { safeHref } from '../../shared/inline';
import type { Inline } from '../../shared/types';
import { InlineBuilder } from '../markdown/inline-builder';

type Mark = 'strong' | 'emphasis' | 'link';
/** A node to walk, a mark to close once its children are done, or literal text to add. */
type Step = ObjectType | { close: Mark } | { literal: string };

/** Options of one inline run. */
export interface InlineOptions {
  /** Drop `[1/3]` and `[50%]` cookies (headings: they are progress, not words). */
  dropCookies?: boolean;
}

/** Soft line breaks and the indentation of continuation lines read as one space. */
function flowText(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}

/** Opens a link frame for `link` and returns the steps of its body (its text, or the link as written). */
function linkSteps(link: Link, out: InlineBuilder): Step[] {
  const opened = out.open('link', safeHref(link.rawLink));
  const body: Step[] = link.children.length > 0 ? [...link.children] : [{ literal: link.rawLink }];
  // a refused link is not counted by the builder, so only an opened one is closed
  return opened ? [...body, { close: 'link' }] : body;
}

/** The steps that replace `node`: its children between marks, or nothing once it has been added. */
function expand(node: ObjectType, out: InlineBuilder, options: InlineOptions): Step[] {
  switch (node.type) {
    case 'text':
      out.text(flowText(node.value));
      return [];
    case 'bold':
    case 'italic': {
      const mark = node.type === 'bold' ? 'strong' : 'emphasis';
      // a mark refused for depth is counted by the builder: its close must still come
      out.open(mark);
      return [...node.children, { close: mark }];
    }
    case 'code':
    case 'verbatim':
      out.add({ kind: 'code', text: node.value });
      return [];
    case 'link':
      return linkSteps(node, out);
    case 'line-break':
      out.add({ kind: 'break' });
      return [];
    case 'entity':
      out.text(node.utf8);
      return [];
    case 'timestamp':
      out.text(node.rawValue);
      return [];
    case 'latex-fragment':
      out.text(node.value);
      return [];
    case 'statistics-cookie':
      if (!options.dropCookies) out.text(node.value);
      return [];
    case 'footnote-reference':
      return node.footnoteType === 'standard' || node.children.length === 0
        ? [{ literal: `[${node.label}]` }]
        : [{ literal: '[' }, ...node.children, { literal: ']' }];
    case 'citation-key':
      out.text(`@${node.key}`);
      return [];
    case 'export-snippet':
      // raw HTML or LaTeX for one exporter: never shown
      return [];
    default:
      // underline, strike-through, sub/superscripts, citations, cells: their text without the mark
      return 'children' in node ? [...node.children] : [];
  }
}

/** The inlines of `nodes`, trimmed; walked with an explicit stack, marks nested at most 64 deep. */
export function orgInlines(nodes: ObjectType[], options: InlineOptions = {}): Inline[] {
  const out = new InlineBuilder();
  const stack: Step[] = [...nodes].reverse();
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) out.close(step.close);
    else if ('literal' in step) out.text(step.literal);
    else {
      const next = expand(step, out, options);
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
    }
  }
  return out.take();
}
