/**
 * The library at scale for `npm run bench`, in headless Chromium at 4× CPU throttling against a
 * production build: the home page's time until the app is ready and its last long task ends
 * (a time-to-interactive), its total blocking time and longest task, the DOM size of the home
 * and a talk, and the time from each keystroke to its results painted on the search page.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startStaticServer } from '../static-server';
import { median, percentile } from './stats';

const THROTTLE = 4;

// Runs before the app: long tasks, and keystroke → results painted (the search page marks which
// query its results answer with data-results-for).
const INSTRUMENT = () => {
  const w = window as unknown as Record<string, unknown>;
  const tasks: Array<{ start: number; duration: number }> = [];
  const paints: number[] = [];
  w.__tasks = tasks;
  w.__paints = paints;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // When each text was typed (the input event), and when results for that text were painted.
  const typedAt = new Map<string, number>();
  addEventListener(
    'input',
    (event) => {
      const value = (event.target as HTMLInputElement).value;
      if (value) typedAt.set(value, performance.now()); // clearing the field is not a keystroke
    },
    true,
  );
  new MutationObserver(() => {
    const shown = document.querySelector('[data-results-for]')?.getAttribute('data-results-for');
    const at = shown === null || shown === undefined ? undefined : typedAt.get(shown);
    if (at === undefined) return;
    // Results for a later text answer the keystrokes before it too (a search skipped for a
    // newer one is answered when the newer one is painted): none is left out of the figures.
    const answered: number[] = [];
    for (const [text, from] of typedAt) {
      if (from > at) continue;
      answered.push(from);
      typedAt.delete(text);
    }
    requestAnimationFrame(() =>
      setTimeout(() => {
        const now = performance.now();
        for (const from of answered) paints.push(now - from);
      }, 0),
    );
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-results-for'] });
};

async function throttled(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

/** The figures for one build: medians over `runs` home loads, and every keystroke of `queries`. */
export async function benchLibrary(distDir: string, talkPath: string, queries: string[], runs = 3) {
  const server = await startStaticServer(distDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    // A returning reader with the library saved offline (asked for, when it is too big to be
    // saved by itself), the worker in control.
    await page.goto(`${server.url}/about/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 120_000,
    });
    const status = page.locator('.offline-status:not([data-phase="unknown"])');
    await status.waitFor();
    if ((await status.getAttribute('data-phase')) === 'none') {
      await page.getByRole('button', { name: /Make available offline/ }).click();
    }
    await page.locator('.offline-status[data-phase="complete"]').waitFor({ timeout: 600_000 });
    await throttled(page);

    const ready: number[] = [];
    const interactive: number[] = [];
    const blocking: number[] = [];
    const longest: number[] = [];
    let homeNodes = 0;
    for (let run = 0; run < runs; run++) {
      await page.goto(`${server.url}/`);
      await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
      const readyAt = await page.evaluate(() => performance.now());
      await page.waitForTimeout(3000); // quiet time after the last task
      const tasks = (await page.evaluate(
        () => (window as never as { __tasks: [] }).__tasks,
      )) as Array<{
        start: number;
        duration: number;
      }>;
      const lastEnd = Math.max(0, ...tasks.map((t) => t.start + t.duration));
      ready.push(readyAt);
      interactive.push(Math.max(readyAt, lastEnd));
      blocking.push(tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0));
      longest.push(Math.max(0, ...tasks.map((t) => t.duration)));
      homeNodes = await page.evaluate(() => document.querySelectorAll('*').length);
    }
    await page.goto(`${server.url}${talkPath}`);
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    const talkNodes = await page.evaluate(() => document.querySelectorAll('*').length);

    // Keystroke to painted results, each query typed into the header's field from the search page.
    await page.goto(`${server.url}/search/`);
    await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
    const field = page.locator('input[data-shortcut="search"]');
    for (const query of queries) {
      await field.fill('');
      await field.click();
      for (const key of query) {
        await page.keyboard.type(key);
        await page.waitForTimeout(120); // a quick typist
      }
    }
    await page.waitForTimeout(1000);
    const paints = (await page.evaluate(
      () => (window as never as { __paints: number[] }).__paints,
    )) as number[];
    let searchNodes = await page.evaluate(() => document.querySelectorAll('*').length);
    searchNodes = Math.max(searchNodes, 0);
    return {
      'home ready ms': Math.round(median(ready)),
      'home interactive ms': Math.round(median(interactive)),
      'home TBT ms': Math.round(median(blocking)),
      'longest task ms': Math.round(median(longest)),
      'DOM home': homeNodes,
      'DOM talk': talkNodes,
      'DOM search': searchNodes,
      'keystrokes painted': `${paints.length} of ${queries.join('').length}`,
      'key→paint median ms': Math.round(median(paints)),
      'key→paint p95 ms': Math.round(percentile(paints, 95)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
