/** Where a section's rendered HTML is kept: beside its Markdown file, `NN-<slug>.html` for `NN-<slug>.md`. */
export function renderedFileName(markdownFile: string): string {
  return markdownFile.replace(/\.md$/, '.html');
}
