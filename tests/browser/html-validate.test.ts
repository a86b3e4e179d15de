import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { listHtmlFiles } from '../../scripts/check-site/list-site-pages.ts';
import { seedSite } from './site-context.ts';

test('every HTML page of the seed site passes html-validate:recommended', async () => {
  const { dist } = seedSite();
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const files = listHtmlFiles(dist);
  expect(files.length).toBeGreaterThan(1);
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  console.log(`html-validate: ${files.length} pages, ${errors.length} messages`);
  expect(errors).toEqual([]);
});
