/**
 * The words segmentation reads headings and titles by, in the languages real notes come in
 * (English, Russian, French, German, Spanish, Chinese, Japanese). Each pattern tests a whole
 * heading's text (already without numbering), case-insensitively.
 */

const HEADING_START = String.raw`^[\s\p{P}\p{S}\d]*`;

function heading(words: string): RegExp {
  return new RegExp(
    `${HEADING_START}(?:(?:the|les|le|la|l'|die|der|das|los|las|el|our|nos|vos|unsere)\\s*)?(?:${words})[\\s\\p{P}\\p{S}\\d]*(?:[(（\\[][^)）\\]]*[)）\\]][\\s\\p{P}]*)?$`,
    'iu',
  );
}

/** Sections that are not talks: sponsors, picks, credits, attendees, logistics, contact, links. */
export const CHROME_HEADING = heading(
  [
    String.raw`.{0,40}\b(?:sponsors?|sponsored by|show sponsors?)\b.{0,40}`,
    String.raw`sick picks?|shameless plugs?|picks?|plugs?|(?:outils?|tools?|picks?) (?:de l'épisode|de la semaine|of the (?:week|episode|show))|(?:vos )?retours|feedback|listener (?:mail|questions|feedback)|courrier des auditeurs|(?:présentation de l'équipe|meet the team|the team|l'équipe)|(?:direct )?downloads?(?: direct)?|outils? de l’épisode|conférences|conferences|upcoming (?:events|conferences)|events|événements|agenda des conférences|jugs?`,
    String.raw`credits?|contributing to .{1,40}|support (?:the|this) (?:show|podcast)`,
    String.raw`guests?|(?:core )?team(?: members)?|members|hosts?|panel(?:ists)?|attendees?|attendance|participants|present|roll call|asistentes|asistencia|presentes|anwesend(?:e)?|teilnehmer(?:innen)?|участники|出席者|参会人员|参加者`,
    String.raw`logistics|registration|where and when|when and where|location|dial[- ]in|video ?call|zoom|schedule constraints|next meeting|call for .{0,20}`,
    String.raw`(?:useful |related |other |more )?links?|(?:useful )?resources|references|liens|ссылки|links? (?:and|&) resources`,
    String.raw`.{0,30}\b(?:socials|social (?:media|links|networks?))\b.{0,30}|social|(?:hit|follow|find|reach|contact) (?:us|me)\b.{0,30}|(?:nous )?contact(?:er)?(?: us)?|tweet us.{0,40}|subscribe|about (?:the|this) (?:show|podcast)|hosts?|animateurs?|ведущие`,
    String.raw`(?:conference|event|meetup|meeting|general) (?:details|info(?:rmation)?|logistics)|details|practical information|infos? pratiques|venue|tickets?|coc|code of conduct`,
    String.raw`(?:episode )?theme|テーマ|about (?:this|the) episode|episode description`,
    String.raw`feeds?|live ?streams?|streams?|recordings?|videos?|photos?|pictures|gallery|where\??|when\??|¿?dónde\??|¿?cuándo\??|wo\??|wann\??|où\??|quand\??|где\??|когда\??`,
    String.raw`(?:如何|在线)?报名(?:方式|须知)?|(?:本期)?活动(?:地点|时间|信息)|时间(?:和|与)?地点|地点|时间|交通(?:指南)?|费用|主办方?|协办方?|赞助(?:商|和礼品)?|联系(?:我们|方式)?|参考(?:资料|链接)?|需要你的帮助|关于我们|会场|场地|開催概要|会場|参加方法|申し込み|お問い合わせ`,
    String.raw`books?|reading list|free software friday|(?:presenters?|speakers?|topic|date(?: ?(?:&|and) ?time)?|time|moderators?|room|track|location)\s*[:：].{0,80}`,
    String.raw`table of contents|contents|toc|目次|目录|содержание|sommaire|inhalt`,
    String.raw`opening(?:,? welcome)?(?: and roll ?call)?|welcome and roll ?call|closure|closing|adjourn(?:ment|ed)?|introductions?(?: of attendees)?|find volunteers for note ?taking|note ?takers?|volunteers? for note ?taking|adoption of the agenda|approval of (?:the )?minutes.{0,40}`,
    String.raw`(?:dates?|locations?|dates? and locations?) (?:of|for) (?:future|upcoming|next) meetings?|agenda items for future meetings|future agenda items|action items|actions?|todos?|open action items|previously|previous (?:action items|meeting)|last (?:week|meeting)|follow-?ups?(?: from last (?:week|meeting))?`,
    String.raw`темы (?:наших )?слушателей|аудио|audio|download|télécharger`,
  ].join('|'),
);

