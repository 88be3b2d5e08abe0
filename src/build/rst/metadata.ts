/**
 * What a reST document declares about itself: Nikola's `.. title: X` comment lines at the very top,
 * and the docinfo field list (`:date:`, `:author:`, `:tags:`) right after the title.
 */
import type { Speaker } from '../../shared/types';
import { normaliseDate } from '../dates';
import { frontMatterFields, type FrontMatterFields } from '../front-matter-fields';
import type { Field } from './fields';
import type { Line } from './lines';

/** Declared fields, with the people named as speakers or guests. */
export interface DeclaredFields extends FrontMatterFields {
  speakers: Speaker[];
}

const NIKOLA = /^\.\.\s+([A-Za-z][\w-]*):(?!:)\s*(.*)$/;
const SPEAKER_KEYS = new Set(['speaker', 'speakers', 'guest', 'guests']);

/** Nikola metadata: the `.. key: value` lines that open the file, by lower-case key (empty values skipped). */
export function nikolaMetadata(lines: Line[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (const line of lines) {
    if (line.text === '') continue;
    const match = line.indent === 0 ? NIKOLA.exec(line.text) : null;
    if (!match) break;
    const value = match[2]!.trim();
    if (value) data[match[1]!.toLowerCase()] ??= value;
  }
  return data;
}

/** Docinfo fields by lower-case name, as their source text. */
export function docinfoMetadata(fields: Field[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (const field of fields) if (field.raw) data[field.name.toLowerCase().trim()] ??= field.raw;
  return data;
}

/** True when a field is one docinfo turns into metadata (so it leaves the body). */
export function isDeclaredField(name: string): boolean {
  return /^(?:title|date|author|authors|tags|keywords|category|categories|summary|abstract|description|speakers?|guests?|slug)$/i.test(
    name.trim(),
  );
}

function names(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/\s*[;,&]\s*|\s+(?:and|y|und|et)\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
}

/** The declared fields of Nikola metadata and docinfo together (Nikola wins where both say something). */
export function declaredFields(
  nikola: Record<string, string>,
  docinfo: Record<string, string>,
): DeclaredFields {
  const data: Record<string, unknown> = { ...docinfo, ...nikola };
  // `2015/03/06` is how older Nikola sites write dates
  const date =
    typeof data.date === 'string'
      ? data.date.replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})/, '$1-$2-$3')
      : undefined;
  const fields = frontMatterFields({
    ...data,
    date: date && normaliseDate(date) ? date : undefined,
    categories: data.categories ?? data.category,
    // docutils separates several authors with `;` (`:authors:` also with `,`)
    author:
      typeof data.author === 'string' && data.author.includes(';')
        ? data.author.split(/\s*;\s*/)
        : data.author,
    authors: data.authors === undefined ? undefined : names(String(data.authors)),
    description: data.description ?? data.summary ?? data.abstract,
  });
  const speakerText = [...SPEAKER_KEYS].map((k) => data[k]).find((v) => typeof v === 'string') as
    string | undefined;
  return { ...fields, speakers: names(speakerText).map((name) => ({ name })) };
}
