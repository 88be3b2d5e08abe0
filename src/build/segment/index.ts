/**
 * Segmentation: the one step, shared by every format, that turns a document outline into an event
 * and its talks. It finds the document's title heading, reads the section tree (days, tracks and
 * "Show notes" / "Minutes" containers are context; sponsors, credits and attendees are not talks),
 * finds talks in headings, bold lines, timestamped topics and agenda items, and splits only when
 * the structure and words say the document holds several talks: a single article stays one talk.
 */
import { blocksText, inlineText } from '../../shared/blocks-text';
import { fullNames, initialsKey, speakersFromInitials, surnameKey } from './initials';
import type { Block, EventKind, Speaker } from '../../shared/types';
import type { ParsedDocument, ParsedTalk, SourceFile } from '../model';
import type { DocumentOutline, OutlineBlock, OutlineHeading } from '../outline';
import { dateInPath, dateInText, prefersDayFirst, yearInPath } from './event-date';
import { isJunkTitle, tidyTitle, titleFromPath } from './event-title';
import {
  agendaTalks,
  boldItemTalks,
  newsTalks,
  numberedParagraphTalks,
  speakerLineTalks,
  titledListTalks,
  timestampTalks,
  topicListTalks,
  type ItemSplit,
} from './item-talks';
import { promoteBoldLines } from './bold-lines';
import { sectionBlocks, sectionTree, walkSections, type Section } from './sections';
import { isPersonName, parsePeople } from './speakers';
import { speakersInBlocks, talkOfSection } from './talk-of-section';
import { cleanTalkTitle } from './talk-title';
import {
  ARTICLE_HEADING,
  CHROME_HEADING,
  CONFERENCE_DOCUMENT,
  CONTAINER_HEADING,
  FRAME_HEADING,
  GROUP_HEADING,
  MEETUP_DOCUMENT,
  TOPIC_LIST_HEADING,
  MULTI_TALK_DOCUMENT,
  PODCAST_DOCUMENT,
} from './vocabulary';

const headingText = (h: OutlineHeading) => inlineText(h.content).replace(/\s+/g, ' ').trim();

/** A talk candidate and how it was found: evidence that the document really holds talks. */
interface Candidate {
  talk: ParsedTalk;
  /** Found among list items or paragraphs, and how. */
  items?: ItemSplit['by'];
  /** Certain signs of a talk: a keynote/talk word, a speaker line set apart by a marker, emphasis or handle. */
  talkish: boolean;
  /** A speaker found only as a plain name line or in the title: alone, never enough to split. */
  weak: boolean;
  articleish: boolean;
  /** Inside an agenda container (its items are dropped when the minutes repeat them as sections). */
  fromAgenda: boolean;
}

interface Found {
  candidates: Candidate[];
  /** Blocks that belong to no talk: preambles, chrome sections; they become the event's description. */
  extra: Block[];
  grouped: boolean;
}

