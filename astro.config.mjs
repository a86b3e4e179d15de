// Static site from the generated sections (front matter, Markdown and rendered HTML); see scripts/build.ts for the whole build.
// Astro renders no Markdown: the build renders each section's HTML from the parser's tree with the rehype
// plugins of src/lib/rehype-plugins.ts (scripts/render/), and the content loader in src/content.config.ts hands it over.
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  output: 'static',
  // The content cache belongs to this checkout, not to node_modules, which bench snapshots share by link.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Keep every script an external file: the CSP has no 'unsafe-inline'.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
