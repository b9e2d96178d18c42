import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA: the project's floor. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every WCAG 2.2 AA violation axe finds on the page, or within `include`, leaving out
 * `exclude`, as "rule: elements" so that a failure says where to look.
 */
export async function violationsOf(page: Page, { include, exclude }: { include?: string; exclude?: string } = {}): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  if (include) axe = axe.include(include);
  if (exclude) axe = axe.exclude(exclude);
  const results = await axe.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
