/**
 * Speakers as notes name them: `Speaker: Name (Company)`, `Presenter: Name`, `by Name`,
 * `**Name, Institution**`, `- speaker: Name`, `讲师：Name`, `Докладчик: Name`, `Name - @handle`,
 * several per line. A company or a product alone is never a speaker.
 */
import type { Speaker } from '../../shared/types';

const MARKER = String.raw`(?:speakers?|presenters?|presented by|presentation by|talk by|hosted by|guests?|panel(?:ists)?|moderators?|moderated by|authors?|(?:topic |session )?facilitators?(?:\(s\))?|(?:session |topic )?leads?|by|présentation de|presentación de|charla de|vortrag von|доклад|présentée? par|presentado por|presentada por|vorgestellt von|vorgetragen von|представил[аи]?|orador(?:es|a)?|ponentes?|disertantes?|expositor(?:es)?|intervenants?|conférenciers?|orateurs?|par|referent(?:en|in)?|vortragende[rn]?|sprecher(?:in)?|von|докладчики?|спикеры?|ведущий|автор|讲师|讲者|主讲人?|嘉宾|分享人|分享嘉宾|演讲者|演讲人|登壇者|発表者|スピーカー|講師)`;

/** `Marker: names` at the start of a line (the colon optional only for `by`). */
const MARKED_LINE = new RegExp(
  String.raw`^[\s*_•·-]*(${MARKER})\s*(?:[:：]|(?<=\bby|\bpar|\bvon|\bpor|представил[аи]?)\s)\s*[*_]*\s*(.+)$`,
  'iu',
);

const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const LOWER_PARTICLE = /^(?:de|del|der|den|di|da|du|dos|das|van|von|le|la|bin|al|y|e|zu|ten|ter)$/;
const HAN_NAME = /^[\p{Script=Han}·]{2,4}$/u;
const KANA_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・ ]{2,12}$/u;
const HANDLE = /@[A-Za-z0-9_]{1,30}\b/;
/** Words of organisations, products and roles, which a person's name never is. */
const NOT_PERSON =
  /\b(?:inc|ltd|llc|gmbh|corp|corporation|company|labs?|team|teams|foundation|university|universit[yé]|institute|group|project|community|working|sig|committee|org|cloud|systems|technologies|software|services|solutions|networks|studio|media|google|microsoft|amazon|aws|red hat|ibm|oracle|apple|meta|facebook|netflix|github|gitlab|kubernetes|docker|linux|apache|mozilla|the|and|of|for|with|keynote|talk|panel|demo|workshop|session|update|status|intro|introduction|overview|q&a|lightning|break|lunch|welcome|opening|closing|remarks|discussion|news|agenda|review|meeting|notes?|part|one|two|three|chapter|step|phase|section|round|level|stage|version|release|future|new|notable|additional|simple|how|what|why|when|where|using|building|build|make|making|scaling|introducing|learning|understanding|writing|testing|running|designing|beyond|inside|towards|against|getting|about|from|into|our|your|my|we|you|is|are|was|to|in|on|at|by|a)\b/i;

/** Common words of titles and headings that a name's words never are ("Showing More Resources", "Sample Use Case", "Get Involved"). */
const TITLE_WORDS = new Set(
  (
    'showing show more less most resources resource sample use case cases user users adoption get involved new next steps step ' +
    'what why how when where who which this that these those our your their its all any some every each other others ' +
    'design support notes note update updates overview release process community availability performance security ' +
    'data model models system systems service services cloud api apis app apps web code tool tools testing test tests ' +
    'feature features improvements improvement changes change future roadmap plan plans goal goals status summary ' +
    'results result problem problems solution solutions example examples demo demos faq getting started going ' +
    'building running using making working learning lessons learned best practices practice tips tricks guide guides ' +
    'introduction intro conclusion closing opening remarks welcome thanks thank special announcements announcement ' +
    'open source free live day days week weeks year years time one two three first second third last final big ' +
    'high low fast slow great better simple easy hard deep dive quick look inside beyond towards into onto over ' +
    'under about from with without for and the of in on at by to is are be can should must not no yes my me we you'
  ).split(' '),
);

