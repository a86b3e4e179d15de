/** The generated sections of every filing, validated with the same schema the build writes them with. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionFrontMatterSchema } from '../scripts/section-schema.ts';

/** One entry per section file, id `<filing>/<NN-section>` (the default would use the non-unique `slug` field). */
export const collections = {
  sections: defineCollection({
    loader: glob({
      pattern: '*/*.md',
      base: './content/generated',
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
    schema: sectionFrontMatterSchema,
  }),
};
