/** Whether a document's talk candidates are its talks: evidence, agendas the minutes repeat, chrome among items, and the event's kind. */
import type { EventKind } from '../../shared/types';
import { TALK_WORD, type Candidate, type Found } from './find-talks';
import { cleanTalkTitle } from './talk-title';
import {
  CHROME_HEADING,
  CONFERENCE_DOCUMENT,
  CONTAINER_HEADING,
  FRAME_HEADING,
  MEETUP_DOCUMENT,
  PODCAST_DOCUMENT,
} from './vocabulary';

/** Items of a topic list that are the show's own business: sponsor reads, picks, "tweet us". */
const ITEM_CHROME =
  /\b(?:sponsor(?:ed)?s?|brought to you by|tweet us|sick picks?|shameless plugs?|advert\w*|ad break|patreon|subscribe)\b/i;

/** Lower-case words of a title (CJK as single characters), for telling whether two titles name one thing. */
function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+|(?=[\p{Script=Han}])/u)
      .filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w)),
  );
}

/** Whether the minutes' sections repeat the agenda: a third of its items share most words with a section, or there are as many sections as items. */
function repeats(agenda: Candidate[], sections: Candidate[]): boolean {
  if (sections.length >= agenda.length) return true;
  const sectionWords = sections.map((c) => titleWords(c.talk.title));
  const matched = agenda.filter((item) => {
    const words = titleWords(item.talk.title);
    return sectionWords.some((other) => {
      const shared = [...words].filter((w) => other.has(w)).length;
      return shared > 0 && shared * 2 >= Math.min(words.size, other.size);
    });
  }).length;
  return matched * 3 >= agenda.length;
}

export function kindOf(words: string, grouped: boolean, fallback: EventKind): EventKind {
  if (PODCAST_DOCUMENT.test(words)) return 'podcast';
  if (CONFERENCE_DOCUMENT.test(words) || grouped) return 'conference';
  if (MEETUP_DOCUMENT.test(words)) return 'meetup';
  return fallback;
}

/** Whether the found candidates are the document's talks (see the module comment). */
export function isMultiTalk(
  candidates: Candidate[],
  documentSaysSo: boolean,
  grouped: boolean,
): boolean {
  if (candidates.length < 2) return false;
  const count = (f: (c: Candidate) => boolean) => candidates.filter(f).length;
  const timestamps = count((c) => c.items === 'timestamps');
  const topics = count((c) => c.items === 'topics');
  const items = count((c) => c.items !== undefined);
  const talkish = count((c) => c.talkish && !c.items);
  const weak = count((c) => c.weak && !c.items);
  const articleish = count((c) => c.articleish);
  if (process.env.TALKSHELF_DEBUG_SEGMENT)
    console.error({
      n: candidates.length,
      timestamps,
      items,
      talkish,
      weak,
      articleish,
      documentSaysSo,
      grouped,
      titles: candidates.map((c) => [
        c.talk.title,
        c.talkish,
        c.items,
        c.talk.speakers.map((s) => s.name),
      ]),
    });
  // the frame (introduction, conclusion) is neither a talk nor evidence against one
  const frame = count((c) => !c.items && FRAME_HEADING.test(cleanTalkTitle(c.talk.title)));
  const headings = candidates.length - items - frame;
  if (timestamps >= 3 && timestamps * 2 >= candidates.length) return true;
  if (topics >= 3 && topics * 2 >= candidates.length) return true;
  if (talkish >= 2 && talkish * 5 >= headings * 2) return true;
  // names found without a marker split a document where every section names one, or whose words say it holds talks
  if (weak >= 2 && weak === headings) return true;
  if (!documentSaysSo && !grouped) return false;
  if (weak >= 2 && weak * 2 >= headings) return true;
  // agenda lines that name their speakers ("劳永超 分享 …", "Pat Allan - Upgrading …") in notes of a meeting
  const namedItems = count((c) => c.items === 'agenda' && c.talk.speakers.length > 0);
  if (namedItems >= 2 && namedItems * 3 >= candidates.length) return true;
  if (articleish * 2 >= candidates.length) return false;
  return documentSaysSo || grouped;
}

/** The candidates left once sponsor reads and an agenda's procedure leave the items, and an agenda gives way to the minutes that repeat it; what left goes to `found.extra`. */
export function keptCandidates(found: Found): Candidate[] {
  let candidates = found.candidates;
  // sponsor reads and "tweet us" among timestamped topics are chrome too
  const chrome = candidates.filter(
    (c) =>
      c.items &&
      (ITEM_CHROME.test(c.talk.title) ||
        // an agenda's procedure (opening, roll call, closure) is not one of its talks
        (c.fromAgenda && CHROME_HEADING.test(cleanTalkTitle(c.talk.title)))) &&
      !TALK_WORD.test(c.talk.title),
  );
  if (chrome.length > 0 && chrome.length < candidates.length) {
    candidates = candidates.filter((c) => !chrome.includes(c));
    found.extra.push(...chrome.flatMap((c) => c.talk.blocks));
  }
  // an agenda that the minutes go on to repeat as sections is not a second set of talks
  // (a bare "Minutes" container that held no sections does not count as the minutes' sections)
  const sections = candidates.filter(
    (c) =>
      !c.fromAgenda &&
      !CONTAINER_HEADING.test(cleanTalkTitle(c.talk.title)) &&
      !FRAME_HEADING.test(cleanTalkTitle(c.talk.title)),
  );
  const agenda = candidates.filter((c) => c.fromAgenda);
  if (
    agenda.length > 0 &&
    (sections.length >= 2 || (sections.length === 1 && repeats(agenda, sections)))
  )
    candidates = candidates.filter((c) => !c.fromAgenda);
  return candidates;
}
