/** Reads the section front matter Astro hands to rehype plugins in `file.data.astro.frontmatter`. */
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

/** The part of a vfile the plugins read; structural so tests can pass a plain object. */
export interface FileWithFrontMatter {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** The fields of the section's front matter the plugins use, with safe fallbacks for odd input. */
export function sectionFrontMatterOf(file: FileWithFrontMatter): Pick<SectionFrontMatter, 'slug' | 'title' | 'headings'> {
  const fm = file.data.astro?.frontmatter ?? {};
  const slug = typeof fm.slug === 'string' && fm.slug !== '' ? fm.slug : 'section';
  const title = typeof fm.title === 'string' ? fm.title : slug;
  const headings = Array.isArray(fm.headings) ? (fm.headings as SectionFrontMatter['headings']) : [];
  return { slug, title, headings };
}

/** The section's table row structure (one entry per GFM table, in document order); empty when absent or malformed. */
export function tableStructuresOf(file: FileWithFrontMatter): SectionFrontMatter['tables'] {
  const tables = file.data.astro?.frontmatter?.tables;
  return Array.isArray(tables) ? (tables as SectionFrontMatter['tables']).filter((t) => Array.isArray(t?.rows)) : [];
}
