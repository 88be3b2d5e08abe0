/**
 * Removes Hugo shortcodes and Liquid tags from markdown source before it is parsed, so none is
 * ever shown as raw text. Paired shortcodes keep their inner text, `figure` keeps its caption (or
 * becomes a link), `youtube` becomes a link, `{% highlight x %}` becomes a fenced code block.
 * Inside fenced code only the template tags go: `{{ .Values }}` there is the code's own syntax.
 * Scanning uses indexOf only, so time stays linear in the text length.
 */
import { safeHref } from '../shared/inline';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATTRIBUTE = /([A-Za-z_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;
const FIRST_WORD = /^\/?\s*([A-Za-z0-9_./-]*)\s*([\s\S]*)$/;

function attributes(args: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of args.matchAll(ATTRIBUTE))
    map.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return map;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** What a Hugo shortcode leaves in the text (inner content of paired ones is kept in place). */
function shortcodeReplacement(inner: string): string {
  const [, name = '', rest = ''] = FIRST_WORD.exec(inner.trim()) ?? [];
  const lower = name.toLowerCase();
  const attrs = attributes(rest);
  if (lower === 'figure' || lower === 'img' || lower === 'image') {
    const caption = attrs.get('caption') ?? attrs.get('title') ?? attrs.get('alt') ?? '';
    const href = safeHref(attrs.get('link') ?? attrs.get('src') ?? '');
    if (href) return `\n\n[${escapeMarkdown(caption || 'Image')}](${href})\n\n`;
    return caption ? `\n\n${escapeMarkdown(caption)}\n\n` : '';
  }
  if (lower === 'youtube') {
    const id = attrs.get('id') ?? rest.trim().replace(/^["']|["']$/g, '');
    if (/^[A-Za-z0-9_-]+$/.test(id))
      return `[YouTube video](https://www.youtube.com/watch?v=${id})`;
  }
  return '';
}

/** `text` with every `open…close` span replaced by `replace(inner)`; an unclosed opener ends at its line's end. */
function replaceDelimited(
  text: string,
  open: string,
  close: string,
  replace: (inner: string, closed: boolean) => string,
): string {
  let out = '';
  let pos = 0;
  // once no closer is left, later searches would rescan the rest of the text: remember it
  let closerLeft = true;
  for (;;) {
    const start = text.indexOf(open, pos);
    if (start < 0) break;
    out += text.slice(pos, start);
    let end = closerLeft ? text.indexOf(close, start + open.length) : -1;
    if (end < 0) closerLeft = false;
    let next = end + close.length;
    const closed = end >= 0;
    if (!closed) {
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      next = end;
    }
    out += replace(text.slice(start + open.length, end), closed);
    pos = next;
  }
  return out + text.slice(pos);
}

/** `{% highlight lang %}…{% endhighlight %}` as a fenced code block, before anything else is stripped. */
function liquidHighlight(inner: string, closed: boolean): string {
  const [, name = '', rest = ''] = FIRST_WORD.exec(inner.trim()) ?? [];
  if (name === 'highlight') return `\n\`\`\`${rest.split(/\s/)[0] ?? ''}\n`;
  if (name === 'endhighlight') return '\n```\n';
  return closed ? `{%${inner}%}` : `{%${inner}`;
}

function stripShortcodesAndTags(text: string): string {
  let out = replaceDelimited(text, '{{<', '>}}', shortcodeReplacement);
  out = replaceDelimited(out, '{{%', '%}}', shortcodeReplacement);
  return replaceDelimited(out, '{%', '%}', () => '');
}

/** Liquid output tags such as `{{ site.baseurl }}` go; Go templates (`{{ .Values }}`) are left alone. */
function stripLiquidOutput(text: string): string {
  return replaceDelimited(text, '{{', '}}', (inner, closed) => {
    if (!closed) return `{{${inner}`;
    return /^-?\s*[A-Za-z]/.test(inner) && !inner.includes('\n') ? '' : `{{${inner}}}`;
  });
}

/** Markdown source with Hugo shortcodes and Liquid tags removed or turned into markdown (see module comment). */
export function stripTemplating(source: string): string {
  if (!source.includes('{{') && !source.includes('{%')) return source;
  const text = replaceDelimited(source, '{%', '%}', liquidHighlight);
  const lines = text.split('\n');
  const parts: string[] = [];
  let chunk: string[] = [];
  let fence = '';
  const flush = (inCode: boolean): void => {
    if (chunk.length === 0) return;
    const joined = chunk.join('\n');
    parts.push(
      inCode ? stripShortcodesAndTags(joined) : stripLiquidOutput(stripShortcodesAndTags(joined)),
    );
    chunk = [];
  };
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (!fence && marker) {
      chunk.push(line);
      flush(false);
      fence = marker;
    } else if (
      fence &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      line.trim() === marker
    ) {
      flush(true);
      chunk.push(line);
      fence = '';
    } else chunk.push(line);
  }
  flush(fence !== '');
  return parts.join('\n');
}
