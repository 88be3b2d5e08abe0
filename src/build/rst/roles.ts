/** Interpreted text by its role: code, emphasis and strong, PEP/RFC links, else its words. */
import type { Inline } from '../../shared/types';
import { splitEmbedded } from './inline-rules';
import { flat, linkOrText } from './linkify';

const CODE_ROLES =
  /^(?:literal|code|kbd|file|samp|command|program|envvar|option|makevar|regexp|mimetype|(?:\w+:)?(?:func|meth|class|mod|attr|exc|data|obj|const|var|type|member|macro|term))$/;
// the default role (no role given) is a title reference, which docutils sets in italics
const EMPHASIS_ROLES = /^(?:emphasis|title-reference|title|t|cite|dfn)$/;

/** The inlines of interpreted text with `role` (undefined for the default role). */
export function interpretedInlines(text: string, role: string | undefined): Inline[] {
  const name = role?.toLowerCase();
  const words: Inline = { kind: 'text', text: flat(text) };
  if (name === undefined || EMPHASIS_ROLES.test(name))
    return [{ kind: 'emphasis', children: [words] }];
  if (name === 'strong') return [{ kind: 'strong', children: [words] }];
  if (CODE_ROLES.test(name)) return [{ kind: 'code', text: flat(text) }];
  const number = /^\d{1,5}$/.exec(text.trim())?.[0];
  if (number && (name === 'pep' || name === 'pep-reference'))
    return [linkOrText(`PEP ${number}`, `https://peps.python.org/pep-${number.padStart(4, '0')}/`)];
  if (number && (name === 'rfc' || name === 'rfc-reference'))
    return [linkOrText(`RFC ${number}`, `https://www.rfc-editor.org/rfc/rfc${number}`)];
  // :ref:`title <label>`, :doc:`title <path>`: the title is what a reader sees
  const titled = splitEmbedded(text);
  return [{ kind: 'text', text: flat(titled ? titled.label || titled.target : text) }];
}
