/** Scores a built corpus against hand labels: talks split, titles, speakers, dates and junk titles. */
import type { EventRecord, TalkRecord } from '../../src/shared/types';
import { isJunkTitle } from '../../src/build/segment/event-title';
import type { LabelledDocument } from './labels';
import { matchTitles, sameName } from './match';

/** The scores of one labelled document. */
export interface DocumentScore {
  path: string;
  missing: boolean;
  single: boolean;
  expected: number;
  found: number;
  titlesMatched: number;
  speakersExpected: number;
  speakersFound: number;
  splitRight: boolean;
  dateExpected: boolean;
  dated: boolean;
  dateAgrees: boolean;
  eventTitle: string;
}

/** The totals over all labelled documents. */
export interface Totals {
  documents: number;
  titleRecall: number;
  titlePrecision: number;
  speakerRecall: number;
  multiSplitRight: number;
  singlesKeptWhole: number;
  singles: number;
  datedWhereGiven: number;
  dateAgreement: number;
  junkTitles: string[];
}

/** Whether a title is markup, a separator or a bare file name of its source (a talk may be named by a date: a meeting). */
export function isJunk(title: string, source: string, talk = false): boolean {
  const base = source.split('/').pop() ?? source;
  if (title === base || title === base.replace(/\.[^.]+$/, '')) return true;
  // markup is a tag and nothing else, or a document's source (`<!doctype`, `<?xml`); "<script> with …" is words about a tag
  if (talk)
    return (
      !/[\p{L}\p{N}]/u.test(title) ||
      /^\s*(?:<[^>]*>\s*)+$|^\s*<(?:!doctype|\?xml|html)/i.test(title)
    );
  return isJunkTitle(title);
}

/** The score of each labelled document against the events and talks built from its folder. */
export function scoreDocuments(
  labels: LabelledDocument[],
  events: EventRecord[],
  talks: TalkRecord[],
): DocumentScore[] {
  const bySource = new Map(events.map((e) => [e.source, e]));
  const talkById = new Map(talks.map((t) => [t.id, t]));
  return labels.map((label) => {
    const event = bySource.get(label.path);
    const found = event ? event.talkIds.map((id) => talkById.get(id)!) : [];
    const expected = label.single
      ? [{ title: label.title, speakers: label.talks[0]?.speakers ?? [] }]
      : label.talks;
    const pairs = label.single
      ? found.length > 0
        ? ([[0, 0]] as Array<[number, number]>)
        : []
      : matchTitles(
          expected.map((t) => t.title),
          found.map((t) => t.title),
        );
    let speakersExpected = 0;
    let speakersFound = 0;
    const matchOf = new Map(pairs);
    expected.forEach((talk, e) => {
      speakersExpected += talk.speakers.length;
      const f = matchOf.get(e);
      if (f === undefined) return;
      const names = found[f].speakers.map((s) => s.name);
      speakersFound += talk.speakers.filter((s) => names.some((n) => sameName(s, n))).length;
    });
    const n = expected.length;
    const splitRight = label.single
      ? found.length === 1
      : n === 1
        ? found.length === 1 && pairs.length === 1
        : found.length >= 2 &&
          Math.abs(found.length - n) <= Math.max(1, n * 0.25) &&
          pairs.length >= n * 0.5;
    return {
      path: label.path,
      missing: !event,
      single: label.single,
      expected: n,
      found: found.length,
      titlesMatched: pairs.length,
      speakersExpected,
      speakersFound,
      splitRight,
      dateExpected: label.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(label.date),
      dated: Boolean(event?.date),
      dateAgrees: Boolean(event?.date && label.date && event.date === label.date),
      eventTitle: event?.title ?? '',
    };
  });
}

/** Totals of document scores, and every junk title among all events and talks built. */
export function totals(
  scores: DocumentScore[],
  events: EventRecord[],
  talks: TalkRecord[],
): Totals {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const multi = scores.filter((s) => !s.single);
  const singles = scores.filter((s) => s.single);
  const withDate = scores.filter((s) => s.dateExpected);
  const sourceOf = new Map(events.map((e) => [e.id, e.source]));
  const junk = [
    ...events
      .filter((e) => isJunk(e.title, e.source))
      .map((e) => `${e.source}: event "${e.title}"`),
    ...talks
      .filter((t) => isJunk(t.title, sourceOf.get(t.eventId) ?? '', true))
      .map((t) => `${sourceOf.get(t.eventId)}: talk "${t.title}"`),
  ];
  return {
    documents: scores.length,
    titleRecall: ratio(
      sum((s) => s.titlesMatched),
      sum((s) => s.expected),
    ),
    titlePrecision: ratio(
      sum((s) => s.titlesMatched),
      sum((s) => s.found),
    ),
    speakerRecall: ratio(
      sum((s) => s.speakersFound),
      sum((s) => s.speakersExpected),
    ),
    multiSplitRight: ratio(multi.filter((s) => s.splitRight).length, multi.length),
    singlesKeptWhole: ratio(singles.filter((s) => s.splitRight).length, singles.length),
    singles: singles.length,
    datedWhereGiven: ratio(withDate.filter((s) => s.dated).length, withDate.length),
    dateAgreement: ratio(withDate.filter((s) => s.dateAgrees).length, withDate.length),
    junkTitles: junk,
  };
}
