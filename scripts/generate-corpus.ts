/**
 * Writes a large corpus of realistic shape, deterministically, for tests and benchmarks at scale:
 * dated conferences of several talks, numbered podcast episodes without dates in one folder,
 * meeting minutes named by date, single blog posts, tags, a few languages, and one title with no
 * break opportunity at all. `npx tsx scripts/generate-corpus.ts OUT [COUNT]` (default 3,000).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './seeded-random';

const WORDS =
  'kubernetes service mesh observability tracing latency cluster scheduler storage network policy security supply chain signature pipeline deploy rollout canary database replication cache queue stream kafka operator controller gateway ingress proxy envoy metrics logging alerting incident postmortem testing rust golang python java typescript compiler runtime memory garbage collection profiling performance scaling sharding consensus raft edge wasm serverless functions platform developer experience documentation community governance release'.split(
    ' ',
  );
const NAMES =
  'Ada Lovelace|Grace Hopper|Linus Torvalds|Margaret Hamilton|Ken Thompson|Barbara Liskov|Guido van Rossum|Anders Hejlsberg|Kelsey Hightower|Jessie Frazelle|Tim Hockin|Liz Rice|Brendan Burns|Sarah Novotny|Joe Beda|Katie Gamanji'.split(
    '|',
  );
const TAGS =
  'kubernetes,go,rust,security,observability,devops,cloud,databases,frontend,ml,community,networking'.split(
    ',',
  );

/** Writes `count` documents under `out` (emptied first); returns the number written. */
export function generateCorpus(out: string, count = 3000, seed = 42): number {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const title = (n: number) => {
    const text = words(n);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const paragraph = () => `${title(8 + Math.floor(rand() * 20))}.`;
  const date = (i: number) => {
    const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(rand() * 14 * 365) * 86_400_000);
    return i >= 0 ? day.toISOString().slice(0, 10) : '';
  };
  const tags = () => [...new Set([pick(TAGS), pick(TAGS)])];
  const front = (fields: Record<string, string | string[]>) =>
    `---\n${Object.entries(fields)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : JSON.stringify(v)}`)
      .join('\n')}\n---\n\n`;

  rmSync(out, { recursive: true, force: true });
  for (const folder of ['conferences', 'podcasts/founders-talk', 'minutes/wg-storage', 'blog'])
    mkdirSync(path.join(out, folder), { recursive: true });

  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    let file: string;
    let text: string;
    if (kind < 3) {
      // a conference of several talks, dated
      const talks = 3 + Math.floor(rand() * 6);
      file = `conferences/conf-${i}.md`;
      text = front({ title: `${title(2)} Conf ${2012 + (i % 14)}`, date: date(i), tags: tags() });
      for (let t = 0; t < talks; t++) {
        text += `## ${title(3 + Math.floor(rand() * 5))}\n\nSpeaker: ${pick(NAMES)}\n\n`;
        for (let p = 0; p < 2 + Math.floor(rand() * 8); p++) text += `${paragraph()}\n\n`;
      }
    } else if (kind < 5) {
      // numbered podcast episodes without a date, all in one folder
      const episode = Math.floor(i / 10) * 2 + (kind - 3) + 1;
      file = `podcasts/founders-talk/episode-${episode}.md`;
      text = front({ title: `Founders Talk ${episode}`, tags: tags() });
      text += `Guest: ${pick(NAMES)}\n\n${paragraph()}\n\n${paragraph()}\n`;
    } else if (kind < 7) {
      // minutes named by their date
      const day = date(i);
      file = `minutes/wg-storage/${day}-${i}.md`;
      text = `# Storage WG ${day}\n\n## Attendees\n\n- ${pick(NAMES)}\n- ${pick(NAMES)}\n\n`;
      for (let t = 0; t < 3; t++)
        text += `## ${title(3)}\n\n- ${paragraph()}\n- ${paragraph()}\n\n`;
    } else {
      // a single blog post
      file = `blog/post-${i}.md`;
      text = front({ title: title(4 + Math.floor(rand() * 6)), date: date(i), tags: tags() });
      for (let p = 0; p < 4 + Math.floor(rand() * 30); p++) {
        text += p % 7 === 3 ? `## ${title(3)}\n\n` : `${paragraph()}\n\n`;
      }
    }
    if (i === 7) {
      // one title with no break opportunity, as scraped notes sometimes have
      text = text.replace(/title: "[^"]*"/, `title: "${'Supercalifragilistic'.repeat(8)}"`);
    }
    writeFileSync(path.join(out, file), text);
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2]) {
  const count = generateCorpus(path.resolve(process.argv[2]), Number(process.argv[3] ?? 3000));
  console.log(`wrote ${count} documents to ${process.argv[2]}`);
}
