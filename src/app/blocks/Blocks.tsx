/** Renders structured blocks (never raw HTML): headings, nested lists, quotes, code, tables. */
import type { Block } from '../../shared/types';
import { inlineText } from '../../shared/blocks-text';
import { Inlines } from './Inlines';

/**
 * The elements for a list of blocks; `headingIds` gives headings an id and a link to themselves
 * (a talk's outline), so any section can be linked to.
 */
export function Blocks({
  blocks,
  headingIds,
}: {
  blocks: Block[];
  headingIds?: Map<Block, string>;
}) {
  return <>{blocks.map((block, i) => renderBlock(block, i, headingIds?.get(block)))}</>;
}

function renderBlock(block: Block, key: number, id?: string) {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${block.level}` as const;
      return (
        <Tag key={key} id={id}>
          <Inlines content={block.content} />
          {id && (
            <a class="heading-link" href={`#${id}`} aria-label="Link to this section">
              #
            </a>
          )}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p key={key}>
          <Inlines content={block.content} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{renderItem(item)}</li>);
      return block.ordered ? (
        <ol
          key={key}
          start={block.start !== undefined && block.start !== 1 ? block.start : undefined}
        >
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'quote':
      return (
        <blockquote key={key}>
          <Blocks blocks={block.blocks} />
        </blockquote>
      );
    case 'code':
      // Focusable so keyboard users can scroll long lines.
      return (
        <pre key={key} tabIndex={0} data-language={block.language}>
          <code>{block.text}</code>
        </pre>
      );
    case 'table':
      return (
        <div
          key={key}
          class="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={`Table: ${block.head.map(inlineText).join(', ') || 'data'}`}
        >
          <table>
            {block.head.length > 0 && (
              <thead>
                <tr>
                  {block.head.map((cell, i) => (
                    <th key={i} scope="col">
                      <Inlines content={cell} />
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <Inlines content={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'rule':
      return <hr key={key} />;
  }
}

/** A list item: a lone paragraph renders inline (a tight list), anything else as blocks. */
function renderItem(item: Block[]) {
  const [first, ...rest] = item;
  if (first?.kind !== 'paragraph') return <Blocks blocks={item} />;
  return (
    <>
      <Inlines content={first.content} />
      <Blocks blocks={rest} />
    </>
  );
}
