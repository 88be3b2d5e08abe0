/** Filling the built index.html template with one page's head tags and prerendered body. */

/** What goes into one page's `<head>`. */
export interface HeadTags {
  title: string;
  description: string;
  /** Canonical URL (absolute when the site URL is known); omitted for the 404 page. */
  canonical?: string;
  /** Open Graph type: `article` for a talk, `website` otherwise. */
  ogType: 'article' | 'website';
  /** Preview image URL for chat apps and social cards. */
  image?: string;
  noindex?: boolean;
}

/** Returns `text` safe inside HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Returns the `<title>`, description, canonical, Open Graph and Twitter card tags for `head`. */
export function headTags(head: HeadTags): string {
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}">`;
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    head.canonical ? `<link rel="canonical" href="${escapeHtml(head.canonical)}">` : '',
    head.noindex ? meta('name', 'robots', 'noindex') : '',
    meta('property', 'og:site_name', 'Talkshelf'),
    meta('property', 'og:type', head.ogType),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    head.canonical ? meta('property', 'og:url', head.canonical) : '',
    head.image ? meta('property', 'og:image', head.image) : '',
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    head.image ? meta('name', 'twitter:image', head.image) : '',
  ];
  return tags.filter(Boolean).join('\n    ');
}

const APP_DIV = /<div id="app"([^>]*)>[\s\S]*?<\/div>/;

/**
 * Returns the template with its own title and description replaced by `head`'s tags and `body`
 * (already-rendered, escaped HTML from preact-render-to-string) inside `<div id="app">`.
 */
export function fillTemplate(template: string, head: HeadTags, body: string): string {
  if (!APP_DIV.test(template))
    throw new Error('index.html has no <div id="app"></div> to prerender into');
  const cleaned = template
    .replace(/\s*<title>[\s\S]*?<\/title>/i, '')
    .replace(/\s*<meta\s+name="description"[^>]*>/i, '');
  return cleaned
    .replace(/\s*<\/head>/i, () => `\n    ${headTags(head)}\n  </head>`)
    .replace(APP_DIV, (_match, attrs: string) => `<div id="app"${attrs}>${body}</div>`);
}
