/**
 * A conference write-up in plain text: date line, title, tags line, intro, then one section per
 * talk (title, speaker line, notes with short title-like lines as subheadings), each closed by a
 * `↑ Back to the list of talks` line. A lightning-talks section becomes one talk per lightning talk.
 */
import type { Block } from '../../shared/types';
import { parseLongDate } from '../dates';
import type { DocumentReader, ParsedDocument, ParsedTalk, SourceFile } from '../model';
import { isPersonName, parseSpeakerLine } from './speaker-line';
import { heading, paragraph } from './text-blocks';

const BACK_LINE = /^\s*[↑^]?\s*Back to (?:the )?(?:list of talks|top|talks)\s*$/imu;
const BACK_LINES = new RegExp(BACK_LINE.source, 'gimu');
const BACK_TO = /Back to /iu;

/** Whether a paragraph reads as a subheading: short, capitalised, no sentence punctuation at its end. */
function isHeadingLike(text: string): boolean {
  return (
    text.length <= 50 &&
    text.split(' ').length <= 7 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.,;:!?…)]$/u.test(text)
  );
}

function isTagsLine(text: string): boolean {
  const tags = text.split(/\s*,\s*/);
  return tags.length >= 2 && tags.every((t) => t.length > 0 && t.length <= 30 && !/[.!?]/.test(t));
}

/** Notes of a talk as blocks: heading-like lines become headings, unless the last line. */
function notesBlocks(paragraphs: string[]): Block[] {
  return paragraphs.map((text, i) =>
    isHeadingLike(text) && i < paragraphs.length - 1 ? heading(text) : paragraph(text),
  );
}

/** A talk from its title, an optional speaker line and notes. */
function sectionTalk(paragraphs: string[]): ParsedTalk {
  const [title, maybeSpeaker, ...rest] = paragraphs;
  const parsed = maybeSpeaker === undefined ? undefined : parseSpeakerLine(maybeSpeaker);
  if (!parsed) return { title, speakers: [], blocks: notesBlocks(paragraphs.slice(1)) };
  const notes = parsed.rest ? [parsed.rest, ...rest] : rest;
  return { title, speakers: [parsed.speaker], blocks: notesBlocks(notes) };
}

// "Nano-node - Enrico Signoriti", "Serverless, revealed - Daniel Maher (datadog)"
const LIGHTNING_TALK = /^(.{2,80}?)\s+[-–—]\s+([^()]+?)(?:\s*\(([^)]+)\))?$/u;

/** One talk per lightning talk of a lightning section, each found by its `Title - Speaker` line. */
function lightningTalks(paragraphs: string[]): ParsedTalk[] {
  const talks: ParsedTalk[] = [];
  let notes: string[] = [];
  let current: ParsedTalk | undefined;
  const close = () => {
    if (current) talks.push({ ...current, blocks: notesBlocks(notes) });
    notes = [];
  };
  for (const text of paragraphs.slice(1)) {
    const match = LIGHTNING_TALK.exec(text);
    if (match && isPersonName(match[2], false)) {
      close();
      const speaker = match[3] ? { name: match[2], affiliation: match[3] } : { name: match[2] };
      current = { title: match[1], speakers: [speaker], blocks: [] };
    } else notes.push(text);
  }
  close();
  return talks.length ? talks : [sectionTalk(paragraphs)];
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

/** The event of a conference write-up (see the module comment). */
function readConferencePost(file: SourceFile): ParsedDocument {
  const sections = file.text.split(BACK_LINES).map(paragraphsOf);
  const head = sections[0];
  let date: string | undefined;
  if (head[0] && parseLongDate(head[0])) date = parseLongDate(head.shift() as string);
  const title = head.shift();
  if (!title) throw new Error('no title');
  const tags = head[0] && isTagsLine(head[0]) ? (head.shift() as string).split(/\s*,\s*/) : [];
  // the first talk starts at the first line followed by a speaker line, one with a handle if any
  const speakerAfter = (i: number) =>
    i + 1 < head.length ? parseSpeakerLine(head[i + 1]) : undefined;
  let start = head.findIndex((_, i) => speakerAfter(i)?.speaker.handle !== undefined);
  if (start < 0) start = head.findIndex((_, i) => speakerAfter(i) !== undefined);
  if (start < 0) start = head.length;
  const intro = head.slice(0, start);
  // a trailing heading such as "Talks" introduced a list of links the text lost
  while (intro.length && isHeadingLike(intro[intro.length - 1])) intro.pop();
  sections[0] = head.slice(start);
  const talks: ParsedTalk[] = [];
  for (const section of sections) {
    if (!section.length) continue;
    if (/lightning/i.test(section[0]) && section[0].length <= 40)
      talks.push(...lightningTalks(section));
    else talks.push(sectionTalk(section));
  }
  return {
    title: title.replace(/\s*\([^)]*\)\s*$/, '').trim() || title,
    date,
    tags,
    kind: 'conference',
    description: intro.map(paragraph),
    talks,
    warnings: [],
  };
}

/** Reader of conference write-ups whose talk sections end in "Back to the list of talks". */
export const conferencePostReader: DocumentReader = {
  name: 'conference-post',
  detect(file) {
    // A plain phrase search first (same case folding as BACK_LINE): most files never say it.
    const backLines = BACK_TO.test(file.text) ? (file.text.match(BACK_LINES)?.length ?? 0) : 0;
    return backLines >= 2 ? 0.9 : backLines === 1 ? 0.4 : 0;
  },
  read: readConferencePost,
};
