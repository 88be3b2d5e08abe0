/**
 * Segmentation: the one step, shared by every format, that turns a document outline into an event
 * and its talks. It finds the document's title heading, reads the section tree (days, tracks and
 * "Show notes" / "Minutes" containers are context; sponsors, credits and attendees are not talks),
 * finds talks in headings, bold lines, timestamped topics and agenda items, and splits only when
 * the structure and words say the document holds several talks: a single article stays one talk.
 */
import type { ParsedDocument, ParsedTalk, SourceFile } from '../model';
import type { DocumentOutline } from '../outline';
import { promoteBoldLines } from './bold-lines';
import { outlineText, undeclaredDate } from './document-date';
import { documentTitle } from './document-title';
import { findTalks, newsCount } from './find-talks';
import { fullNames, initialsKey, speakersFromInitials, surnameKey } from './initials';
import { sectionBlocks } from './sections';
import type { Speaker } from '../../shared/types';
import { isMultiTalk, keptCandidates, kindOf } from './split-decision';
import { speakersInBlocks } from './talk-of-section';
import { byLine, guestsInTitle, headedByNames } from './talk-speakers';
import { cleanTalkTitle } from './talk-title';
import {
  CONTAINER_HEADING,
  FRAME_HEADING,
  MULTI_TALK_DOCUMENT,
  PODCAST_DOCUMENT,
} from './vocabulary';

/** The event and talks of an outline read from `file` (see the module comment). */
export function segmentOutline(outline: DocumentOutline, file: SourceFile): ParsedDocument {
  const warnings = [...outline.warnings];
  const { title, blocks, root } = documentTitle(
    outline,
    promoteBoldLines(outline.blocks),
    file.path,
  );
  const words = `${title} ${outline.tags.join(' ')} ${file.path.replace(/[-_/.]+/g, ' ')}`;
  const podcast = outline.kind === 'podcast' || PODCAST_DOCUMENT.test(words);

  // a news episode whose sections are categories of link headlines (at least one per section)
  const rootNews =
    podcast && root.children.length >= 2 && newsCount(root) >= Math.max(3, root.children.length);
  const found = findTalks(root, { podcast, notes: MULTI_TALK_DOCUMENT.test(words) }, 0, rootNews);
  let candidates = keptCandidates(found);
  // minutes of one agenda item, notes of one session: the one section is the talk, under its own title
  const lone =
    candidates.length === 1 &&
    MULTI_TALK_DOCUMENT.test(words) &&
    !candidates[0].articleish &&
    !FRAME_HEADING.test(candidates[0].talk.title) &&
    !CONTAINER_HEADING.test(cleanTalkTitle(candidates[0].talk.title)) &&
    (candidates[0].talkish || candidates[0].weak || found.extra.length > 0);
  // one session's notes: its speaker or lead named above the sections, and no section naming its own
  // ('"Loop Better" by Trey Hunner' in the title says the same)
  const sessionNotes =
    (speakersInBlocks(root.blocks).strong || byLine(title).length > 0) &&
    candidates.every((c) => !c.items && !c.talkish && c.talk.speakers.length === 0);
  const multi =
    !sessionNotes &&
    (lone || isMultiTalk(candidates, MULTI_TALK_DOCUMENT.test(words) || podcast, found.grouped));
  const kind =
    outline.kind ??
    kindOf(words, found.grouped, multi ? 'notes' : outline.author ? 'blog' : 'notes');
  const date = outline.date ?? undeclaredDate(title, blocks, file.path);

  let talks: ParsedTalk[];
  let description = outline.description;
  if (multi) {
    const text = outlineText(outline.blocks);
    const key = initialsKey(text);
    // the notes' frame (introduction, summary, questions) goes to the description
    const frame = candidates.filter(
      (c) => !c.items && c.talk.speakers.length === 0 && FRAME_HEADING.test(c.talk.title),
    );
    if (frame.length < candidates.length - 1)
      candidates = candidates.filter((c) => !frame.includes(c));
    else frame.length = 0;
    const surnames = surnameKey(text);
    talks = headedByNames(
      candidates.map((c) => fullNames(speakersFromInitials(c.talk, key), surnames)),
    );
    const guests: Speaker[] =
      kind === 'podcast'
        ? outline.speakers.length > 0
          ? outline.speakers
          : guestsInTitle(title)
        : [];
    if (guests.length > 0)
      for (const talk of talks) if (talk.speakers.length === 0) talk.speakers = guests;
    if (description.length === 0) description = found.extra.slice(0, 40);
    for (const c of frame)
      description = [
        ...description,
        { kind: 'heading', level: 2, content: [{ kind: 'text', text: c.talk.title }] },
        ...c.talk.blocks,
      ];
  } else {
    const minLevel = Math.min(7, ...root.children.map((c) => c.heading!.level));
    const body = sectionBlocks(root, minLevel - 1);
    const fromBody = kind === 'podcast' ? undefined : speakersInBlocks(body);
    const speakers =
      outline.speakers.length > 0
        ? outline.speakers
        : fromBody && fromBody.speakers.length > 0
          ? fromBody.speakers
          : byLine(title);
    talks = [
      {
        title,
        speakers,
        blocks: fromBody && fromBody.speakers.length > 0 ? fromBody.blocks : body,
      },
    ];
    if (candidates.length >= 2 && MULTI_TALK_DOCUMENT.test(words))
      warnings.push('structure unclear: read as one talk');
    if (talks[0].blocks.length === 0) {
      if (description.length === 0) throw new Error('no text after the title');
      talks[0].blocks = description;
      description = [];
    }
  }
  return {
    title,
    date,
    tags: outline.tags,
    author: outline.author,
    kind,
    description,
    talks,
    warnings,
  };
}
