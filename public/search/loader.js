// The one script every page loads (small; the search itself arrives only when wanted):
// "/" or Ctrl/Cmd+K focuses the header's search box; focusing or typing in it loads the search (ui.js);
// the search page runs it at once; a page opened from a result (?q=) highlights the hits (highlight.js).
const input = document.getElementById('site-search');
const query = new URLSearchParams(location.search).get('q') ?? '';
const onSearchPage = location.pathname === '/search/';
let started = null;

function startSearch() {
  started ??= import('/search/ui.js').then((ui) => ui.start({ onSearchPage }));
  return started;
}

/** True when a key press belongs to a field the reader is typing in. */
function typingIn(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

if (input instanceof HTMLInputElement) {
  if (query && input.value === '') input.value = query;
  input.addEventListener('focus', startSearch, { once: true });
  input.addEventListener('input', startSearch, { once: true });
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(event.target);
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  if (onSearchPage) startSearch();
}
if (query && !onSearchPage) import('/search/highlight.js').then((highlight) => highlight.start(query));
