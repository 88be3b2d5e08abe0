import { describe, expect, it } from 'vitest';
import { textReaders } from '../../../src/build/readers/index-text';
import { listingPageReader } from '../../../src/build/readers/listing-page';
import { conferencePostReader } from '../../../src/build/readers/conference-post';
import { slideDeckReader } from '../../../src/build/readers/slide-deck';
import { plainTextReader } from '../../../src/build/readers/plain-text';
import { blocksText } from '../../../src/shared/blocks-text';
import type { Block } from '../../../src/shared/types';
import { allCorpusFiles, corpusFile } from '../read-corpus-file';

const best = (prefix: string) => {
  const file = corpusFile(prefix);
  return [...textReaders].sort((a, b) => b.detect(file) - a.detect(file))[0].name;
};

describe('text readers detect only their own documents', () => {
  it('each default document goes to its reader; markdown ones to none above the fallback', () => {
    expect(best('001')).toBe('listing-page');
    expect(best('002')).toBe('conference-post');
    expect(best('003')).toBe('slide-deck');
    for (const prefix of ['000', '004']) {
      const file = corpusFile(prefix);
      for (const reader of textReaders)
        expect(reader.detect(file), reader.name).toBeLessThanOrEqual(0.05);
    }
  });

  it('claim no other default document', () => {
    const owner: Record<string, string> = {
      '001': 'listing-page',
      '002': 'conference-post',
      '003': 'slide-deck',
    };
    for (const file of allCorpusFiles()) {
      for (const reader of [listingPageReader, conferencePostReader, slideDeckReader]) {
        if (owner[file.path.slice(0, 3)] !== reader.name)
          expect(reader.detect(file), `${reader.name} ${file.path}`).toBe(0);
      }
    }
  });
});

describe('slide-deck detection', () => {
  it('counts lines holding only a dash (spaces, tabs, CRLF allowed), not dashes inside lines', () => {
    const deck = (lines: string[]) => ({ path: 'd.txt', text: lines.join('\r\n') });
    expect(slideDeckReader.detect(deck(['Deck', 'By Ann Lee', '-', '\t- ', 'a - b', '  -']))).toBe(
      0.5,
    );
    expect(slideDeckReader.detect(deck(['Deck', 'By Ann Lee', '-', '\t- ', 'a - b', ' --']))).toBe(
      0,
    );
    expect(slideDeckReader.detect(deck(['Deck', 'By Ann Lee', '-', 'Intro Cont’', 'a - b']))).toBe(
      0.6,
    );
  });
});

const lists = (blocks: Block[]): Block[] =>
  blocks.flatMap((b) => (b.kind === 'list' ? [b, ...b.items.flatMap(lists)] : []));

describe('listing-page reader on corpus/001', () => {
  const doc = listingPageReader.read(corpusFile('001'));
  const titles = doc.talks.map((t) => t.title);

  it('makes one talk per excerpt, glued excerpts split apart, in order', () => {
    expect(titles).toHaveLength(11);
    expect(titles[0]).toBe('Kubernetes network policy');
    expect(titles[1]).toMatch(/^The main idea of the paper/);
    expect(titles[2]).toMatch(/^Our current approach is to build natively multihomed systems/);
    expect(titles[3]).toBe('Docker annonced Docker Datacenter (DDC)');
    expect(titles[4]).toBe('Alpine Linux');
    expect(titles[5]).toBe('终于等到了Docker for Mac');
    expect(titles[6]).toMatch(/^Google的Fergus Henderson在Software Engineering at Google/);
    expect(titles[7]).toMatch(/^2月28日，?,?AWS工程师/u);
    expect(titles[8]).toMatch(/Giblab/);
    expect(titles[9]).toMatch(/^Kubernetes从1\.5开始.*kops/);
    expect(titles[10]).toMatch(/^LinuxKit是Docker最新发布的/);
  });

  it('cuts long titles cleanly to about 80 characters', () => {
    for (const title of titles) {
      expect(title.length).toBeLessThanOrEqual(81);
      expect(title).not.toMatch(/[,，]$/u);
    }
    expect(titles[1].endsWith('…')).toBe(true);
    expect(titles[1]).not.toMatch(/\s…$/);
  });

  it('removes the ➦ marks and the ... before them; keeps the excerpt text', () => {
    const all = doc.talks.map((t) => blocksText(t.blocks)).join('\n');
    expect(all).not.toContain('➦');
    expect(all).not.toMatch(/^\.\.\./m);
    expect(blocksText(doc.talks[6].blocks)).not.toContain('docker.sock');
    expect(blocksText(doc.talks[5].blocks)).toContain('/var/run/docker.sock,这样客户端');
    expect(blocksText(doc.talks[0].blocks)).toContain('Network Policy Proposal');
  });

  it('links bare URLs and names the event', () => {
    expect(JSON.stringify(doc.talks[10].blocks)).toContain(
      '"href":"https://github.com/linuxkit/linuxkit"',
    );
    expect(doc).toMatchObject({ kind: 'blog', title: 'Blog excerpts: Kubernetes network policy' });
  });
});