/** A timestamp in a heading (`Nginx (7:26~)`): the heading is a topic of the episode, its links its references. */
const TIMESTAMP_IN = /(?:^|[\s([])\d{1,2}:\d{2}(?::\d{2})?\b/;

/** Items of a topic list that are the show's own business: sponsor reads, picks, "tweet us". */
const ITEM_CHROME =
  /\b(?:sponsor(?:ed)?s?|brought to you by|tweet us|sick picks?|shameless plugs?|advert\w*|ad break|patreon|subscribe)\b/i;

const AGENDA =
  /^(?:agenda|agenda items|topics?|programme|program|schedule|议程|日程|temario|tagesordnung|themen|アジェンダ)\s*[:：]?\s*$/iu;

const TALK_WORD =
  /\b(?:keynote|lightn?ing talks?|fireside chat)\b|^(?:talk|session|presentation|panel|workshop|доклад|выступление|charla|vortrag|conférence|présentation)\s*#?\d*\s*[:：-]|讲座|演讲|主题\s*[一二三四五六七八九十\d]*\s*[:：.、]|議題|発表|^[A-Z][.)]\s/iu;

function isMeaningful(block: OutlineBlock): boolean {
  if (block.kind === 'rule') return false;
  if (block.kind === 'paragraph') {
    const text = inlineText(block.content).trim();
    // a logo or badge image reduced to its alt text or a bare link
    if (
      !text ||
      block.content.every((n) => n.kind === 'link' || (n.kind === 'text' && !n.text.trim()))
    )
      return false;
  }
  return true;
}

/** The first heading when it opens the body and no other heading shares its level: the document's own title. */
function titleHeadingIndex(blocks: OutlineBlock[]): number {
  const first = blocks.findIndex(isMeaningful);
  const heading = blocks[first];
  if (heading?.kind !== 'heading') return -1;
  const level = heading.level as number;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (i !== first && b.kind === 'heading' && (b.level as number) <= level) return -1;
  }
  return first;
}

function itemsOf(
  blocks: Block[],
  podcast: boolean,
  heading: string,
  notes = false,
): ItemSplit | undefined {
  const topicList = heading
    ? TOPIC_LIST_HEADING.test(heading) || (podcast && CONTAINER_HEADING.test(heading))
    : podcast;
  return (
    timestampTalks(blocks) ??
    agendaTalks(blocks) ??
    (notes ? speakerLineTalks(blocks) : undefined) ??
    (topicList ? topicListTalks(blocks, heading !== '') : undefined) ??
    // in notes of a meeting: bold-titled bullets, or title lines each over its bullets
    (notes
      ? (boldItemTalks(blocks) ?? titledListTalks(blocks) ?? numberedParagraphTalks(blocks, 1))
      : undefined)
  );
}

function candidate(
  { talk, strong }: { talk: ParsedTalk; strong: boolean },
  heading: string,
  extra: Partial<Candidate> = {},
): Candidate {
  return {
    talk,
    talkish: (strong && talk.speakers.length > 0) || TALK_WORD.test(heading),
    weak: talk.speakers.length > 0,
    articleish: ARTICLE_HEADING.test(cleanTalkTitle(heading)),
    fromAgenda: false,
    ...extra,
  };
}

function fromItems(split: ItemSplit, agenda: boolean): Candidate[] {
  return split.talks.map((talk) => ({
    talk,
    items: split.by,
    talkish: split.by === 'timestamps',
    weak: talk.speakers.length > 0,
    articleish: false,
    fromAgenda: agenda,
  }));
}

/** Whether a section's sub-sections carry talks of their own (speakers, keynote words) while it has little text. */
function holdsTalks(section: Section): boolean {
  if (section.children.length < 2) return false;
  const own = section.blocks.reduce(
    (n, b) => n + (b.kind === 'paragraph' ? inlineText(b.content).length : 40),
    0,
  );
  if (own > 600) return false;
  const talkish = section.children.filter((c) => {
    const t = talkOfSection(c);
    // minutes walk through proposals by reference: "#### [emberjs/rfcs#331](…)", "PR #1517"
    const reference =
      c.heading!.content.length === 1 && c.heading!.content[0].kind === 'link'
        ? true
        : /(?:^|\s)(?:[\w.-]+\/[\w.-]+)?#\d+\b|\b(?:PR|RFC|issue)\s*#?\d+/i.test(c.title);
    const holder = TOPIC_LIST_HEADING.test(cleanTalkTitle(c.title));
    return (
      (t.strong && t.talk.speakers.length > 0) || TALK_WORD.test(c.title) || reference || holder
    );
  }).length;
  return talkish * 2 >= section.children.length;
}

/** The talk candidates under `section` (see the module comment). */
/** What findTalks knows of the whole document: a podcast's notes, and words that say it holds talks. */
interface DocumentContext {
  podcast: boolean;
  notes: boolean;
}

function findTalks(section: Section, ctx: DocumentContext, depth = 0, inNews = false): Found {
  const { podcast } = ctx;
  const found: Found = { candidates: [], extra: [], grouped: false };
  if (section.children.length === 0) {
    const split = itemsOf(section.blocks, podcast, section.title, ctx.notes);
    if (split) {
      found.extra.push(...split.preamble);
      found.candidates.push(...fromItems(split, false));
    } else found.extra.push(...section.blocks);
    return found;
  }
  found.extra.push(...section.blocks);
  for (const child of section.children) {
    const title = cleanTalkTitle(child.title);
    if (CHROME_HEADING.test(title) && !TALK_WORD.test(title)) {
      // chrome whose sub-sections are not chrome only framed them (an attendee list above the minutes)
      const inner =
        child.children.length > 0 && depth < 6
          ? findTalks(child, ctx, depth + 1, inNews)
          : undefined;
      if (inner && inner.candidates.length > 0) {
        found.extra.push(...child.blocks, ...inner.extra);
        found.candidates.push(...inner.candidates);
      } else found.extra.push(...headed(child));
      continue;
    }
    const group =
      GROUP_HEADING.test(title) || (title.length <= 60 && dateInText(title) !== undefined);
    const container = CONTAINER_HEADING.test(title);
    const groupsInside = child.children.some((c) => GROUP_HEADING.test(cleanTalkTitle(c.title)));
    // a podcast's news categories: the link headlines below are the items
    const newsInside = podcast && child.children.length > 0 && newsCount(child) >= (inNews ? 1 : 2);
    if (
      child.children.length > 0 &&
      (group || container || groupsInside || newsInside || holdsTalks(child)) &&
      depth < 6
    ) {
      const inner = findTalks(child, ctx, depth + 1, newsInside || inNews);
      if (inner.candidates.length > 0) {
        found.candidates.push(...inner.candidates);
        found.extra.push(...inner.extra);
        found.grouped ||= group;
        continue;
      }
    }
    if (container || group || child.children.length === 0) {
      const items = itemsOf(child.blocks, podcast, title, ctx.notes && (container || group));
      // inside a podcast's news categories, a section of two or more link headlines is that many items
      const news =
        !items && podcast && (depth > 0 || inNews) && !TIMESTAMP_IN.test(child.title)
          ? newsTalks(child.blocks, inNews ? 1 : 2)
          : undefined;
      const split = items ?? news;
      if (split && (container || group || news || split.talks.length >= 3)) {
        const agenda = AGENDA.test(title);
        found.extra.push(...split.preamble);
        found.candidates.push(...fromItems(split, agenda));
        // sub-sections of a container whose body held the items are talks too
        for (const sub of child.children) {
          if (CHROME_HEADING.test(cleanTalkTitle(sub.title))) found.extra.push(...headed(sub));
          else found.candidates.push(candidate(talkOfSection(sub), sub.title));
        }
        continue;
      }
    }
    found.candidates.push(
      candidate(talkOfSection(child), child.title, { fromAgenda: AGENDA.test(title) }),
    );
  }
  return found;
}

/** How many news items (link headlines, news bullets) the sections below `section` hold. */
function newsCount(section: Section): number {
  let count = 0;
  for (const { section: s } of walkSections(section))
    if (!TIMESTAMP_IN.test(s.title)) count += newsTalks(s.blocks, 1)?.talks.length ?? 0;
  return count;
}

const BARE_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/** Notes that head each talk with its speaker's name ("## Domenic Denicola"): when most headings are names, they are the speakers. */
function headedByNames(talks: ParsedTalk[]): ParsedTalk[] {
  const named = talks.filter(
    (t) => t.speakers.length === 0 && BARE_NAME.test(t.title) && isPersonName(t.title),
  );
  if (named.length < 2 || named.length * 2 < talks.length) return talks;
  return talks.map((t) => (named.includes(t) ? { ...t, speakers: [{ name: t.title }] } : t));
}

/** Lower-case words of a title (CJK as single characters), for telling whether two titles name one thing. */
function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+|(?=[\p{Script=Han}])/u)
      .filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w)),
  );
}

