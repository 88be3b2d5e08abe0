/**
 * A slide deck exported as text: title and `By Author`, then slides (a title line and bullets).
 * The export lost list nesting and left lines holding only `-`; a talk slide's title is followed
 * by `- Company (talk link)`; `… Cont'` slides continue a slide; the deck's chrome (title, author,
 * view count) is repeated at the end.
 */
import type { Block, Speaker } from '../../shared/types';
import type { DocumentReader, ParsedDocument, ParsedTalk, SourceFile } from '../model';
import { paragraph } from './text-blocks';

const DASH_ONLY = /^\s*[-–•]\s*$/u;
const DASH_ITEM = /^\s*[-–•]\s+(.*)$/u;
const CONT = /\s+Cont['’]?d?\.?$/iu;
const TALK_LINK = /^(.*?)\s*\(talk link\)$/iu;
const BY_LINE = /^By\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

interface Item {
  text: string;
  /** `- text` on one line, as opposed to `-` then the text on the next line. */
  inline: boolean;
  /** A lone `-` line came right before the item's own marker: the end of a nested group. */
  groupStart: boolean;
}

interface Slide {
  title: string;
  items: Item[];
}

const isTitleCase = (line: string) => {
  const words = line.split(/\s+/).filter((w) => w.length > 3);
  return (
    line.split(/\s+/).length >= 2 && words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w))
  );
};

/** The lines of slide content with the trailing chrome (repeated title and author, view count) removed. */
function withoutChrome(lines: string[], byLine: string): string[] {
  const last = lines.lastIndexOf(byLine);
  return last > 1 ? lines.slice(0, last - 1) : lines;
}

/** The deck's slides, in order, with items still flat. */
function slidesOf(lines: string[], contTitles: Set<string>): Slide[] {
  const slides: Slide[] = [];
  let pendingDash = 0;
  const nextText = (i: number) => lines.slice(i + 1).find((l) => !DASH_ONLY.test(l)) ?? '';
  lines.forEach((line, i) => {
    if (DASH_ONLY.test(line)) {
      pendingDash++;
      return;
    }
    const item = DASH_ITEM.exec(line);
    const text = (item ? item[1] : line).trim();
    const current = slides[slides.length - 1];
    const afterItem = i > 0 && DASH_ITEM.test(lines[i - 1]);
    const startsSlide =
      !item &&
      (!current ||
        CONT.test(text) ||
        contTitles.has(text) ||
        TALK_LINK.test(DASH_ITEM.exec(nextText(i))?.[1] ?? nextText(i)) ||
        // a bare line straight after a `- item` line never continues that list
        (pendingDash === 0 && afterItem) ||
        (isTitleCase(text) && DASH_ITEM.test(lines[i + 1] ?? '')));
    if (startsSlide) slides.push({ title: text, items: [] });
    else if (current) current.items.push({ text, inline: !!item, groupStart: pendingDash >= 2 });
    pendingDash = 0;
  });
  return slides;
}

/** Items as a list: each group between double dashes nests under its first item. */
function itemsToBlocks(items: Item[]): Block[] {
  if (!items.length) return [];
  const groups: Item[][] = [];
  for (const item of items) {
    if (!groups.length || item.groupStart) groups.push([]);
    groups[groups.length - 1].push(item);
  }
  const listItems: Block[][] = [];
  for (const group of groups) {
    if (group.length === 1 || group.every((item) => item.inline)) {
      for (const item of group) listItems.push([paragraph(item.text)]);
      continue;
    }
    const [head, ...children] = group;
    listItems.push([
      paragraph(head.text),
      { kind: 'list', ordered: false, items: children.map((c) => [paragraph(c.text)]) },
    ]);
  }
  return [{ kind: 'list', ordered: false, items: listItems }];
}

/** A talk of one slide (and its continuations): the talk link line names the speakers. */
function slideTalk(slide: Slide): ParsedTalk {
  let items = slide.items;
  let speakers: Speaker[] = [];
  const link = items[0] && TALK_LINK.exec(items[0].text);
  if (link) {
    speakers = link[1]
      .split(/\s*(?:,|&|\band\b)\s*/)
      .filter(Boolean)
      .map((name) => ({ name }));
    items = items.slice(1);
  }
  return { title: slide.title, speakers, blocks: itemsToBlocks(items) };
}

/** The event of a slide deck (see the module comment). */
function readSlideDeck(file: SourceFile): ParsedDocument {
  const lines = file.text.split('\n').filter((l) => l.trim() !== '');
  const title = lines[0]?.trim();
  if (!title) throw new Error('no title');
  const by = lines[1] ? BY_LINE.exec(lines[1].trim()) : null;
  const body = by ? withoutChrome(lines.slice(2), lines[1]) : lines.slice(1);
  const contTitles = new Set(
    body.filter((l) => CONT.test(l.trim())).map((l) => l.trim().replace(CONT, '')),
  );
  const merged: Slide[] = [];
  for (const slide of slidesOf(body, contTitles)) {
    const base = slide.title.replace(CONT, '');
    const continued = CONT.test(slide.title) && [...merged].reverse().find((s) => s.title === base);
    if (continued)
      continued.items.push(
        ...slide.items.map((item, i) => (i === 0 ? { ...item, groupStart: true } : item)),
      );
    else merged.push({ ...slide, title: base });
  }
  const talks = merged.filter((slide) => slide.items.length > 0).map(slideTalk);
  if (!talks.length) throw new Error('no slides with content');
  return {
    title,
    author: by?.[1],
    tags: [],
    kind: 'conference',
    description: [],
    talks,
    warnings: [],
  };
}

const LINE_END = /[\n\r\u2028\u2029]/;

/** Whether `text` has at least `min` lines holding only `-` (and spaces or tabs), scanning dashes, not lines. */
function hasDashOnlyLines(text: string, min: number): boolean {
  let found = 0;
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    let before = at - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    if (before >= 0 && !LINE_END.test(text[before])) continue;
    let after = at + 1;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    if (after < text.length && !LINE_END.test(text[after])) continue;
    if (++found >= min) return true;
  }
  return false;
}

/** Reader of slide-deck text exports; confident with lone `-` lines, `Cont'` slides or talk links. */
export const slideDeckReader: DocumentReader = {
  name: 'slide-deck',
  detect(file) {
    const text = file.text;
    const head = text.slice(0, 300).split('\n');
    // Cheap substring checks first: the line regexes only run on files that can match them.
    const cont =
      (text.includes("Cont'") || text.includes('Cont’')) && /^.+\sCont['’]\s*$/m.test(text);
    const talkLinks = text.includes('(talk link)') && /\(talk link\)\s*$/m.test(text);
    const byLine = head.length > 1 && BY_LINE.test(head[1].trim());
    if (/^---\s*$/.test(head[0] ?? '') || !hasDashOnlyLines(text, 3))
      return byLine && (cont || talkLinks) ? 0.6 : 0;
    return Math.min(0.9, 0.3 + (cont ? 0.2 : 0) + (talkLinks ? 0.2 : 0) + (byLine ? 0.2 : 0));
  },
  read: readSlideDeck,
};
