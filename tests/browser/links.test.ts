import { expect, test } from 'vitest';
import { findBrokenLinks } from '../../scripts/check-site/find-broken-links.ts';
import { builtFilePaths, readBuiltPages } from './site-files.ts';
import { builtSites } from './site-context.ts';

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
