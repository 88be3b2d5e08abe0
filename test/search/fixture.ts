// A small hand-made corpus in English, Russian and Chinese for search unit tests.
import type { Block, EventRecord, Language, Speaker, TalkRecord } from '../../src/shared/types';

const para = (text: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] });

function event(id: string, title: string, date: string, talkIds: string[]): EventRecord {
  return {
    id,
    title,
    date,
    tags: [],
    kind: 'conference',
    description: [],
    source: `${id}.md`,
    talkIds,
    languages: [],
  };
}

function talk(
  eventId: string,
  slug: string,
  index: number,
  title: string,
  language: Language,
  body: string[],
  speakers: Speaker[] = [],
): TalkRecord {
  return {
    id: `${eventId}/${slug}`,
    slug,
    eventId,
    index,
    title,
    speakers,
    language,
    readingMinutes: 1,
    links: [],
    blocks: body.map(para),
  };
}

/** Talks of the fixture corpus. */
export const fixtureTalks: TalkRecord[] = [
  talk(
    'devoxx-2019',
    'kubernetes-deployments',
    0,
    'Kubernetes deployments without tears',
    'en',
    [
      'Deploying applications to Kubernetes with rolling updates and readiness probes.',
      'We compare Helm charts, Kustomize and Skaffold for the inner loop.',
    ],
    [{ name: 'Matthias Dugué', handle: '@mdugue', affiliation: 'Platform.sh' }],
  ),
  talk(
    'devoxx-2019',
    'haproxy-internals',
    1,
    'Load balancing at scale',
    'en',
    ['HAProxy internals: the event loop, connection reuse and health checks.'],
    [{ name: 'Willy Tarreau', affiliation: 'HAProxy Technologies' }],
  ),
  talk(
    'devoxx-2019',
    'observability',
    2,
    'Observability with Prometheus',
    'en',
    [
      'Prometheus scrapes metrics; Grafana draws them. Alerting rules deserve tests.',
      'A short word on Kubernetes service discovery.',
    ],
    [{ name: 'Jérome Petazzoni' }],
  ),
  talk('devzen-2016', 'dropbox', 0, 'Dropbox уходит из амазона', 'ru', [
    'Мало деталей, рассуждения на тему почему большие компании уходят из облаков.',
    'Немного коснулись Rust.',
  ]),
  talk('devzen-2016', 'deploy-ru', 1, 'Развертывание сервисов', 'ru', [
    'Про развертывание приложений в облака и стоимость развертывания.',
  ]),
  talk('kubecon-2020', 'network-policy', 0, 'Kubernetes 网络策略', 'zh', [
    '网络策略控制 Pod 之间的流量。默认情况下所有流量都是允许的。',
  ]),
  talk('kubecon-2020', 'vitess', 1, 'CNCF project updates', 'en', [
    'Vitess scales MySQL horizontally; etcd and containerd graduate.',
  ]),
  talk('kubecon-2020', 'istio', 2, 'Istio service mesh in practice', 'en', [
    'Sidecars, mutual TLS and traffic shifting. Demo built with Skaffold and Kubernetes.',
  ]),
];

/** Events of the fixture corpus. */
export const fixtureEvents: EventRecord[] = [
  event(
    'devoxx-2019',
    'Devoxx France',
    '2019-04-17',
    fixtureTalks.filter((t) => t.eventId === 'devoxx-2019').map((t) => t.id),
  ),
  event(
    'devzen-2016',
    'DevZen episode 84',
    '2016-03-09',
    fixtureTalks.filter((t) => t.eventId === 'devzen-2016').map((t) => t.id),
  ),
  event(
    'kubecon-2020',
    'KubeCon China',
    '2020-07-30',
    fixtureTalks.filter((t) => t.eventId === 'kubecon-2020').map((t) => t.id),
  ),
];

/** Queries of every kind over the fixture (several words, a prefix, Russian, Chinese, a typo, a word being typed). */
export const FIXTURE_QUERIES = [
  'kubernetes skaffold',
  'kube',
  'облака rust',
  '网络策略',
  'prometeus',
  'service mesh te',
];
