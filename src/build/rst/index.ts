/**
 * reStructuredText → DocumentOutline, in named steps: lines, references, Nikola metadata, the body,
 * the document title, the docinfo, then headings by adornment order. Pure and linear in the input.
 */
import type { Block } from '../../shared/types';
import type { DocumentOutline } from '../outline';
import { createContext, readBody, type BodyNode } from './body';
import type { Field } from './fields';
import { toLines } from './lines';
import { declaredFields, docinfoMetadata, isDeclaredField, nikolaMetadata } from './metadata';
import { collectReferences } from './references';
import { outlineBlocks, promoteTitle } from './sections';

/** The docinfo field list (the first node after the title) split from the body: declared fields out, the rest kept. */
function takeDocinfo(nodes: BodyNode[]): { docinfo: Field[]; rest: BodyNode[] } {
  const first = nodes[0];
  if (first?.kind !== 'fields') return { docinfo: [], rest: nodes };
  const kept = first.fields.filter((f) => !isDeclaredField(f.name));
  const rest = nodes.slice(1);
  return {
    docinfo: first.fields.filter((f) => isDeclaredField(f.name)),
    rest: kept.length > 0 ? [{ kind: 'fields', fields: kept }, ...rest] : rest,
  };
}

/** The outline of a reST document: declared title, date, tags and author, and its body blocks. */
export function rstOutline(text: string): DocumentOutline {
  const lines = toLines(text);
  const refs = collectReferences(lines);
  const nikola = nikolaMetadata(lines);
  const ctx = createContext(refs);
  const nodes = readBody(lines, 0, 'document', ctx);
  // docinfo may precede or follow the document title; the title is looked for first, as in docutils
  const early = takeDocinfo(nodes);
  const titled = promoteTitle(early.rest, nikola.title);
  const late =
    early.docinfo.length > 0 ? { docinfo: [], rest: titled.rest } : takeDocinfo(titled.rest);
  const fields = declaredFields(nikola, docinfoMetadata([...early.docinfo, ...late.docinfo]));
  const description: Block[] = [];
  const intro = fields.description ? ctx.inlines(fields.description) : [];
  if (intro.length > 0) description.push({ kind: 'paragraph', content: intro });
  const title = fields.title ?? ctx.titleDirective ?? titled.title;
  return {
    ...(title ? { title } : {}),
    ...(fields.date ? { date: fields.date } : {}),
    tags: fields.tags,
    ...(fields.author ? { author: fields.author } : {}),
    speakers: fields.speakers,
    description,
    blocks: outlineBlocks(late.rest),
    warnings: ctx.warnings,
  };
}
