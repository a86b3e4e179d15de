/** The generated sections of every filing (or of one build batch), and the library index of all filings, validated with the schemas the build writes them with. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sectionPatterns } from '../scripts/build/batches.ts';
import { libraryEntrySchema, sectionFrontMatterSchema } from '../scripts/section-schema.ts';

export const collections = {
  /** One entry per section file, id `<filing>/<NN-section>` (the default would use the non-unique `slug` field). */
  sections: defineCollection({
    loader: glob({
      pattern: sectionPatterns(),
      base: './content/generated',
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
    schema: sectionFrontMatterSchema,
  }),
  /** One entry per filing, id its slug: all the library page needs, however the sections are batched. */
  filings: defineCollection({
    loader: file('./content/generated/library.json'),
    schema: libraryEntrySchema,
  }),
};
