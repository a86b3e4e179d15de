// Static site from the generated section Markdown; see scripts/build.ts for the whole build.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import tailwindcss from '@tailwindcss/vite';
import { rehypePlugins } from './src/lib/rehype-plugins.ts';

export default defineConfig({
  output: 'static',
  // The content cache belongs to this checkout, not to node_modules, which bench snapshots share by link.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default processor runs no plugins; shiki would add inline styles the CSP forbids.
  markdown: {
    syntaxHighlight: false,
    // No smart quotes or dashes: the filing's own characters ("$ --", straight quotes) reach the page as typed.
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins, smartypants: false }),
  },
  // Keep every script an external file: the CSP has no 'unsafe-inline'.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
