/** Speakers a talk's own lines do not give: an episode's guests named in its title, and names that head the talks. */
import type { Speaker } from '../../shared/types';
import type { ParsedTalk } from '../model';
import { isPersonName, parsePeople } from './speakers';

/** Guests an episode's title names: "Axum with David Pedersen", "An Interview with Jimmy Cuadra". */
export function guestsInTitle(title: string): Speaker[] {
  const match =
    /\b(?:with|avec|mit|con|featuring|feat\.|ft\.|с)\s+([^:–—|()]+?)\s*(?=[:–—|()]|$|\s(?:on|about|sur|über|sobre|о)\s)/iu.exec(
      title,
    );
  return match ? parsePeople(match[1], false) : [];
}

const BARE_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/** Notes that head each talk with its speaker's name ("## Domenic Denicola"): when most headings are names, they are the speakers. */
export function headedByNames(talks: ParsedTalk[]): ParsedTalk[] {
  const named = talks.filter(
    (t) => t.speakers.length === 0 && BARE_NAME.test(t.title) && isPersonName(t.title),
  );
  if (named.length < 2 || named.length * 2 < talks.length) return talks;
  return talks.map((t) => (named.includes(t) ? { ...t, speakers: [{ name: t.title }] } : t));
}

/** The author a single talk's title credits: '"Loop Better" by Trey Hunner'. */
export function byLine(title: string): Speaker[] {
  const match = /\s(?:by|par|von|por)\s+([^,;:()]{3,60})$/u.exec(title);
  return match ? parsePeople(match[1], false) : [];
}
