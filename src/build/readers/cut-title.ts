/** Titles cut from running text (English or CJK): the first sentence, cut cleanly to ~80 characters. */

const SENTENCE_END = /[。！？]|[.!?](?=\s|$)/u;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/u;
const CJK_BREAK = /[，、；：,;:]/u;

/** The first sentence of `text`, without its full stop, at most `max` characters, cut at a word or CJK mark with `…`. */
export function cutTitle(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = SENTENCE_END.exec(clean);
  const sentence = end ? clean.slice(0, end.index) : clean;
  if (sentence.length <= max) return sentence.replace(/[\s,，:：;；]+$/u, '');
  const window = sentence.slice(0, max);
  // at a CJK or clause mark when there is one far enough in, else at the last space
  let cut = -1;
  for (let i = window.length - 1; i >= max / 3 && cut < 0; i--)
    if (CJK_BREAK.test(window[i])) cut = i;
  if (cut < 0) {
    const space = window.lastIndexOf(' ');
    cut = space >= max / 3 ? space : -1;
  }
  if (cut < 0) {
    // unbroken CJK: any character boundary is a clean cut, but not inside a Latin word
    cut = max - 1;
    while (cut > max / 3 && !CJK.test(window[cut - 1]) && /\w/.test(window[cut])) cut--;
  }
  return `${window.slice(0, cut).replace(/[\s,，:：;；(（]+$/u, '')}…`;
}