describe('conference-post reader on corpus/002', () => {
  const doc = conferencePostReader.read(corpusFile('002'));

  it('reads date, title, tags and the intro as description', () => {
    expect(doc).toMatchObject({ title: 'DotScale 2018', date: '2018-06-01', kind: 'conference' });
    expect(doc.tags).toEqual(['conference', 'dotscale', 'Paris', 'people']);
    const intro = blocksText(doc.description);
    expect(intro).toMatch(/^Once again the DotConferences team/);
    expect(intro).toContain('videos should be made available');
    expect(intro).not.toMatch(/Istio|^Talks$/m);
  });

  it('makes one talk per section with speakers, handles and affiliations', () => {
    const talks = doc.talks.map((t) => [
      t.title,
      ...t.speakers.map((s) => [s.name, s.handle, s.affiliation].join('|')),
    ]);
    expect(talks).toEqual([
      ['Istio, We have a problem!', 'David Gageot|@dgageot|'],
      ['Data Cartography: scaling the data landscape', 'Preeti Vaidya||'],
      ['Distributions and package mngt in the containers era', 'Lucas Nussbaum|@lucasnussbaum|'],
      ['Monitoring infra at scale', 'Damien Tournoud|@DamZ|CTO at Platform.sh'],
      ['Nano-node', 'Enrico Signoriti||'],
      ['Serverless, revealed', 'Daniel Maher||datadog'],
      ['Three heretical ideas', 'Mick reenman||'],
      ['Git as a continuous manager', 'Matthias Dugué||'],
      ['Observability tips for HAproxy', 'Willy Tarreau|@WillyTarreau|'],
      ['How to demonstrate our architecture are ready?', 'Julio Faerman|@julioaws|'],
      ['Data-pipeline @Activision', 'Yaroslav Tkachenko|@sap1ens|'],
      ['Just Right Consistency', 'Marc Shapiro||Inria'],
      ['Kubernetes 101', 'Bridget Kromhout|@bridgetkromhout|'],
      ['At Scale everything is Hard', 'Paul Dix|@pauldix|'],
      ['Infrastructure Data', 'Jeremy Edberg|@jedberg|'],
    ]);
  });

  it('turns short title-like lines into headings and drops the back-to-list lines', () => {
    const istio = doc.talks[0].blocks;
    const headings = istio.filter((b) => b.kind === 'heading').map((b) => blocksText([b]));
    expect(headings).toEqual(expect.arrayContaining(['The Setup', 'Sum up', 'Q/A']));
    expect(blocksText(istio)).toContain('¯\\_(ツ)_/¯');
    const all = doc.talks.map((t) => blocksText(t.blocks)).join('\n');
    expect(all).not.toMatch(/Back to the list of talks/);
    expect(all).not.toContain('Lightning ☇\n');
    expect(JSON.stringify(doc.talks[13].blocks)).toContain(
      '"href":"https://twitter.com/SebastienElet/status/1002576816442363905"',
    );
  });
});

