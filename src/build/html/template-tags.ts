/**
 * Template tags left in HTML sources: ERB/ASP/JSP `<% … %>` and `<%= … %>` always go; with front
 * matter (a Jekyll or Hugo page) Liquid `{% … %}` and `{{ … }}` go too, `{% raw %}` content kept.
 * indexOf scanning only, so time stays linear; an unclosed tag is left as it is.
 */

/** `text` with every closed `open…close` span replaced by `replace(inner)`. */
function replaceClosed(
  text: string,
  open: string,
  close: string,
  replace: (inner: string) => string,
): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const start = text.indexOf(open, pos);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    // no closer anywhere after this opener means none after any later one either
    if (end < 0) break;
    out += text.slice(pos, start) + replace(text.slice(start + open.length, end));
    pos = end + close.length;
  }
  return out + text.slice(pos);
}

/** ERB's `<%%` is a literal `<%`: kept as text (escaped, since the result is parsed as HTML). */
function erb(inner: string): string {
  return inner.startsWith('%') ? `&lt;${inner}%&gt;` : '';
}

/** Liquid tags: `{% raw %}` and `{% endraw %}` leave their content, every other tag goes. */
function liquid(text: string): string {
  const parts = text.split(/\{%-?\s*(?:end)?raw\s*-?%\}/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : replaceClosed(
            replaceClosed(part, '{%', '%}', () => ''),
            '{{',
            '}}',
            () => '',
          ),
    )
    .join('');
}

/** HTML source without template tags (see module comment). */
export function stripTemplateTags(html: string, frontMatter: boolean): string {
  let out = html.includes('<%') ? replaceClosed(html, '<%', '%>', erb) : html;
  if (frontMatter && (out.includes('{%') || out.includes('{{'))) out = liquid(out);
  return out;
}
