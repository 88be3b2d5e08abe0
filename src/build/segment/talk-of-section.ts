/** One heading section read as a talk: its cleaned title, its speakers (from the title or the lines under it), its blocks. */
import { inlineText } from '../../shared/blocks-text';
import type { Block, Speaker } from '../../shared/types';
import type { ParsedTalk } from '../model';
import { sectionBlocks, type Section } from './sections';
import { bareSpeakerLine, isPersonName, markedSpeakers, splitTitleSpeakers } from './speakers';
import { cutTitle } from '../readers/cut-title';
import { cleanTalkTitle } from './talk-title';

/** How many opening blocks of a talk may hold its speaker line. */
const SPEAKER_LINE_REACH = 3;

function lineOf(block: Block): string | undefined {
  if (block.kind === 'paragraph') return inlineText(block.content);
  if (block.kind === 'list' && block.items[0]?.[0]?.kind === 'paragraph')
    return inlineText(block.items[0][0].content);
  return undefined;
}

/** Whether a paragraph is only emphasis (`**Name, Lab**`, `_by Name_`): how notes set speaker lines apart. */
function isEmphasisOnly(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.content.length > 0 &&
    block.content.every(
      (n) => n.kind === 'strong' || n.kind === 'emphasis' || (n.kind === 'text' && !n.text.trim()),
    )
  );
}

/** "Gohman presenting.", "Ben Smith presents": a minute's note of who presented. */
function presentingSpeakers(line: string): Speaker[] | undefined {
  const m =
    /^\s*((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:presenting|presents|presented|is presenting)\b/u.exec(
      line,
    );
  // initials ("YI presenting") are resolved from the attendee key later, not taken as a name
  return m && !/^[\p{Lu}\d]{1,4}$/u.test(m[1]) ? [{ name: m[1] }] : undefined;
}

/** Speakers named in the opening lines of a talk's blocks, and the blocks without a line that only named them. */
export function speakersInBlocks(blocks: Block[]): {
  speakers: Speaker[];
  blocks: Block[];
  strong: boolean;
} {
  for (let i = 0; i < Math.min(SPEAKER_LINE_REACH, blocks.length); i++) {
    const block = blocks[i];
    const line = lineOf(block)?.split('\n')[0];
    if (!line) continue;
    const marked = markedSpeakers(line) ?? presentingSpeakers(line);
    const strong =
      Boolean(marked) ||
      isEmphasisOnly(block) ||
      /@\w/.test(line) ||
      /^\s*[(（][^)）]+[)）]\s*$/u.test(line);
    const bare =
      marked ??
      (isEmphasisOnly(block) ||
      /@\w/.test(line) ||
      /^\s*[(（][^)）]+[)）]\s*$/u.test(line) ||
      // a plain line names a speaker only when it stands alone, not as the start of running text
      (i === 0 &&
        line.length <= 80 &&
        lineOf(block)!.trim() === line.trim() &&
        !/[.!?]\s+\S/.test(line)) ||
      (block.kind === 'list' && line.length <= 80)
        ? bareSpeakerLine(line.replace(/^\s*[(（]([^)）]+)[)）]\s*$/u, '$1'))
        : undefined);
    if (!bare) continue;
    // a list of people (a roster, election results) names no talk's speakers
    if (!marked && block.kind === 'list' && block.items.length > 1) {
      const next = block.items[1][0];
      if (next?.kind === 'paragraph' && bareSpeakerLine(inlineText(next.content))) continue;
    }
    const only = block.kind === 'paragraph' && lineOf(block)!.trim() === line.trim();
    const rest =
      block.kind === 'list' && block.items.length > 1
        ? [...blocks.slice(0, i), { ...block, items: block.items.slice(1) }, ...blocks.slice(i + 1)]
        : only || block.kind === 'list'
          ? [...blocks.slice(0, i), ...blocks.slice(i + 1)]
          : blocks;
    return { speakers: bare, blocks: rest, strong };
  }
  const linked = linkedPeople(blocks);
  if (linked.length > 0) return { speakers: linked, blocks, strong: true };
  const listed = metadataSpeaker(blocks);
  if (listed.length > 0) return { speakers: listed, blocks, strong: false };
  return { speakers: proseSpeaker(blocks), blocks, strong: false };
}

const PROFILE =
  /^https?:\/\/(?:www\.)?(?:twitter\.com|x\.com|github\.com|gitlab\.com|linkedin\.com|[\w.-]*mastodon[\w.-]*|bsky\.app)\//i;

