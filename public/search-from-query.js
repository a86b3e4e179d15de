// Runs the query from ?q= (sent by the site-wide search form) in Pagefind's Component UI.
const query = new URLSearchParams(window.location.search).get('q')?.trim();
if (query) {
  await customElements.whenDefined('pagefind-input');
  window.PagefindComponents.getInstanceManager().getInstance('default').triggerSearch(query);
}
