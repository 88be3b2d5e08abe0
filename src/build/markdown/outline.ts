/** marked block tokens → outline blocks: like `nodesToBlocks`, but headings (also raw HTML `<h1>`–`<h6>`) keep their source depth. */
import type { Token, Tokens } from 'marked';
import type { OutlineBlock } from '../outline';
import { nodesToBlocks } from './blocks';
import { htmlToOutline } from './html-blocks';
import { phrasingToInlines } from './inlines';

/** Longer than this, a heading is a paragraph that a stray underline made one. */
const MAX_HEADING = 200;

/** The outline of a sequence of top-level block tokens, in order. */
export function tokensToOutline(tokens: Token[]): OutlineBlock[] {
  const out: OutlineBlock[] = [];
  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const content = phrasingToInlines(heading.tokens);
      // a long "heading" is a paragraph that a `---` line under it turned into a setext heading
      if (heading.text.length > MAX_HEADING) out.push({ kind: 'paragraph', content });
      else if (content.length > 0)
        out.push({ kind: 'heading', level: Math.min(6, Math.max(1, heading.depth)) as 1, content });
    } else if (token.type === 'html') out.push(...htmlToOutline((token as Tokens.HTML).text));
    else out.push(...nodesToBlocks([token]));
  }
  return out;
}

/** Markdown with CJK headings written without the space CommonMark needs (`###主题一`) given that space. */
export function spaceCjkHeadings(source: string): string {
  return source.replace(/^(#{1,6})(?=[\u3000-\u9fff\uff00-\uffef])/gmu, '$1 ');
}