/** Whether the minutes' sections repeat the agenda: a third of its items share most words with a section, or there are as many sections as items. */
function repeats(agenda: Candidate[], sections: Candidate[]): boolean {
  if (sections.length >= agenda.length) return true;
  const sectionWords = sections.map((c) => titleWords(c.talk.title));
  const matched = agenda.filter((item) => {
    const words = titleWords(item.talk.title);
    return sectionWords.some((other) => {
      const shared = [...words].filter((w) => other.has(w)).length;
      return shared > 0 && shared * 2 >= Math.min(words.size, other.size);
    });
  }).length;
  return matched * 3 >= agenda.length;
}

/** A section as blocks with its own heading first (for the description). */
function headed(section: Section): Block[] {
  return [
    { kind: 'heading', level: 2, content: section.heading!.content },
    ...sectionBlocks(section, section.heading!.level - 1),
  ];
}

function kindOf(words: string, grouped: boolean, fallback: EventKind): EventKind {
  if (PODCAST_DOCUMENT.test(words)) return 'podcast';
  if (CONFERENCE_DOCUMENT.test(words) || grouped) return 'conference';
  if (MEETUP_DOCUMENT.test(words)) return 'meetup';
  return fallback;
}

/** Whether the found candidates are the document's talks (see the module comment). */
function isMultiTalk(candidates: Candidate[], documentSaysSo: boolean, grouped: boolean): boolean {
  if (candidates.length < 2) return false;
  const count = (f: (c: Candidate) => boolean) => candidates.filter(f).length;
  const timestamps = count((c) => c.items === 'timestamps');
  const topics = count((c) => c.items === 'topics');
  const items = count((c) => c.items !== undefined);
  const talkish = count((c) => c.talkish && !c.items);
  const weak = count((c) => c.weak && !c.items);
  const articleish = count((c) => c.articleish);
  if (process.env.TALKSHELF_DEBUG_SEGMENT)
    console.error({
      n: candidates.length,
      timestamps,
      items,
      talkish,
      weak,
      articleish,
      documentSaysSo,
      grouped,
      titles: candidates.map((c) => [
        c.talk.title,
        c.talkish,
        c.items,
        c.talk.speakers.map((s) => s.name),
      ]),
    });
  const headings = candidates.length - items;
  if (timestamps >= 3 && timestamps * 2 >= candidates.length) return true;
  if (topics >= 3 && topics * 2 >= candidates.length) return true;
  if (talkish >= 2 && talkish * 5 >= headings * 2) return true;
  // names found without a marker split a document where every section names one, or whose words say it holds talks
  if (weak >= 2 && weak === headings) return true;
  if (!documentSaysSo && !grouped) return false;
  if (weak >= 2 && weak * 2 >= headings) return true;
  // agenda lines that name their speakers ("劳永超 分享 …", "Pat Allan - Upgrading …") in notes of a meeting
  const namedItems = count((c) => c.items === 'agenda' && c.talk.speakers.length > 0);
  if (namedItems >= 2 && namedItems * 3 >= candidates.length) return true;
  if (articleish * 2 >= candidates.length) return false;
  return documentSaysSo || grouped;
}

