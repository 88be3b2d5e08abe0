/**
 * How a shard says which surface words an index term stands for, in few bytes: the words that
 * start with the term as their endings ("contain" → `|s|ed|ing`: contain, contains, contained,
 * containing), any other as `=word` ("happi" → `=happy`), separated by `|`. Words are letters and
 * digits only, so neither mark can occur in one.
 */

/** The encoded surface words of `term`. */
export function encodeForms(term: string, words: readonly string[]): string {
  return words
    .map((word) => (word.startsWith(term) ? word.slice(term.length) : `=${word}`))
    .join('|');
}

/** Whether one of the surface words encoded in `forms` for `term` starts with `start`. */
export function hasFormStartingWith(term: string, forms: string, start: string): boolean {
  return forms
    .split('|')
    .some((piece) => (piece.startsWith('=') ? piece.slice(1) : term + piece).startsWith(start));
}

/** Whether `word` is one of the surface words encoded in `forms` for `term`. */
export function hasForm(term: string, forms: string, word: string): boolean {
  return forms.split('|').includes(word.startsWith(term) ? word.slice(term.length) : `=${word}`);
}
