/**
 * Minutes name people by initials ("RJ: …", "Topic (YK, 10 min)") and spell them out once, in an
 * attendee list ("RJ: Robert Jackson @rwjblue", "Brian Terlson (BT)"). This reads that key and
 * turns initials in talk titles into speakers.
 */
import { inlineText } from '../../shared/blocks-text';
import type { Speaker } from '../../shared/types';
import type { ParsedTalk } from '../model';
import { isPersonName } from './speakers';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|le|la)){1,3}`;
const KEY_FIRST = new RegExp(
  String.raw`(?:^|\n)\s*(?:[-*]\s*)?(?:\[[ xX]\]\s*)?([A-Z]{2,4}):\s+(${NAME})`,
  'gu',
);
const NAME_FIRST = new RegExp(String.raw`(${NAME})\s*\(([A-Z]{2,4})\)`, 'gu');
/** A name alone on a line, as attendee lists write them ("[x] Robert Jackson", "- Melanie Sumner"). */
const LISTED_NAME = new RegExp(
  String.raw`(?:^|\n)\s*(?:[-*]\s*)?(?:\[[ xX]\]\s*)?(${NAME})\s*(?=\n|$)`,
  'gu',
);
const INITIALS = String.raw`[A-Z]{2,4}(?:\s*[/&,+]\s*[A-Z]{2,4})*`;
const LEAD = new RegExp(String.raw`^(${INITIALS})\s*[:：]\s+(.{3,})$`, 'u');
const TRAIL = new RegExp(
  String.raw`^(.{3,}?)\s*[(（](${INITIALS})(?:\s*[,;]\s*[^)）]*)?[)）]\s*$`,
  'u',
);

/** Initials → full name, from every "XX: Name" and "Name (XX)" in a document's text. */
export function initialsKey(text: string): Map<string, string> {
  const key = new Map<string, string>();
  // "Analysis Ready Data (ARD)" is an abbreviation: its words are written lower-case elsewhere
  const lower = new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const named = (name: string) =>
    isPersonName(name) && !name.split(/\s+/).some((w) => lower.has(w.toLowerCase()));
  for (const m of text.matchAll(KEY_FIRST)) if (named(m[2].trim())) key.set(m[1], m[2].trim());
  for (const m of text.matchAll(NAME_FIRST)) if (named(m[1].trim())) key.set(m[2], m[1].trim());
  // names listed without initials ("[x] Robert Jackson") are keyed by their own: RJ, when only one name gives them
  const derived = new Map<string, Set<string>>();
  for (const m of text.matchAll(LISTED_NAME)) {
    const name = m[1].trim();
    if (!named(name)) continue;
    const initials = name
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    if (!derived.has(initials)) derived.set(initials, new Set());
    derived.get(initials)!.add(name);
  }
  for (const [initials, names] of derived)
    if (names.size === 1 && !key.has(initials)) key.set(initials, [...names][0]);
  return key;
}

function people(initials: string, key: Map<string, string>): Speaker[] | undefined {
  const names = initials.split(/\s*[/&,+]\s*/).map((i) => key.get(i));
  return names.every((n): n is string => n !== undefined)
    ? names.map((name) => ({ name }))
    : undefined;
}

/** A talk whose title carries its speakers' initials (`RM: Statusboard`, `RFC Review (RJ, 10 min)`) with them as speakers. */
export function speakersFromInitials(talk: ParsedTalk, key: Map<string, string>): ParsedTalk {
  if (talk.speakers.length > 0 || key.size === 0) return talk;
  const lead = LEAD.exec(talk.title);
  if (lead) {
    const speakers = people(lead[1], key);
    if (speakers) return { ...talk, title: lead[2].trim(), speakers };
  }
  const trail = TRAIL.exec(talk.title);
  if (trail) {
    const speakers = people(trail[2], key);
    if (speakers) return { ...talk, title: trail[1].trim(), speakers };
  }
  // minutes that open with "TJ: demoed progress": the first to speak presents the item
  const first = talk.blocks[0];
  const opener =
    first?.kind === 'paragraph'
      ? /^([A-Z]{2,4})(?::\s|\s+presenting\b)/.exec(inlineText(first.content))
      : null;
  const presenter = opener ? key.get(opener[1]) : undefined;
  return presenter ? { ...talk, speakers: [{ name: presenter }] } : talk;
}

/** Full names a document writes out ("Dan Gohman"), by their last word, where that word names one person only. */
export function surnameKey(text: string): Map<string, string> {
  const bySurname = new Map<string, Set<string>>();
  for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
    const name = m[0].trim();
    if (!isPersonName(name)) continue;
    const last = name.split(/\s+/).pop()!;
    if (!bySurname.has(last)) bySurname.set(last, new Set());
    bySurname.get(last)!.add(name);
  }
  const key = new Map<string, string>();
  for (const [last, names] of bySurname) if (names.size === 1) key.set(last, [...names][0]);
  return key;
}

/** A talk whose speakers are named by surname only ("Gohman presenting") with their full names, where the document gives them once. */
export function fullNames(talk: ParsedTalk, surnames: Map<string, string>): ParsedTalk {
  if (!talk.speakers.some((s) => !/\s/.test(s.name) && surnames.has(s.name))) return talk;
  return {
    ...talk,
    speakers: talk.speakers.map((s) =>
      !/\s/.test(s.name) && surnames.has(s.name) ? { ...s, name: surnames.get(s.name)! } : s,
    ),
  };
}