/** The event and talks of an outline read from `file` (see the module comment). */
export function segmentOutline(outline: DocumentOutline, file: SourceFile): ParsedDocument {
  const warnings = [...outline.warnings];
  let blocks = promoteBoldLines(outline.blocks);
  const titleAt = titleHeadingIndex(blocks);
  const titleHeading = titleAt >= 0 ? headingText(blocks[titleAt] as OutlineHeading) : undefined;
  if (titleAt >= 0) blocks = blocks.filter((_, i) => i !== titleAt);
  const declared =
    outline.title && !isJunkTitle(outline.title) ? tidyTitle(outline.title) : undefined;
  const heading = titleHeading && !isJunkTitle(titleHeading) ? tidyTitle(titleHeading) : undefined;

  const root = sectionTree(blocks, headingText);
  // without a title of its own, a document that opens with a heading is named by it; that section is its introduction
  let firstHeading: string | undefined;
  if (!declared && !heading) {
    const first = root.children[0];
    const opener = blocks.findIndex((b) => b.kind === 'heading');
    const before = blocks.slice(0, opener).filter(isMeaningful);
    const shortBefore =
      before.length <= 1 &&
      before.every((b) => b.kind === 'paragraph' && inlineText(b.content).length < 80);
    // it names the document only when it is alone at its level or reads as a document's name
    // ("Agenda for the July 6th video call …"), never when it is the first of several talks
    const alone =
      first && root.children.every((c, k) => k === 0 || c.heading!.level !== first.heading!.level);
    const namesDocument =
      first !== undefined &&
      (MULTI_TALK_DOCUMENT.test(first.title) || /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(first.title)) &&
      !ARTICLE_HEADING.test(cleanTalkTitle(first.title)) &&
      !isDateOnly(first.title);
    if (
      first &&
      opener >= 0 &&
      shortBefore &&
      (alone || namesDocument) &&
      !isJunkTitle(first.title) &&
      !ARTICLE_HEADING.test(cleanTalkTitle(first.title))
    ) {
      firstHeading = tidyTitle(first.title);
      root.blocks.push(...first.blocks);
      root.children.splice(0, 1, ...first.children);
    }
  }
  const title = declared ?? heading ?? firstHeading ?? titleFromPath(file.path);
  const words = `${title} ${outline.tags.join(' ')} ${file.path.replace(/[-_/.]+/g, ' ')}`;
  const podcast = outline.kind === 'podcast' || PODCAST_DOCUMENT.test(words);

  // a news episode whose sections are categories of link headlines (at least one per section)
  const rootNews =
    podcast && root.children.length >= 2 && newsCount(root) >= Math.max(3, root.children.length);
  const found = findTalks(root, { podcast, notes: MULTI_TALK_DOCUMENT.test(words) }, 0, rootNews);
  let candidates = found.candidates;
  // sponsor reads and "tweet us" among timestamped topics are chrome too
  const chrome = candidates.filter(
    (c) =>
      c.items &&
      (ITEM_CHROME.test(c.talk.title) ||
        // an agenda's procedure (opening, roll call, closure) is not one of its talks
        (c.fromAgenda && CHROME_HEADING.test(cleanTalkTitle(c.talk.title)))) &&
      !TALK_WORD.test(c.talk.title),
  );
  if (chrome.length > 0 && chrome.length < candidates.length) {
    candidates = candidates.filter((c) => !chrome.includes(c));
    found.extra.push(...chrome.flatMap((c) => c.talk.blocks));
  }
  // an agenda that the minutes go on to repeat as sections is not a second set of talks
  // (a bare "Minutes" container that held no sections does not count as the minutes' sections)
  const sections = candidates.filter(
    (c) =>
      !c.fromAgenda &&
      !CONTAINER_HEADING.test(cleanTalkTitle(c.talk.title)) &&
      !FRAME_HEADING.test(cleanTalkTitle(c.talk.title)),
  );
  const agenda = candidates.filter((c) => c.fromAgenda);
  if (
    agenda.length > 0 &&
    (sections.length >= 2 || (sections.length === 1 && repeats(agenda, sections)))
  )
    candidates = candidates.filter((c) => !c.fromAgenda);
  // minutes of one agenda item, notes of one session: the one section is the talk, under its own title
  const lone =
    candidates.length === 1 &&
    MULTI_TALK_DOCUMENT.test(words) &&
    !candidates[0].articleish &&
    !FRAME_HEADING.test(candidates[0].talk.title) &&
    !CONTAINER_HEADING.test(cleanTalkTitle(candidates[0].talk.title)) &&
    (candidates[0].talkish || candidates[0].weak || found.extra.length > 0);
  // one session's notes: its speaker or lead named above the sections, and no section naming its own
  const sessionNotes =
    speakersInBlocks(root.blocks).strong &&
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
    const key = initialsKey(outlineText(outline.blocks));
    // the notes' frame (introduction, summary, questions) goes to the description
    const frame = candidates.filter(
      (c) => !c.items && c.talk.speakers.length === 0 && FRAME_HEADING.test(c.talk.title),
    );
    if (frame.length < candidates.length - 1)
      candidates = candidates.filter((c) => !frame.includes(c));
    else frame.length = 0;
    const surnames = surnameKey(outlineText(outline.blocks));
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
    const speakers = outline.speakers.length > 0 ? outline.speakers : (fromBody?.speakers ?? []);
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

/** Guests an episode's title names: "Axum with David Pedersen", "An Interview with Jimmy Cuadra". */
function guestsInTitle(title: string): Speaker[] {
  const match =
    /\b(?:with|avec|mit|con|featuring|feat\.|ft\.|с)\s+([^:–—|()]+?)\s*(?=[:–—|()]|$|\s(?:on|about|sur|über|sobre|о)\s)/iu.exec(
      title,
    );
  return match ? parsePeople(match[1], false) : [];
}

/** The plain text of an outline's blocks, for document-wide keys such as attendees' initials. */
function outlineText(blocks: OutlineBlock[]): string {
  return blocksText(blocks.map((b) => (b.kind === 'heading' ? { ...b, level: 2 as const } : b)));
}

/** Whether a heading is little more than a date ("July 23", "12/13/2016", "## 2017-05-16"): a meeting in an archive, not the document's name. */
function isDateOnly(title: string): boolean {
  if (/\b(?:agenda|programme|program|schedule|notes|minutes|meeting|recap)\b/i.test(title))
    return false;
  const letters = title.replace(/[^\p{L}]/gu, '').length;
  return (
    /\d/.test(title) &&
    letters <= 12 &&
    (dateInText(title) !== undefined ||
      /\d{1,4}[-/.]\d{1,2}/.test(title) ||
      GROUP_HEADING.test(title) ||
      /^\p{L}+\.?\s+\d{1,2}\b/u.test(title))
  );
}

/** A document's date when its metadata gives none: from its title, file name or folders, or its opening lines. */
function undeclaredDate(title: string, blocks: OutlineBlock[], path: string): string | undefined {
  const opening = openingText(blocks);
  const dayFirst = prefersDayFirst(`${title}\n${opening}\n${outlineText(blocks.slice(0, 40))}`);
  return (
    dateInText(title, dayFirst) ??
    dateInPath(path) ??
    dateInText(opening, dayFirst) ??
    // "Tuesday, 18 April" under "CSHL 2023", "## Wed 14 Feb" under "NDC Sydney 2024": the year from the title or folders
    dateInText(
      `${title}\n${opening}\n${firstHeadings(blocks)}`,
      dayFirst,
      yearIn(title) ?? yearInPath(path),
    )
  );
}

/** The text of a document's first few headings (the first day of a conference is often one). */
function firstHeadings(blocks: OutlineBlock[]): string {
  return blocks
    .filter((b) => b.kind === 'heading')
    .slice(0, 3)
    .map((b) => inlineText(b.content))
    .join('\n');
}

/** The one year a title names ("NDC Sydney 2024"), if any. */
function yearIn(title: string): number | undefined {
  const years = title.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g);
  return years && new Set(years).size === 1 ? Number(years[0]) : undefined;
}

function openingText(blocks: OutlineBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks.slice(0, 6))
    if (block.kind === 'paragraph' || block.kind === 'heading')
      lines.push(inlineText(block.content));
  return lines.join('\n').slice(0, 400);
}
