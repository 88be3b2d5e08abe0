/**
 * `npx tsx scripts/make-icons.ts`: rasterises public/icons/icon.svg into the PNG icons the manifest
 * and iOS need (192 and 512 "any", 192 and 512 maskable with the art inside the safe-zone circle,
 * 180 apple-touch-icon) and, when a build exists in dist/, takes the install-sheet screenshots
 * (narrow and wide) from it. Renders with Debian's Chromium through Playwright.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { probeLongTalks, readBuiltCorpus } from '../e2e/support/built-corpus';
import { startStaticServer } from './static-server';

const ICONS = path.resolve('public/icons');
const SCREENSHOTS = path.resolve('public/screenshots');
const THEME = '#1f3a5f';

/** Returns the icon drawn inside a full-bleed square at `scale` (maskable and Apple icons are cropped by the OS). */
function fullBleed(svg: string, scale: number): string {
  const inner = svg.replace(/<\?xml[^>]*>/, '').replace(/role="img" aria-labelledby="t"/, '');
  const offset = (512 * (1 - scale)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${THEME}"/>
  <svg x="${offset}" y="${offset}" width="${512 * scale}" height="${512 * scale}" viewBox="0 0 512 512">${inner.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</svg>
</svg>`;
}

async function rasterise(browser: Browser, svg: string, size: number, file: string) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: path.join(ICONS, file), omitBackground: true });
  await page.close();
  console.log(`icons/${file} ${size}×${size}`);
}

async function screenshots(browser: Browser) {
  if (!existsSync('dist/index.html')) {
    console.log('No dist/ build: screenshots skipped (run `npm run build` first).');
    return;
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const server = await startStaticServer('dist');
  const [talk] = probeLongTalks(readBuiltCorpus('dist'));
  const shots = [
    { file: 'narrow.png', width: 540, height: 960, mobile: true, path: talk?.path ?? '/' },
    { file: 'wide.png', width: 1280, height: 800, mobile: false, path: '/' },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      isMobile: shot.mobile,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${shot.path}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, shot.file) });
    await context.close();
    console.log(`screenshots/${shot.file} ${shot.width}×${shot.height}`);
  }
  await server.close();
}

const svg = await readFile(path.join(ICONS, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  await rasterise(browser, svg, 192, 'icon-192.png');
  await rasterise(browser, svg, 512, 'icon-512.png');
  await rasterise(browser, fullBleed(svg, 0.74), 192, 'maskable-192.png');
  await rasterise(browser, fullBleed(svg, 0.74), 512, 'maskable-512.png');
  await rasterise(browser, fullBleed(svg, 0.88), 180, 'apple-touch-icon.png');
  if (!process.argv.includes('--icons-only')) await screenshots(browser);
} finally {
  await browser.close();
}
