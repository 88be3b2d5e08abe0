/**
 * URLs the app may be given, made safe to decode: a malformed `%` escape or an escape of invalid
 * UTF-8 (`%`, `%E0%A4`, `%ED%A0%80`) becomes literal text (its `%` escaped as `%25`), and text with
 * a lone surrogate is cleaned before it is encoded. Nothing a reader types or pastes can then make
 * `decodeURIComponent` or `encodeURIComponent` throw.
 */

/** A run of consecutive `%XX` escapes (decoded together: UTF-8 sequences span several). */
const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** `url` with every escape that would not decode turned into literal text; well-formed URLs come back unchanged. */
export function wellFormedUrl(url: string): string {
  // first, a `%` that starts no escape at all
  let out = url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  out = out.replace(ESCAPE_RUN, (run) => {
    try {
      decodeURIComponent(run);
      return run;
    } catch {
      // keep the escapes that decode (longest valid prefix by prefix), literal-ise the rest
      const parts = run.match(/%[0-9A-Fa-f]{2}/g)!;
      let kept = '';
      let i = 0;
      while (i < parts.length) {
        let taken = 0;
        for (let n = Math.min(4, parts.length - i); n >= 1 && taken === 0; n--) {
          const piece = parts.slice(i, i + n).join('');
          try {
            decodeURIComponent(piece);
            kept += piece;
            taken = n;
          } catch {
            // try a shorter sequence
          }
        }
        if (taken === 0) {
          kept += `%25${parts[i].slice(1)}`;
          taken = 1;
        }
        i += taken;
      }
      return kept;
    }
  });
  return out;
}

/** `text` with lone UTF-16 surrogates replaced by U+FFFD, so it can always be encoded into a URL. */
export function wellFormedText(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}
