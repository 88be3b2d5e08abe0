/** Renders inline content as Preact elements; links open outside the app, safely. */
import type { Inline } from '../../shared/types';
import { safeHref } from '../../shared/inline';

/** The elements for a run of inline content. */
export function Inlines({ content }: { content: Inline[] }) {
  return <>{content.map(renderInline)}</>;
}

function renderInline(node: Inline, key: number) {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'emphasis':
      return <em key={key}>{node.children.map(renderInline)}</em>;
    case 'strong':
      return <strong key={key}>{node.children.map(renderInline)}</strong>;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'break':
      return <br key={key} />;
    case 'link': {
      // The build already filtered links; checking again costs nothing and keeps the page safe.
      const href = safeHref(node.href);
      if (!href) return <span key={key}>{node.children.map(renderInline)}</span>;
      return (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {node.children.map(renderInline)}
        </a>
      );
    }
  }
}
