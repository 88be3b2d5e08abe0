/**
 * The talk candidates of a section tree: headings, bold lines, timestamped topics, agenda items,
 * news headlines and topic lists, with the evidence each carries; days, tracks and containers are
 * walked through, chrome goes to the description. Whether they split the document is decided apart.
 */
import { inlineText } from '../../shared/blocks-text';
import type { Block } from '../../shared/types';
import type { ParsedTalk } from '../model';
import type { OutlineHeading } from '../outline';
import { dateInText } from './event-date';
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
import { sectionBlocks, walkSections, type Section } from './sections';
import { talkOfSection } from './talk-of-section';
import { cleanTalkTitle } from './talk-title';
import {
  ARTICLE_HEADING,
  CHROME_HEADING,
  CONTAINER_HEADING,
  GROUP_HEADING,
  TOPIC_LIST_HEADING,
} from './vocabulary';

export const headingText = (h: OutlineHeading) => inlineText(h.content).replace(/\s+/g, ' ').trim();

/** A talk candidate and how it was found: evidence that the document really holds talks. */
export interface Candidate {
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

export interface Found {
  candidates: Candidate[];
  /** Blocks that belong to no talk: preambles, chrome sections; they become the event's description. */
  extra: Block[];
  grouped: boolean;
}

/** A timestamp in a heading (`Nginx (7:26~)`): the heading is a topic of the episode, its links its references. */
const TIMESTAMP_IN = /(?:^|[\s([])\d{1,2}:\d{2}(?::\d{2})?\b/;

const AGENDA =
  /^(?:agenda|agenda items|topics?|programme|program|schedule|议程|日程|temario|tagesordnung|themen|アジェンダ)\s*[:：]?\s*$/iu;

export const TALK_WORD =
  /\b(?:keynote|lightn?ing talks?|fireside chat)\b|^(?:talk|session|presentation|panel|workshop|доклад|выступление|charla|vortrag|conférence|présentation)\s*#?\d*\s*[:：-]|讲座|演讲|主题\s*[一二三四五六七八九十\d]*\s*[:：.、]|議題|発表|^[A-Z][.)]\s/iu;

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
export interface DocumentContext {
  podcast: boolean;
  notes: boolean;
}

export function findTalks(
  section: Section,
  ctx: DocumentContext,
  depth = 0,
  inNews = false,
): Found {
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
export function newsCount(section: Section): number {
  let count = 0;
  for (const { section: s } of walkSections(section))
    if (!TIMESTAMP_IN.test(s.title)) count += newsTalks(s.blocks, 1)?.talks.length ?? 0;
  return count;
}

/** A section as blocks with its own heading first (for the description). */
export function headed(section: Section): Block[] {
  return [
    { kind: 'heading', level: 2, content: section.heading!.content },
    ...sectionBlocks(section, section.heading!.level - 1),
  ];
}
