/** Bold lines that stand for headings (`**A. Keynote: Name**` between bullet notes) promoted to headings one level below the heading before them. */
import { inlineText } from '../../shared/blocks-text';
import type { Block, Inline } from '../../shared/types';
import type { OutlineBlock, OutlineHeading } from '../outline';
import { bareSpeakerLine, markedSpeakers } from './speakers';

const MAX_LENGTH = 150;

/** The inline content of a paragraph made only of bold text, or undefined. */
function boldOnly(block: Block | OutlineHeading): Inline[] | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const parts = block.content.filter((n) => !(n.kind === 'text' && !n.text.trim()));
  if (parts.length !== 1 || parts[0].kind !== 'strong') return undefined;
  const text = inlineText(parts[0].children).trim();
  if (!text || text.length > MAX_LENGTH || /[.:：]$/u.test(text)) return undefined;
  if (markedSpeakers(text) || bareSpeakerLine(text)) return undefined;
  return parts[0].children;
}

/** A paragraph that opens with a bold line and goes on below it (`**Title**` then `Speaker` on the next line), split in two. */
function splitBoldFirstLine(block: OutlineBlock): OutlineBlock[] {
  if (block.kind !== 'paragraph') return [block];
  const [first, second, ...rest] = block.content;
  if (first?.kind !== 'strong' || !second) return [block];
  if (second.kind === 'break')
    return [
      { kind: 'paragraph', content: [first] },
      { kind: 'paragraph', content: rest },
    ];
  // "**Title**" then "Speaker" on the next line: the break may already be folded into a space
  const rest_ = [second, ...rest];
  const restText = rest_.every((n) => n.kind === 'text')
    ? rest_.map((n) => (n as { text: string }).text).join('')
    : '';
  if (
    second.kind === 'text' &&
    (/^[ \t]*\n/.test(second.text) || (restText && bareSpeakerLine(restText)))
  ) {
    const text = second.text.replace(/^[ \t]*\n/, '').trimStart();
    const after: Inline[] = text ? [{ kind: 'text', text }, ...rest] : rest;
    return [
      { kind: 'paragraph', content: [first] },
      ...(after.length ? [{ kind: 'paragraph' as const, content: after }] : []),
    ];
  }
  return [block];
}

/** `blocks` with bold heading-lines turned into headings, when at least two of them stand alone. */
export function promoteBoldLines(input: OutlineBlock[]): OutlineBlock[] {
  const blocks = input.flatMap(splitBoldFirstLine);
  const bold = blocks.map(boldOnly);
  if (bold.filter(Boolean).length < 2) return input;
  let level = 0;
  return blocks.map((block, i) => {
    if (block.kind === 'heading') {
      level = block.level;
      return block;
    }
    const content = bold[i];
    if (!content) return block;
    return { kind: 'heading', level: Math.min(6, level + 1) as OutlineHeading['level'], content };
  });
}