/** Whether `text` reads as one person's name (two to four capitalised words, or a CJK name). */
export function isPersonName(text: string, lenient = false): boolean {
  const name = text.trim();
  if (name.length < 2 || name.length > 50 || NOT_PERSON.test(name)) return false;
  if (HAN_NAME.test(name)) return true;
  // after an explicit marker ("Lead: thockin"), a user name stands for its person
  if (lenient && /^@?[a-z][a-z0-9_.-]{2,30}$/.test(name)) return true;
  if (lenient && KANA_NAME.test(name)) return true;
  const words = name.split(/\s+/);
  if (words.length < (lenient ? 1 : 2) || words.length > 4) return false;
  // four capitalised words are a product or a project ("Copernicus Data Space Ecosystem"), not a name
  if (!lenient && words.filter((w) => /^\p{Lu}/u.test(w)).length > 3) return false;
  if (!NAME_WORD.test(words[0])) return false;
  if (!lenient && words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return false;
  // acronyms (RAG, API, AWS) are products and topics, not names
  if (words.some((w) => w.length >= 3 && /^[\p{Lu}\d]+$/u.test(w))) return false;
  return words.every(
    (w) =>
      NAME_WORD.test(w) ||
      LOWER_PARTICLE.test(w) ||
      /^[\p{Lu}]\.?$/u.test(w) ||
      (lenient && /^[\p{L}'’.-]+$/u.test(w)),
  );
}

/** One person with a handle or affiliation written around the name: `Name (Co)`, `Name, Co`, `Name @handle`, `Name from Co`. */
export function parsePerson(raw: string, lenient: boolean): Speaker | undefined {
  let text = raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    // a nickname in quotes: Yukihiro "Matz" Matsumoto
    .replace(/\s+["“][^"”]{1,20}["”]\s+/u, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '');
  if (!text) return undefined;
  let handle: string | undefined;
  const handleMatch = HANDLE.exec(text);
  if (handleMatch && (handleMatch.index === 0 || /[\s(]/.test(text[handleMatch.index - 1]))) {
    handle = handleMatch[0];
    text = (text.slice(0, handleMatch.index) + text.slice(handleMatch.index + handle.length))
      .replace(/\(\s*\)|\[\s*\]/g, '')
      .replace(/\s+[-–—|,]\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  let affiliation: string | undefined;
  const paren = /^(.+?)\s*[(（]([^()（）]{1,80})[)）]\s*(.*)$/u.exec(text);
  if (paren && !paren[3]) {
    text = paren[1].trim();
    affiliation = paren[2].trim();
  } else {
    const sep = /^(.+?)(?:\s*,\s*|\s+[-–—|@]\s+|\s+(?:from|of|at|de|от|из)\s+)(.+)$/u.exec(text);
    if (sep && isPersonName(sep[1], lenient)) {
      text = sep[1].trim();
      affiliation = sep[2].trim();
    }
  }
  if (!isPersonName(text, lenient)) {
    if (handle && !text) return { name: handle, handle };
    return undefined;
  }
  const speaker: Speaker = { name: text };
  if (handle) speaker.handle = handle;
  // an affiliation is a name ("Acme", "CTO at Platform.sh"), not the sentence that goes on after it
  if (
    affiliation &&
    (/[.;]\s|,\s*\p{Ll}/u.test(affiliation) || affiliation.split(/\s+/).length > 8)
  )
    affiliation = affiliation.split(/[,;]|\.\s/)[0].trim();
  if (affiliation && affiliation.length <= 60 && !/^https?:/.test(affiliation))
    speaker.affiliation = affiliation.replace(/^[@]\s*/, '');
  return speaker;
}

/** The people of a list of names (`A and B`, `A, B & C`, `A、B`); affiliations kept; [] unless every part is a person. */
export function parsePeople(text: string, lenient: boolean): Speaker[] {
  const clean = text.replace(/[*_]/g, '').trim();
  if (!clean || clean.length > 240 || /https?:\/\//.test(clean.replace(/\([^)]*\)/g, '')))
    return [];
  const whole = parsePerson(clean, lenient);
  const parts = clean
    .split(
      /\s*(?:;|\/|、|，|＆|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b|和|与|\+)\s*|,\s*(?![^()]*\))/u,
    )
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1) {
    const people = parts.map((p) => parsePerson(p, lenient));
    if (people.every((p): p is Speaker => p !== undefined)) return people;
  }
  return whole ? [whole] : [];
}

/** Speakers a line names after a marker (`Speaker: …`, `讲师：…`, `by …`); undefined when it has none. */
export function markedSpeakers(line: string): Speaker[] | undefined {
  const match = MARKED_LINE.exec(line.trim());
  if (!match) return undefined;
  const rest = match[2].replace(/[*_]+\s*$/, '').trim();
  const people = parsePeople(rest, true);
  if (people.length > 0) return people;
  // "Présenté par Jean-loup Karst de breaz.io, un site de …": the name that opens a sentence
  const lead = LEADING_NAME.exec(rest.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
  if (!lead) return undefined;
  // a name never ends in a particle: "Jean-loup Karst de breaz.io" is Jean-loup Karst, of breaz.io
  const person = parsePerson(
    lead[1].replace(/(?:\s+(?:de|van|von|der|da|di|le|la))+$/u, ''),
    false,
  );
  if (!person) return undefined;
  const affiliation = lead[2]?.trim();
  return [affiliation && !person.affiliation ? { ...person, affiliation } : person];
}

/** A capitalised name of two to four words at the start of a text, with what follows `de`/`from`/`of`/`at` up to a comma. */
const LEADING_NAME =
  /^((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|le|la)){1,3})(?:\s+(?:de|from|of|at|d[e']|von|из|от)\s+([^,;.()]{2,40}))?(?=[\s,;.(]|$)/u;

/** Speakers of a line that is only a person (`**Name, Institution**`, `Name - @handle - Role`); else undefined. */
export function bareSpeakerLine(line: string): Speaker[] | undefined {
  const text = line.trim();
  // "Customer Feedback:" is a label over what follows, not a person
  if (text.length > 160 || /[:：]\**$/u.test(text)) return undefined;
  const people = parsePeople(text, false);
  return people.length > 0 ? people : undefined;
}

const CJK_TALK_LINE =
  /^(?:.*?[，,。:：\s的由是])?(@?[\p{Script=Han}]{2,4}|@?[\p{L}][\p{L}.·-]{1,20}(?:\s[\p{Lu}][\p{L}.-]{1,20})?)\s*(?:老师|先生|同学)?\s*(?:给大家|为大家|也给我们|给我们)?\s*(?:分享了?|带来(?:了|的)?(?:主题|分享|演讲)?(?:是|为)?|主讲|讲解了?|介绍了?|演讲)\s*[~:：]?\s*(?:了|的|主题)?\s*[《"“「]([^》"”」]{2,80})[》"”」]/u;

/** A talk named in Chinese prose or a list line: `劳永超 分享 "零成本玩转 Arduino"`, `首先是阿朱给大家带来的主题《简单事情夯实做》`. */
export function chineseTalkLine(line: string): { title: string; speakers: Speaker[] } | undefined {
  if (!/[\p{Script=Han}]/u.test(line)) return undefined;
  const clean = line.replace(/\s+/g, ' ').trim();
  // "《深入 nginx 源码》，主讲 Joshua Zhu，博客…": the title first, then its speaker
  const reversed =
    /^[《「"“]([^》」"”]{2,80})[》」"”]\s*[，,]?\s*(?:主讲人?|讲师|分享人?|演讲者?)[:：]?\s*([\p{Script=Han}]{2,4}|[\p{L}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*){0,2})/u.exec(
      clean,
    );
  if (reversed) return { title: reversed[1].trim(), speakers: [{ name: reversed[2].trim() }] };
  const m = CJK_TALK_LINE.exec(clean);
  if (!m) return undefined;
  const name = m[1].replace(/^@/, '');
  const speakers: Speaker[] =
    /^[\p{Script=Han}]{2,4}$/u.test(name) || isPersonName(name, true) ? [{ name }] : [];
  return { title: m[2].trim(), speakers };
}

/** Speakers named inside a talk title, with the title left: `Title - Name, Co`, `Title (Name)`, `Title — by Name`, `Name: Title`. */
export function splitTitleSpeakers(title: string): { title: string; speakers: Speaker[] } {
  const none = { title, speakers: [] };
  // "卢云飞(金山网络) 一点感悟~移动互联网产品需求分析": a name and its company, then the title
  const nameFirst = /^([\p{Script=Han}]{2,4})\s*[(（]([^)）]{1,30})[)）]\s*(.{3,})$/u.exec(title);
  if (nameFirst)
    return {
      title: nameFirst[3].trim(),
      speakers: [{ name: nameFirst[1], affiliation: nameFirst[2].trim() }],
    };
  const cjk = chineseTalkLine(title);
  if (cjk && cjk.speakers.length > 0) return cjk;
  // "Topic <@handle>", "Topic (@a, @b)": chat-style handles at the end
  const handles = /^(.{3,}?)\s*[<(]((?:\s*@[\w.-]{1,30}\s*,?)+)[>)]\s*$/u.exec(title);
  if (handles) {
    const speakers = handles[2]
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((h) => ({ name: h, handle: h }));
    return { title: handles[1].trim(), speakers };
  }
  // "Title — by Name", "Title by Name"
  const by = /^(.{3,}?)\s*[-–—,:|]?\s+(?:by|par|von|de)\s+(.+)$/iu.exec(title);
  if (by) {
    const people = parsePeople(by[2], false);
    // "Title - Kendall Miller, ReactiveOps by @blatanterror": the handle is the named speaker's
    if (people.length === 1 && people[0].name === people[0].handle) {
      const named = splitTitleSpeakers(by[1].trim());
      if (named.speakers.length === 1 && !named.speakers[0].handle)
        return {
          title: named.title,
          speakers: [{ ...named.speakers[0], handle: people[0].handle }],
        };
    }
    if (people.length > 0) return { title: by[1].trim(), speakers: people };
  }
  // "Title (Name)" or "Title (Name, Name)"; durations and notes in brackets are not people
  const paren = /^(.{3,}?)\s*[(（]([^()（）]+)[)）]\s*(?:\[[^\]]*\])?\s*$/u.exec(title);
  if (paren) {
    const people = parsePeople(paren[2], false);
    if (people.length > 0) return { title: paren[1].trim(), speakers: people };
  }
  // "Title - Name, Company" / "Title — Name"
  const dash = /^(.{3,}?)\s+[-–—|]\s+([^-–—|]+?)\s*$/u.exec(title);
  if (dash) {
    const people = parsePeople(dash[2], false);
    if (people.length > 0) return { title: dash[1].trim(), speakers: people };
  }
  // "Adnan Abdulhussein, Stacksmith lead at Bitnami, did a demo of Stacksmith" (minutes)
  const agent =
    /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s*([^,]{2,60}),)?\s+(?:gave|did|presented|showed|demoed|demonstrated|walked (?:us )?through|talked about|spoke about|introduced)\s+(?:us\s+)?(?:(?:a|an|the)\s+)?(?:(?:quick|short|brief)\s+)?(?:demo|overview|talk|presentation|update|introduction|intro|walkthrough)?\s*(?:of|on|about|for)?\s*(.{3,})$/u.exec(
      title,
    );
  if (agent && isPersonName(agent[1])) {
    const speaker: Speaker = { name: agent[1] };
    if (agent[2]) speaker.affiliation = agent[2].trim();
    return { title: agent[3].trim().replace(/[.;]$/, ''), speakers: [speaker] };
  }
  // "Name: Title" / "Name - Title" (minutes and meetup agendas)
  const lead = /^([^:：\-–—]{3,60}?)\s*(?:[:：]|\s[-–—]\s)\s*(.{3,})$/u.exec(title);
  if (lead) {
    const people = parsePeople(lead[1], false);
    if (people.length > 0) return { title: lead[2].trim(), speakers: people };
  }
  return none;
}
