import { expect, test } from 'vitest';
import { rehypePrintedLeftovers } from '../../src/lib/rehype-printed-leftovers.ts';
import { runPlugin } from './rehype-test-helpers.ts';

test('a list whose items carry their printed markers gets no second bullet; an ordinary list keeps its own', () => {
  const html = runPlugin(rehypePrintedLeftovers, '<ul><li>(i) first</li><li>(ii) second</li></ul><ul><li>apples</li><li>(a) pears</li></ul>');
  expect(html).toBe('<ul class="list-printed"><li>(i) first</li><li>(ii) second</li></ul><ul><li>apples</li><li>(a) pears</li></ul>');
});

test('a typed rule line in running text becomes a separator, kept in the text; tables and preformatted text are untouched', () => {
  const html = runPlugin(rehypePrintedLeftovers, '<p>COMMISSION FILE NUMBER 0-10030\n---------------------</p><p>A well-known 3--4 range</p><pre>-----</pre>');
  expect(html).toBe(
    '<p>COMMISSION FILE NUMBER 0-10030\n<span class="typed-rule" aria-hidden="true">---------------------</span></p><p>A well-known 3--4 range</p><pre>-----</pre>',
  );
});