/** The one name among a talk's metadata bullets ("- Length 46:44", "- Jiří Pinkas", "- Language: Czech"). */
function metadataSpeaker(blocks: Block[]): Speaker[] {
  const list = blocks.slice(0, 2).find((b) => b.kind === 'list');
  if (list?.kind !== 'list') return [];
  const lines = list.items
    .slice(0, 5)
    .map((item) =>
      item.length === 1 && item[0].kind === 'paragraph' ? inlineText(item[0].content).trim() : '',
    );
  const names = lines.filter((line) => line && !/[:\d]/.test(line) && bareSpeakerLine(line));
  const metadata = lines.filter(
    (line) => /^[\p{L} ]{2,20}[:\s]\s*\S/u.test(line) && /[:\d]/.test(line),
  );
  return names.length === 1 && metadata.length >= 1 ? bareSpeakerLine(names[0])! : [];
}

/** A speaker the opening sentence names after "de", "by", "par" or "given by": "La seconde présentation, de Yannick Croissant, …". */
function proseSpeaker(blocks: Block[]): Speaker[] {
  const first = blocks[0];
  if (first?.kind !== 'paragraph') return [];
  const sentence = inlineText(first.content)
    .split(/(?<=[.!?])\s/u)[0]
    .slice(0, 200);
  const match =
    /(?:^|[\s,])(?:de|by|par|given by|presented by|présentée? par|von|por)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=[\s,.;:()]|$)/u.exec(
      sentence,
    );
  return match && isPersonName(match[1]) ? [{ name: match[1] }] : [];
}

/** People named by links to their profiles in a talk's opening paragraph ("…, de [Richard Hanna](https://twitter.com/…)"). */
function linkedPeople(blocks: Block[]): Speaker[] {
  const first = blocks.find((b) => b.kind === 'paragraph');
  if (!first || first !== blocks[0] || first.kind !== 'paragraph') return [];
  const people: Speaker[] = [];
  let offset = 0;
  for (const node of first.content) {
    // a speaker is named early in the opening sentence; a list of profiles (an election, a team) is not a talk's speakers
    if (node.kind === 'link' && PROFILE.test(node.href) && offset < 200) {
      const name = inlineText(node.children).trim();
      if (isPersonName(name)) people.push({ name });
    }
    offset += inlineText([node]).length;
  }
  return people.length <= 2 ? people : [];
}

/** The talk a section holds (see the module comment), and whether a speaker line set apart by a marker, emphasis or handle named its speakers. */
export function talkOfSection(section: Section): { talk: ParsedTalk; strong: boolean } {
  // segmentation asks of a section once to weigh its parent and again to take it as a talk
  let read = readSections.get(section);
  if (!read) readSections.set(section, (read = readSection(section)));
  return read;
}

const readSections = new WeakMap<Section, { talk: ParsedTalk; strong: boolean }>();

function readSection(section: Section): { talk: ParsedTalk; strong: boolean } {
  const cleaned = cleanTalkTitle(section.title);
  const all = sectionBlocks(section);
  // a speaker line under the title is explicit; names in the title are the fallback
  const fromBody = speakersInBlocks(all);
  const fromTitle =
    fromBody.speakers.length > 0 ? { title: cleaned, speakers: [] } : splitTitleSpeakers(cleaned);
  let title = cleanTalkTitle(fromTitle.title) || cleaned || section.title;
  // "Keynote: Anthony Goldbloom" over a "speaker: Anthony Goldbloom" line: the name leaves the title
  if (fromBody.speakers.length > 0) {
    const again = splitTitleSpeakers(cleaned);
    const names = new Set(fromBody.speakers.map((s) => s.name.toLowerCase()));
    if (again.speakers.length > 0 && again.speakers.every((s) => names.has(s.name.toLowerCase())))
      title = cleanTalkTitle(again.title) || title;
  }
  const blocks = fromBody.blocks;
  // a heading of no words ("?", "---") is named by the first sentence under it
  if (!/[\p{L}\p{N}]/u.test(title)) {
    const first = blocks.find((b) => b.kind === 'paragraph');
    const text = first?.kind === 'paragraph' ? inlineText(first.content).trim() : '';
    if (text) title = cutTitle(text, 80);
  }
  return {
    strong: fromBody.strong,
    talk: {
      title,
      speakers: fromBody.speakers.length > 0 ? fromBody.speakers : fromTitle.speakers,
      blocks:
        blocks.length > 0
          ? blocks
          : [{ kind: 'paragraph', content: [{ kind: 'text', text: title }] }],
    },
  };
}
