// The search box in the site header: results as you type in a panel below it, or, on /search/, in the page's
// result list with filters by filing, form type and year. On a filing's own pages the panel searches that
// filing first, with one button to widen to every filing. Loaded by loader.js when the box is first used.
import { PLACES_PER_PAGE, loadPagefind, preload, search } from './engine.js';

/** Pages listed in the header panel; the search page lists more, a page at a time. */
const PANEL_PAGES = 5;
const PAGE_STEP = 8;
/** Quiet time after a key press before the search runs, so each key does not start a search of its own. */
const TYPING_PAUSE_MS = 120;

const input = /** @type {HTMLInputElement} */ (document.getElementById('site-search'));
const panel = /** @type {HTMLElement} */ (document.getElementById('search-panel'));
const form = /** @type {HTMLFormElement} */ (input.form);

/** Creates an element with a class and text. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "“lock-up”": the query as the reader typed it, for messages. */
const quoted = (query) => `“${query}”`;

/** One list item per page, holding one link per place with a hit. */
function resultItem(result) {
  const item = el('li', 'search-result');
  const where = el('p', 'search-result-where');
  if (result.filing) where.append(el('span', 'search-result-filing', result.filing));
  where.append(el('span', 'search-result-section', result.section));
  item.append(where);
  const places = el('ul', 'search-places');
  for (const place of result.places.slice(0, PLACES_PER_PAGE)) {
    const entry = el('li');
    const link = el('a', 'search-place');
    link.href = place.url;
    // The nearest heading, unless it is the section's own title (shown above), and the printed page.
    const heading = place.heading && place.heading.toLowerCase() !== result.section.toLowerCase() ? place.heading : null;
    const facts = [heading, place.page ? `page ${place.page}` : null].filter(Boolean);
    if (facts.length > 0) link.append(el('span', 'search-place-meta', facts.join(' · ')));
    const excerpt = el('span', 'search-excerpt');
    excerpt.innerHTML = place.excerpt; // Built from escaped text and <mark> only (engine.js).
    link.append(excerpt);
    entry.append(link);
    places.append(entry);
  }
  item.append(places);
  const rest = result.placeCount - PLACES_PER_PAGE;
  if (rest > 0) {
    const more = el('a', 'search-more-places', `${rest} more ${rest === 1 ? 'place' : 'places'} in this section`);
    more.href = result.url;
    item.append(more);
  }
  return item;
}

/** Moves focus between the result links of `container` with the arrow keys; Escape goes back to the box. */
function arrowKeys(container, onEscape) {
  container.addEventListener('keydown', (event) => {
    const links = [...container.querySelectorAll('a[href], button')];
    const at = links.indexOf(/** @type {Element} */ (event.target));
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(links.length - 1, at + 1) : at - 1;
      if (next < 0) input.focus();
      else /** @type {HTMLElement} */ (links[next])?.focus();
    } else if (event.key === 'Escape') {
      onEscape();
    }
  });
}

/** Runs `run` after the reader pauses typing; a newer query supersedes an older one still running. */
function latest(run) {
  let timer = 0;
  let generation = 0;
  return (immediately = false) => {
    clearTimeout(timer);
    const mine = ++generation;
    const go = () => run(() => mine === generation);
    if (immediately) go();
    else timer = window.setTimeout(go, TYPING_PAUSE_MS);
  };
}

/** The filing slug of the page the reader is on, if the page belongs to a filing of the index. */
async function currentFiling() {
  const slug = decodeURIComponent(location.pathname.split('/')[1] ?? '');
  if (!slug || slug === 'search') return null;
  const pagefind = await loadPagefind();
  const filters = await pagefind.filters();
  return filters?.filing && slug in filters.filing ? slug : null;
}

