/** The event fields a reader takes from front matter, tolerant of the shapes real posts use. */
import type { Speaker } from '../shared/types';
import { normaliseDate } from './dates';

/** What front matter says about a document; absent fields stay undefined, tags may be empty. */
export interface FrontMatterFields {
  title?: string;
  date?: string;
  tags: string[];
  author?: string;
  /** Each author on its own, for speakers. */
  authors: string[];
  description?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const t = String(value).replace(/\s+/g, ' ').trim();
    return t === '' ? undefined : t;
  }
  return undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  // `tags: "a, b"` is common in hand-written posts
  if (typeof value === 'string') return value.split(',');
  return [value];
}

function personName(value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const person = value as Record<string, unknown>;
    return text(person.name) ?? text(person.display_name) ?? text(person.title);
  }
  return text(value);
}

/** The author names of a string, a list of names or `{ name }` objects, de-duplicated. */
export function authorNames(value: unknown): string[] {
  const names = (Array.isArray(value) ? value : [value])
    .map(personName)
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

/** The author(s) as one display string, or undefined when none is given. */
export function authorOf(value: unknown): string | undefined {
  const names = authorNames(value);
  return names.length > 0 ? names.join(', ') : undefined;
}

/** Tags in order, trimmed and de-duplicated case-insensitively (the first spelling wins). */
export function uniqueTags(values: unknown[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const value of values) {
    const tag = text(value);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** Tags, categories and keywords merged in order, trimmed and de-duplicated case-insensitively. */
export function tagsOf(data: Record<string, unknown>): string[] {
  return uniqueTags([...list(data.tags), ...list(data.categories), ...list(data.keywords)]);
}

/** Guests and speakers front matter names: `guests: [..]`, `guests: {handle: name}`, `speakers: ..`. */
export function speakersOf(data: Record<string, unknown>): Speaker[] {
  const raw = data.guests ?? data.guest ?? data.speakers ?? data.speaker;
  if (!raw) return [];
  const names =
    typeof raw === 'object' && !Array.isArray(raw)
      ? Object.entries(raw as Record<string, unknown>).map(([key, value]) =>
          // `guests: { handle: url }` names the guest by the key; `{ id: "Full Name" }` by the value
          typeof value === 'string' && value.trim() && !/^https?:\/\//.test(value.trim())
            ? value
            : key,
        )
      : authorNames(raw);
  return names.filter((n) => n.trim()).map((name) => ({ name: name.trim() }));
}

/** Title, ISO date, tags, author and description of a front-matter mapping. */
export function frontMatterFields(data: Record<string, unknown>): FrontMatterFields {
  return {
    title: text(data.title),
    date: [
      data.date,
      data.publishDate,
      data.pubDate,
      data.published_at,
      data.published,
      data.created,
    ]
      .map(normaliseDate)
      .find((d) => d !== undefined),
    tags: tagsOf(data),
    author: authorOf(data.author ?? data.authors),
    authors: authorNames(data.author ?? data.authors),
    description: text(data.description) ?? text(data.summary),
  };
}
