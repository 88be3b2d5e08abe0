/** Lighthouse's four category scores (mobile settings) for pages of a build, on Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startStaticServer } from '../static-server';

/** Scores 0–100 per category for each path, e.g. `{ '/': { performance: 98, … } }`. */
export async function lighthouseScores(distDir: string, paths: string[]) {
  const server = await startStaticServer(distDir);
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const pagePath of paths) {
      const result = await lighthouse(`${server.url}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      results[pagePath] = Object.fromEntries(
        Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
      );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return results;
}
