/** One talk, laid out as an article: event and date, title, speakers, reading time, body, prev/next. */
import type { EventRecord, TalkRecord } from '../../shared/types';
import { eventUrl, talkUrl } from '../../shared/urls';
import { BookmarkToggle } from '../bookmarks/BookmarkToggle';
import { Blocks } from '../blocks/Blocks';
import { useBase } from '../base';
import { formatDate, langAttribute, languageName } from '../format';
import { ShareButton } from './ShareButton';
import { SpeakerList } from './SpeakerList';
import { TalkNav } from './TalkNav';
import { TagList } from './TagList';
import { KeepOffline } from '../offline/KeepOffline';
import { useEffect, useMemo } from 'preact/hooks';
import { highlightTerms } from '../talk/find-matches';
import { setReadingInfo } from '../talk/reading-bar-store';
import { TalkContents } from '../talk/TalkContents';
import { talkOutline } from '../talk/talk-outline';

/** Props of the talk page: the talk, its event and its neighbours in the event. */
export interface TalkViewProps {
  event: EventRecord;
  talk: TalkRecord;
  prev?: TalkRecord;
  next?: TalkRecord;
}

/** The talk page. */
export function TalkView({ event, talk, prev, next }: TalkViewProps) {
  const base = useBase();
  const lang = langAttribute(talk.language);
  const language = languageName(talk.language);
  const outline = useMemo(() => talkOutline(talk.blocks), [talk]);
  // The reading bar in the header follows this talk (and marks the search terms its URL asks for).
  useEffect(() => {
    setReadingInfo({
      talkId: talk.id,
      minutes: talk.readingMinutes,
      terms: highlightTerms(location.search),
    });
    return () => setReadingInfo(undefined);
  }, [talk.id]);
  return (
    <article class="page talk">
      <header class="page-header">
        {/* a single-talk event's title is the talk's own: the eyebrow keeps only the date */}
        {event.title === talk.title ? (
          event.date && (
            <p class="eyebrow">
              <time dateTime={event.date}>{formatDate(event.date)}</time>
            </p>
          )
        ) : (
          <p class="eyebrow">
            <a href={eventUrl(base, event.id)}>{event.title}</a>
            {event.date && ' · '}
            {event.date && <time dateTime={event.date}>{formatDate(event.date)}</time>}
          </p>
        )}
        <h1 tabIndex={-1} lang={lang}>
          {talk.title}
        </h1>
        <SpeakerList speakers={talk.speakers} />
        <p class="meta">
          {talk.readingMinutes} min read{language && ` · ${language}`}
        </p>
        {event.single && <TagList tags={event.tags} />}
        {event.single && <KeepOffline eventId={event.id} />}
        <div class="actions">
          <ShareButton path={talkUrl(base, talk.id)} title={talk.title} />
          <BookmarkToggle talk={talk} event={event} />
        </div>
      </header>
      <TalkContents entries={outline.entries} />
      <div class="prose talk-body" lang={lang}>
        <Blocks blocks={talk.blocks} headingIds={outline.ids} />
      </div>
      <TalkNav prev={prev} next={next} />
    </article>
  );
}
