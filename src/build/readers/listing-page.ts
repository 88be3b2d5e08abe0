/**
 * A scraped blog listing page: post excerpts, each cut off and ending in `... ➦` (the "read
 * more" arrow), sometimes glued to the next excerpt with no line break. Each excerpt is a talk.
 */
import type { Block } from '../../shared/types';
import type { DocumentReader, ParsedDocument, ParsedTalk, SourceFile } from '../model';
import { cutTitle } from './cut-title';
import { paragraph } from './text-blocks';

const MARKER = /(?:\.{3}|…)\s*➦/gu;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/u;
const SENTENCE_END = /[.。!?！？:：]$/u;
// A closing parenthesis glued to a capitalised word: one excerpt ran into the next.
const GLUED = /(?<=[)）])(?=[A-Z][a-z])/u;

/** Whether a line reads like a post title: short, one clause, no sentence punctuation. */
function isTitleLine(line: string): boolean {
  return (
    line.length <= 60 &&
    !CJK.test(line) &&
    !/[,，.。!?！？:：;；]/u.test(line) &&
    /^[A-Z0-9]/.test(line)
  );
}

// Scrapers break lines where inline code or links were: such a line continues the one before.
function continues(prev: string, next: string): boolean {
  if (/^[,，。、;；)）]/u.test(next)) return true;
  if (SENTENCE_END.test(prev)) return false;
  // Latin then CJK across the break ("通过kops" / "或者kube-up.sh"), or a lower-case start
  const latinEnd = /[A-Za-z0-9)]$/.test(prev);
  return latinEnd && (/^[a-z]/.test(next) || CJK.test(next[0]));
}

/** The excerpts of the page, each a list of its lines, split at markers and at glued starts. */
function splitExcerpts(text: string): string[][] {
  const excerpts: string[][] = [];
  for (const chunk of text.split(MARKER)) {
    let current: string[] = [];
    for (const raw of chunk.split('\n')) {
      const pieces = CJK.test(raw) ? raw.split(GLUED) : [raw];
      pieces.forEach((piece, i) => {
        const line = piece.trim();
        if (!line) return;
        const prev = current[current.length - 1];
        // a glued start, or a title line right after a long excerpt cut off mid-sentence
        const newExcerpt =
          i > 0 ||
          (prev !== undefined &&
            prev.length >= 150 &&
            !SENTENCE_END.test(prev) &&
            isTitleLine(line));
        if (newExcerpt && current.length) {
          excerpts.push(current);
          current = [];
        }
        current.push(line);
      });
    }
    if (current.length) excerpts.push(current);
  }
  return excerpts;
}

/** A talk of one excerpt: title from a short first line, else from the first sentence. */
function excerptTalk(lines: string[]): ParsedTalk {
  const hasTitleLine = lines.length > 1 && isTitleLine(lines[0]);
  const body = hasTitleLine ? lines.slice(1) : lines;
  const paragraphs: string[] = [];
  for (const line of body) {
    const last = paragraphs.length - 1;
    if (last >= 0 && continues(paragraphs[last], line)) {
      const glue =
        CJK.test(paragraphs[last].slice(-1)) || CJK.test(line[0]) || /^[,，。、;；)）]/u.test(line)
          ? ''
          : ' ';
      paragraphs[last] += glue + line;
    } else paragraphs.push(line);
  }
  const blocks: Block[] = paragraphs.map(paragraph);
  return { title: hasTitleLine ? lines[0] : cutTitle(paragraphs[0] ?? ''), speakers: [], blocks };
}

/** The event of a listing page: "Blog excerpts" and the first titles, with one talk per excerpt. */
function readListing(file: SourceFile): ParsedDocument {
  const talks = splitExcerpts(file.text)
    .map(excerptTalk)
    .filter((talk) => talk.title);
  if (!talks.length) throw new Error('no excerpts');
  let title = 'Blog excerpts';
  for (const talk of talks) {
    const next = `${title}${title === 'Blog excerpts' ? ': ' : ', '}${talk.title}`;
    if (next.length > 80) break;
    title = next;
  }
  return { title, tags: [], kind: 'blog', description: [], talks, warnings: [] };
}

/** Reader of scraped listing pages; confident when several excerpts end in `... ➦`. */
export const listingPageReader: DocumentReader = {
  name: 'listing-page',
  detect(file) {
    const markers = file.text.match(MARKER)?.length ?? 0;
    return markers >= 3 ? 0.9 : markers === 2 ? 0.6 : markers === 1 ? 0.2 : 0;
  },
  read: readListing,
};
