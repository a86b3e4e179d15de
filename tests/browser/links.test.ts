import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { siteRootPaths } from '../../scripts/build/site-paths.ts';
import { findBrokenLinks } from '../../scripts/check-site/find-broken-links.ts';
import { builtFilePaths, readBuiltPages } from './site-files.ts';
import { builtSites, seedSite, seedSlug } from './site-context.ts';

for (const [name, site] of builtSites()) {
  test(`every internal link of the ${name} site reaches a page and an id`, () => {
    const pages = readBuiltPages(site.dist);
    expect(pages.length).toBeGreaterThan(1);
    const broken = findBrokenLinks(pages, builtFilePaths(site.dist));
    console.log(`${name} site: ${pages.length} HTML pages checked, ${broken.length} broken references`);
    const report = broken.slice(0, 200).map((link) => `${link.page} -> ${link.href} (${link.reason})`);
    if (broken.length > report.length) report.push(`... and ${broken.length - report.length} more`);
    expect(report, 'broken internal references').toEqual([]);
  });
}

// The build refuses a filing whose slug is a path the site uses itself; that list must cover what a build writes.
test('every root entry of the built seed site is the filing or a path the site reserves for itself', () => {
  const taken = siteRootPaths();
  const entries = readdirSync(seedSite().dist).map((name) => name.replace(/\.html$/, ''));
  expect(entries.filter((name) => name !== seedSlug && !taken.has(name))).toEqual([]);
});
