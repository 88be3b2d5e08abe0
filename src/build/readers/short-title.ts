/** Titles cut from long text: the first sentence, else a clause, else whole words, at most ~80 characters. */

const MAX = 80;

/** A clean title of at most about 80 characters taken from the start of `text`. */
export function shortTitle(text: string, max = MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(clean)?.[1];
  if (sentence && sentence.length <= max) return sentence.replace(/\.$/, '');
  const window = clean.slice(0, max + 1);
  for (const mark of [';', ',', ' - ', ' – ', ':']) {
    const at = window.lastIndexOf(mark);
    if (at >= 20) return clean.slice(0, at).trim();
  }
  const space = window.lastIndexOf(' ');
  return `${clean.slice(0, space > 20 ? space : max).trim()}…`;
}
