/** One search result: the talk's title, event, date, speakers and a snippet, matches highlighted. */
import type { Segment } from '../../search/highlight';
import { talkUrl } from '../../shared/urls';
import { useBase } from '../base';
import { formatDate, langAttribute } from '../format';
import type { PageMarks } from './ResultPages';
import type { ShownResult } from './use-search-results';

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/** A result item; the title is an ordinary link to the talk's page. `marks`: see ResultPages. */
export function SearchResult({ result, marks }: { result: ShownResult; marks?: PageMarks }) {
  const base = useBase();
  const { talk, event } = result;
  // The talk opens at its first match, its matched words marked (`?hl=`).
  const hl = result.matched.length
    ? `?${new URLSearchParams({ hl: result.matched.join(' ') }).toString()}`
    : '';
  return (
    <li class="search-result" lang={langAttribute(talk.language)} {...marks}>
      <h2 class="search-result__title">
        <a href={`${talkUrl(base, talk.id)}${hl}`}>
          <Marked segments={result.title} />
        </a>
      </h2>
      <p class="search-result__meta">
        {event && event.title !== talk.title && <span>{event.title}</span>}
        {event?.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
        {/* where the notes came from: tells apart results of the same title and date */}
        {event && <span class="search-result__path">{event.source}</span>}
        {result.speakers.length > 0 && (
          <span>
            <Marked segments={result.speakers} />
          </span>
        )}
      </p>
      {result.snippet && result.snippet.length > 0 && (
        <p class="search-result__snippet">
          <Marked segments={result.snippet} />
        </p>
      )}
    </li>
  );
}
