/** Speaker lines of conference write-ups: `Name - @handle - Role`, `Name - Lab`, or a plain name. */
import type { Speaker } from '../../shared/types';

const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const ANY_WORD = /^[\p{L}][\p{L}'’.-]*$/u;

const PARTICLE = /^(?:de|del|der|di|da|du|van|von|le|la|bin|al)$/;

/** Whether `text` is a person's name: two or three words of letters, capitalised (all of them when strict). */
export function isPersonName(text: string, strict = true): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 3 || !NAME_WORD.test(words[0])) return false;
  return words.every((w) => (strict ? NAME_WORD.test(w) || PARTICLE.test(w) : ANY_WORD.test(w)));
}

/** The speaker a line names, with what remains when it is too long for an affiliation; else undefined. */
export function parseSpeakerLine(line: string): { speaker: Speaker; rest?: string } | undefined {
  const parts = line
    .replace(/[*_]/g, '')
    .split(/\s+[-–—]\s+/u)
    .map((p) => p.trim());
  const name = parts[0];
  if (!isPersonName(name)) return undefined;
  const speaker: Speaker = { name };
  let others = parts.slice(1);
  if (others[0] && /^@\w+$/.test(others[0])) {
    speaker.handle = others[0];
    others = others.slice(1);
  }
  if (!others.length) return parts.length > 1 && !speaker.handle ? undefined : { speaker };
  const affiliation = others.join(' - ');
  if (affiliation.length <= 40) return { speaker: { ...speaker, affiliation } };
  return { speaker, rest: affiliation };
}
