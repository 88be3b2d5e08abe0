import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/data/corpus-loader';
import { resetCorpusState } from '../../src/data/corpus-state';
import { openHomeCatalogue } from '../../src/data/home-catalogue';
import { homeList, summarize } from '../../src/app/home/event-groups';
import { parseHomeParams } from '../../src/app/home/home-params';
import { corpusFiles, event, fakeFetch, talk } from './corpus-fixture';
import { freshDatabase } from './support/fixtures';
import type { CorpusManifest, HomeCatalogue } from '../../src/shared/types';

/** 1,500 events over eight years, every tenth undated: the catalogue needs several files. */
const EVENTS = Array.from({ length: 1500 }, (_, n) => {
  const id = `event-${n.toString().padStart(4, '0')}`;
  const date = n % 10 ? `20${18 + (n % 8)}-${String(1 + (n % 12)).padStart(2, '0')}-11` : undefined;
  return { ...event(id, date, [talk(id, 'a', 0)]), title: `Meetup number ${n}` };
});
type Corpus = ReturnType<typeof corpusFiles>;
const ORDER = homeList(EVENTS, parseHomeParams('/')).order.map(summarize);

async function open(
  options: { home?: boolean; damage?: boolean; edit?: (corpus: Corpus) => void } = {},
) {
  const corpus = corpusFiles('v1', EVENTS, [], { home: options.home ?? true });
  options.edit?.(corpus);
  if (options.damage) {
    // the second file of summaries (the head comes first)
    const second = (corpus.manifest.home?.files ?? [])[2];
    corpus.files.set(second, [{ title: 'no id' }]);
  }
  const requested: string[] = [];
  const fetch = fakeFetch(corpus.files, requested);
  await loadCorpus({ base: '/base/', manifestUrl: corpus.manifestUrl, version: 'v1', fetch });
  requested.length = 0;
  const catalogue = await openHomeCatalogue(40);
  return { catalogue, requested, corpus };
}

beforeEach(async () => {
  await freshDatabase();
  resetCorpusState();
});

describe('the home catalogue in the app', () => {
  it('opens with its head and the files of the first rows, and nothing else', async () => {
    const { catalogue, requested, corpus } = await open();
    expect(catalogue?.head.events).toBe(1500);
    expect(catalogue?.head.files.length).toBeGreaterThan(4);
    expect(requested).toEqual([
      `/base/${corpus.manifest.home?.catalogue}`,
      `/base/${catalogue?.head.files[0].url}`,
    ]);
    expect(Array.from({ length: 40 }, (_, n) => catalogue?.at(n))).toEqual(ORDER.slice(0, 40));
    expect(catalogue?.at(1499)).toBeUndefined();
  });

  it('loads the files of a range of rows, each once, and reads them in list order', async () => {
    const { catalogue, requested } = await open();
    requested.length = 0;
    expect(await catalogue?.load(700, 1000)).toBe(true);
    expect(await catalogue?.load(720, 900)).toBe(false);
    const files = catalogue?.head.files ?? [];
    const starts = files.map((_, i) => files.slice(0, i).reduce((sum, f) => sum + f.count, 0));
    const wanted = files.filter((_, i) => starts[i] + files[i].count > 700 && starts[i] < 1000);
    expect(requested).toEqual(wanted.map((file) => `/base/${file.url}`));
    expect(Array.from({ length: 300 }, (_, n) => catalogue?.at(700 + n))).toEqual(
      ORDER.slice(700, 1000),
    );
    await catalogue?.load(0, 1500);
    expect(Array.from({ length: 1500 }, (_, n) => catalogue?.at(n))).toEqual(ORDER);
  });

  it('rejects a damaged file, leaving its rows unknown rather than wrong', async () => {
    const { catalogue } = await open({ damage: true });
    const files = catalogue?.head.files ?? [];
    const second = files[0].count;
    await expect(catalogue?.load(second, second + 1)).rejects.toThrow(/Damaged catalogue/);
    expect(catalogue?.at(second)).toBeUndefined();
    expect(catalogue?.at(second - 1)).toEqual(ORDER[second - 1]);
  });

  it('is refused when its head does not cover its rows', async () => {
    const head = (corpus: Corpus) =>
      corpus.files.get(corpus.manifest.home?.catalogue ?? '') as HomeCatalogue;
    const short = await open({ edit: (corpus) => head(corpus).files.pop() });
    expect(short.catalogue).toBeUndefined();
    const jump = await open({
      edit: (corpus) => (head(corpus).jumps[0].row = 99_999),
    });
    expect(jump.catalogue).toBeUndefined();
  });

  it('is left out when the manifest misstates it', async () => {
    const sizes = await open({
      edit: (corpus) => {
        // a manifest is read once stored: this one says nothing of the catalogue's size
        delete (corpus.manifest.home as Partial<NonNullable<CorpusManifest['home']>>).gzip;
      },
    });
    expect(sizes.catalogue).toBeUndefined();
  });

  it('is undefined for a corpus without one (the home then lists events)', async () => {
    const { catalogue } = await open({ home: false });
    expect(catalogue).toBeUndefined();
  });
});