/** The header panel: results as you type, scoped to the current filing first. */
function startPanel() {
  const status = el('p', 'search-status');
  status.setAttribute('role', 'status');
  const scope = el('p', 'search-scope');
  const list = el('ol', 'search-results');
  const all = el('a', 'search-all');
  panel.replaceChildren(status, scope, list, all);
  panel.setAttribute('aria-label', 'Search results');
  panel.setAttribute('role', 'region');
  let filing = /** @type {string | null | undefined} */ (undefined);
  let widened = false;
  const hide = () => {
    panel.hidden = true;
  };
  const run = latest(async (current) => {
    const query = input.value.trim();
    if (query === '') {
      hide();
      return;
    }
    if (filing === undefined) filing = await currentFiling();
    const filters = filing && !widened ? { filing } : {};
    status.textContent = `Searching for ${quoted(query)}…`;
    panel.hidden = false;
    const found = await search(query, { filters, limit: PANEL_PAGES });
    if (!current()) return;
    const scoped = filing && !widened;
    status.textContent = found.results.length === 0
      ? `No ${scoped ? 'result in this filing' : 'result'} for ${quoted(query)}.`
      : `${found.more ? 'Top' : ''} ${found.results.length} ${found.results.length === 1 ? 'section' : 'sections'} ${scoped ? 'in this filing ' : ''}for ${quoted(query)}`.trim();
    scope.replaceChildren();
    if (scoped) {
      const widen = el('button', 'search-widen', 'Search all filings');
      widen.type = 'button';
      widen.addEventListener('click', () => {
        widened = true;
        delete panel.dataset.searchDone;
        run(true);
        input.focus();
      });
      scope.append(widen);
    }
    list.replaceChildren(...found.results.map(resultItem));
    const params = new URLSearchParams({ q: query });
    if (scoped && filing) params.set('filing', filing);
    all.href = `/search/?${params}`;
    all.textContent = 'All results on the search page';
    // For tests and styles: which query the panel shows, and over which filings.
    panel.dataset.searchScope = scoped && filing ? filing : 'all';
    panel.dataset.searchDone = query;
  });
  input.setAttribute('aria-controls', panel.id);
  input.addEventListener('input', () => {
    delete panel.dataset.searchDone;
    void preload(input.value.trim());
    run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      /** @type {HTMLElement | null} */ (panel.querySelector('a[href], button'))?.focus();
    } else if (event.key === 'Escape') hide();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(/** @type {Node | null} */ (event.relatedTarget))) hide();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && panel.dataset.searchDone !== undefined) {
      panel.hidden = false;
    }
  });
  arrowKeys(panel, () => {
    hide();
    input.focus();
  });
  if (input.value.trim() !== '') run(true);
}

/**
 * Writes each filter option's count of sections holding the query after its name ("10-K (3)", "up to 3" when
 * the counts are Pagefind's unchecked ones); no query, no counts.
 */
function showFilterCounts(filterForm, filterCounts) {
  for (const select of filterForm.querySelectorAll('select')) {
    const counts = filterCounts?.counts?.[select.name];
    for (const option of select.options) {
      if (!option.value) continue;
      option.dataset.label ??= option.textContent ?? '';
      if (counts === undefined) {
        option.textContent = option.dataset.label;
        continue;
      }
      const n = counts[option.value] ?? 0;
      option.textContent = `${option.dataset.label} (${filterCounts.exact || n === 0 ? n : `up to ${n}`})`;
    }
  }
}

/** The search page: the header box drives the page's result list; filters and the query live in the URL. */
function startPage() {
  const status = /** @type {HTMLElement} */ (document.getElementById('search-status'));
  const list = /** @type {HTMLElement} */ (document.getElementById('search-results'));
  const more = /** @type {HTMLButtonElement} */ (document.getElementById('search-more'));
  const filterForm = /** @type {HTMLFormElement} */ (document.getElementById('search-filters'));
  const params = new URLSearchParams(location.search);
  for (const select of filterForm.querySelectorAll('select')) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  filterForm.hidden = false;
  let limit = PAGE_STEP;
  const filters = () => {
    /** @type {Record<string, string>} */
    const chosen = {};
    for (const select of filterForm.querySelectorAll('select')) if (select.value) chosen[select.name] = select.value;
    return chosen;
  };
  const run = latest(async (current) => {
    const query = input.value.trim();
    const chosen = filters();
    const url = new URLSearchParams(query ? { q: query, ...chosen } : chosen);
    history.replaceState(null, '', `/search/${url.size > 0 ? `?${url}` : ''}`);
    if (query === '') {
      showFilterCounts(filterForm, null);
      status.textContent = 'Type a name, a figure, a rule or a defined term.';
      list.replaceChildren();
      more.hidden = true;
      list.dataset.searchDone = '';
      return;
    }
    status.textContent = `Searching for ${quoted(query)}…`;
    const found = await search(query, { filters: chosen, limit });
    if (!current()) return;
    const filtered = Object.keys(chosen).length > 0 ? ' with these filters' : '';
    status.textContent = found.results.length === 0
      ? `No result for ${quoted(query)}${filtered}. A result must contain every word you typed, or the exact phrase in quotes.`
      : `${found.results.length}${found.more ? '+' : ''} ${found.results.length === 1 ? 'section contains' : 'sections contain'} ${quoted(query)}${filtered}.`;
    list.replaceChildren(...found.results.map(resultItem));
    showFilterCounts(filterForm, found.filterCounts);
    more.hidden = !found.more;
    list.dataset.searchDone = query;
  });
  input.addEventListener('input', () => {
    delete list.dataset.searchDone;
    limit = PAGE_STEP;
    void preload(input.value.trim(), filters());
    run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      /** @type {HTMLElement | null} */ (list.querySelector('a[href]'))?.focus();
    }
  });
  // Enter in the box runs the search here instead of reloading the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  filterForm.addEventListener('change', () => {
    delete list.dataset.searchDone;
    limit = PAGE_STEP;
    run(true);
  });
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  more.addEventListener('click', () => {
    limit += PAGE_STEP;
    run(true);
  });
  arrowKeys(list, () => input.focus());
  run(true);
}

/** Called once by loader.js. */
export function start({ onSearchPage }) {
  if (onSearchPage && document.getElementById('search-results')) startPage();
  else startPanel();
}
