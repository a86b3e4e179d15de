/** The generated sections of every filing (or of one build batch), and the library index of all filings, validated with the schemas the build writes them with. */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { sectionPatterns } from '../scripts/build/batches.ts';
import { renderedSections } from '../scripts/render/sections-loader.ts';
import { libraryEntrySchema, sectionFrontMatterSchema } from '../scripts/section-schema.ts';

export const collections = {
  /** One entry per section file, id `<filing>/<NN-section>`, with the HTML the build rendered beside it (Astro parses no Markdown). */
  sections: defineCollection({
    loader: renderedSections({ patterns: sectionPatterns(), base: './content/generated' }),
    schema: sectionFrontMatterSchema,
  }),
  /** One entry per filing, id its slug: all the library page needs, however the sections are batched. */
  filings: defineCollection({
    loader: file('./content/generated/library.json'),
    schema: libraryEntrySchema,
  }),
};
