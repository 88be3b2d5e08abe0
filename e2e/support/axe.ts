/** The accessibility check the specs share: axe's WCAG 2.1 A/AA and best-practice rules. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The serious or critical violations on the settled page, as `label: rule (targets)` lines. */
export async function severeViolations(page: Page, label: string): Promise<string[]> {
  // Check the settled page: mid-animation (a notice rising in) colours are half transparent.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