describe('slide-deck reader on corpus/003', () => {
  const doc = slideDeckReader.read(corpusFile('003'));

  it('reads title, author and one talk per talk slide, Cont’ slides merged', () => {
    expect(doc).toMatchObject({
      title: 'KubeCon 2019 Follow-up',
      author: 'Corey Gale',
      kind: 'conference',
    });
    expect(doc.talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(', ')])).toEqual([
      ['Random Keynote Notes', ''],
      ['CNCF Project Updates', ''],
      ['Low Latency Multi-cluster Networking with Kubernetes', 'Lyft'],
      ['Cortex 101: Horizontally Scalable Long Term Storage for Prometheus', 'Splunk'],
      ['Towards Continuous Computer Vision Model Improvement with Kubeflow', 'Snap Inc.'],
      ['Scaling Kubernetes to Thousands of Nodes Across Multiple Clusters, Calmly', 'AirBnB'],
      ['GitOps User Stories', 'Weaveworks, Intuit, Palo Alto Networks'],
      ['Helm 3 Deep Dive', 'Microsoft, IBM'],
      ['Kubernetes at Reddit: Tales from Production', 'Reddit'],
      ['Other Talks I Attended', ''],
      ['My Raw Notes', ''],
    ]);
    const cncf = blocksText(doc.talks[1].blocks);
    for (const project of ['Vitess', 'Jaeger', 'Open Policy Agent', 'Etcd', 'NATS'])
      expect(cncf).toContain(project);
    expect(blocksText(doc.talks[0].blocks)).toContain('Ephemeral containers');
  });

  it('leaves no dash-only items, no talk-link lines and no deck chrome', () => {
    const all = doc.talks.map((t) => blocksText(t.blocks)).join('\n');
    expect(all.split('\n').filter((line) => /^\s*-?\s*$/.test(line))).toEqual([]);
    expect(all).not.toMatch(/\(talk link\)|Cont'|^841$|^- 841|By Corey Gale|Questions\?/m);
    expect(all).not.toMatch(/^KubeCon 2019$/m);
  });

  it('rebuilds nesting from the lone dashes: a group nests under its first item', () => {
    const keynote = doc.talks[0].blocks;
    const nested = lists(keynote).slice(1);
    expect(nested.length).toBeGreaterThanOrEqual(2);
    const k8s =
      lists(keynote)[0].kind === 'list'
        ? (lists(keynote)[0] as Extract<Block, { kind: 'list' }>).items
        : [];
    const item = k8s.find((blocks) => blocksText(blocks.slice(0, 1)) === 'K8s v1.16');
    expect(item && blocksText(item.slice(1))).toContain('CRDs reach GA');
  });
});

describe('plain-text reader', () => {
  it('is the weak fallback for anything with text', () => {
    expect(plainTextReader.detect({ path: 'a.txt', text: 'hello' })).toBe(0.05);
    expect(plainTextReader.detect({ path: 'a.txt', text: '  \n' })).toBe(0);
  });

  it('reads title, paragraphs, bullet lists and links', () => {
    const text =
      'Meetup notes\n\nWe met at https://example.org/venue.\nIt was fun.\n\n- first point\n- second point\n\n1. one\n2. two\n';
    const doc = plainTextReader.read({ path: 'notes/meetup.txt', text });
    expect(doc.title).toBe('Meetup notes');
    expect(doc.talks).toHaveLength(1);
    expect(doc.talks[0].blocks).toEqual([
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'We met at ' },
          {
            kind: 'link',
            href: 'https://example.org/venue',
            children: [{ kind: 'text', text: 'https://example.org/venue' }],
          },
          { kind: 'text', text: '. It was fun.' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        items: [
          [{ kind: 'paragraph', content: [{ kind: 'text', text: 'first point' }] }],
          [{ kind: 'paragraph', content: [{ kind: 'text', text: 'second point' }] }],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [
          [{ kind: 'paragraph', content: [{ kind: 'text', text: 'one' }] }],
          [{ kind: 'paragraph', content: [{ kind: 'text', text: 'two' }] }],
        ],
      },
    ]);
  });

  it('cuts a title from a long first sentence when there is no short first line', () => {
    const long =
      'This is a rather long opening sentence of some notes that goes on and on about many things we talked about. More.';
    const doc = plainTextReader.read({ path: 'x.txt', text: long });
    expect(doc.title.length).toBeLessThanOrEqual(81);
    expect(doc.title.endsWith('…')).toBe(true);
  });
});
