/**
 * Raw HTML reduced to safe blocks with htmlparser2 (see html-sink.ts): as talk blocks for a
 * markdown HTML block, or as an outline with headings at their true depth for an HTML document.
 * Scripts, styles and embeds lose their content; comments vanish.
 */
import { Parser } from 'htmlparser2';
import type { OutlineBlock } from '../outline';
import type { Block } from '../../shared/types';
import { HtmlBlockSink, type HtmlEvents } from './html-sink';

/** Streams `html` through htmlparser2 into `events`, with the options every HTML reader here uses. */
export function parseHtml(html: string, events: HtmlEvents): void {
  const parser = new Parser(
    {
      onopentag: (name, attrs) => events.onopentag(name, attrs),
      onclosetag: (name, implied) => events.onclosetag(name, implied),
      ontext: (text) => events.ontext(text),
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.write(html);
  parser.end();
}

/** Safe blocks of an HTML fragment, headings clamped to 2..4; empty when it holds nothing to show. */
export function htmlToBlocks(html: string): Block[] {
  const sink = new HtmlBlockSink();
  parseHtml(html, sink);
  // without outline mode every heading is clamped, so these are talk blocks
  return sink.finish() as Block[];
}

/** The outline of an HTML document or fragment: top-level h1..h6 become headings of level 1..6. */
export function htmlToOutline(html: string): OutlineBlock[] {
  const sink = new HtmlBlockSink(true);
  parseHtml(html, sink);
  return sink.finish();
}