/** Headings that group talks: days, tracks, sessions, rooms, dates. */
export const GROUP_HEADING = heading(
  [
    String.raw`(?:day|jour|tag|día|dia|день|第.{1,3}天)\s*\d*.{0,40}`,
    String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b.{0,40}`,
    String.raw`(?:track|session|room|hall|stage|slot|morning|afternoon|evening)\s*[\w\d]{0,4}.{0,50}`,
    String.raw`(?:morning|afternoon|evening|plenary|breakout|parallel) (?:session|track|talks?)s?.{0,30}`,
  ].join('|'),
);

/** Headings that hold the talks below them: show notes, minutes, topics, talks, news, agenda. */
export const CONTAINER_HEADING = heading(
  [
    String.raw`follow-?ups? (?:from|on) .{1,40}|(?:the )?show ?notes?|notes?|meeting notes|discussion notes|meeting minutes|minutes|discussion items|discussion|discussions|proposals and discussions|notes from the meeting`,
    String.raw`topics?|(?:the )?talks|lightning ?talks?|presentations|sessions|keynotes|workshops|ateliers|tutorials|panels|agenda|agenda items|program(?:me)?|schedule|timestamps?(?: (?:&|and) .{0,40})?|timeline|chapters|episode notes`,
    String.raw`news|nouvelles|actualités|новости|темы|темы выпуска|доклады|выступления|протокол|temario|charlas|(?:otros )?temas(?: previos| nuevos| charlados| tratados)?|themen|vorträge|lightningtalks|tagesordnung`,
    String.raw`议程|议题|主题|本期主题|本期话题|主题和讲师|主题与讲师|讲师和主题|主题分享|分享主题|活动流程|活动安排|日程安排|演讲|分享|内容|日程|ショーノート|トピック|アジェンダ|発表`,
  ].join('|'),
);

/** Containers whose own list is the talks even outside podcasts: topics, agenda, show notes, talks. */
export const TOPIC_LIST_HEADING = heading(
  String.raw`шоу ?нотес|шоу-нотес|шоуноты|заметки к выпуску|(?:the )?show ?notes?|topics?|(?:the )?talks|lightn?ing ?talks?|presentations|agenda|agenda items|program(?:me)?|schedule|temario|charlas|temas|themen|vorträge|темы|темы выпуска|доклады|议程|议题|主题|ショーノート|トピック|アジェンダ`,
);

/** Headings of one article's parts: a document made of them is one talk. */
export const ARTICLE_HEADING = heading(
  [
    String.raw`introduction|intro|overview|background|motivation|summary|conclusions?|wrap[- ]?up|final thoughts|what(?:'|’)?s next|next steps|getting started|prerequisites|requirements|installation|install|setup|set ?up|usage|how (?:it|to|does).{0,40}|why .{0,40}|what is .{0,40}|the problem|the solution|solution|problem|results?|discussion and conclusion|acknowledg(?:e)?ments?|about the author|faq|q ?& ?a|questions|takeaways?|key takeaways|tl;?dr|example|examples|demo|limitations|future work|learn more|further reading|appendix`,
    String.raw`введение|заключение|итоги|выводы|вступление|概述|简介|介绍|背景|总结|小结|结论|前言|はじめに|まとめ|概要|einleitung|fazit|zusammenfassung|conclusión|introducción|résumé|conclusion`,
  ].join('|'),
);

/** The frame of notes around their talks (introduction, summary, questions, takeaways): description, not talks, when a document splits. */
export const FRAME_HEADING = heading(
  [
    String.raw`introduction|intro|overview|general|general notes|summary|conclusions?|wrap[- ]?up|final thoughts|closing thoughts|what(?:'|’)?s next|next steps|acknowledg(?:e)?ments?|about the author|further reading|learn more|q ?& ?a|(?:any )?questions|open questions|take ?aways?|key take ?aways|tl;?dr|misc(?:ellaneous)?|other|others|other notes|random notes`,
    String.raw`введение|заключение|итоги|выводы|вступление|разное|概述|简介|背景|总结|小结|结论|前言|其他|はじめに|まとめ|概要|その他|einleitung|fazit|zusammenfassung|sonstiges|conclusión|introducción|varios|résumé|conclusion|divers`,
  ].join('|'),
);

/** Words in a document's title, tags or path saying it records several talks, topics or meetings. */
export const MULTI_TALK_DOCUMENT =
  /(?:talks|meetup|conf|camp|fest|party)\b|#\d{1,4}\b|\b(?:keynotes|presentations|panels|workshops|notes?|recap|round-?up|minutes|meeting|meetings|meetup|summit|conf(?:erence)?|con\b|days?|episode|ep\d+|podcast|show|treffen|protokoll\w*|reuni[oó]n\w*|minutas?|charlas|rencontre|compte[- ]rendu|épisode|épisodes|session|sessions|hangout|sync|standup|call|workshop|lightning|talks|fm|radio|выпуск|подкаст|встреча|митап|конференция|заметки|протокол)\b|笔记|总结|回顾|纪要|会议|沙龙|分享会|技术沙龙|活动|大会|峰会|ノート|議事録|勉強会|カンファレンス|ポッドキャスト/iu;

/** Words saying a document is a podcast episode. */
export const PODCAST_DOCUMENT =
  /\b(?:podcast|episode|épisode|ep\s?\d+|show ?notes|radio|fm|выпуск|подкаст)\b|ポッドキャスト|播客/iu;

/** Words saying a document records a meetup or meeting. */
export const MEETUP_DOCUMENT =
  /\b(?:meetup|meeting|minutes|hangout|treffen|protokoll\w*|reuni[oó]n\w*|minutas?|встреча|митап|protokolle|sync|standup|call)\b|沙龙|聚会|会议|勉強会|議事録|techparty/iu;

/** Words saying a document records a conference. */
export const CONFERENCE_DOCUMENT =
  /\b(?:conf(?:erence)?|summit|kubecon|\w+conf|\w+con\s?\d{2,4}|days|symposium|congress|forum|festival|kaigi|camp|pycon|jsconf)\b|大会|峰会|カンファレンス|конференция/iu;
