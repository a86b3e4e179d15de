// On a page opened from a search result (`?q=...#place`): marks every occurrence of the query in the text
// (with the same normalised matching as the result list), scrolls to the first one at or after the linked
// place, and shows "1 of N" with previous / next (buttons, Enter / Shift+Enter) and a control to clear.
import { findMatches, parseQuery } from './match.js';

const BLOCK = /^(P|LI|TD|TH|TR|H[1-6]|DT|DD|BLOCKQUOTE|PRE|DIV|SECTION|ARTICLE|TABLE|CAPTION|FIGCAPTION)$/;

/** The nearest block ancestor: text nodes in different blocks never run into one word. */
function blockOf(node) {
  let at = node.parentElement;
  while (at && !BLOCK.test(at.tagName)) at = at.parentElement;
  return at;
}

/** The text of `root` as one string, with each text node's place in it. */
function textOf(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], script, style, .search-hits') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const pieces = [];
  let text = '';
  let lastBlock = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node);
    if (lastBlock !== null && block !== lastBlock) text += '\n';
    lastBlock = block;
    pieces.push({ node: /** @type {Text} */ (node), start: text.length });
    text += node.nodeValue ?? '';
  }
  return { text, pieces };
}

/** Wraps the characters [start, end) of the joined text in <mark>s (one per text node it crosses); returns them. */
function wrap(pieces, start, end) {
  const marks = [];
  for (const piece of pieces) {
    const length = piece.node.nodeValue?.length ?? 0;
    const from = Math.max(start, piece.start);
    const to = Math.min(end, piece.start + length);
    if (from >= to) continue;
    const range = document.createRange();
    range.setStart(piece.node, from - piece.start);
    range.setEnd(piece.node, to - piece.start);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}

/** Marks every hit of `query` in the page's text; returns one list of <mark>s per hit, in reading order. */
export function markHits(root, query) {
  const groups = parseQuery(query);
  if (groups.length === 0) return [];
  const { text, pieces } = textOf(root);
  const hits = findMatches(text, groups);
  // Wrap from the last hit backwards: splitting a text node leaves the offsets of earlier hits intact.
  const wrapped = [];
  for (let i = hits.length - 1; i >= 0; i -= 1) {
    const hit = hits[i];
    if (hit) wrapped.unshift(wrap(pieces, hit.start, hit.end));
  }
  return wrapped.filter((marks) => marks.length > 0);
}

/** Removes the marks, joining the text back. */
function unmark(root) {
  for (const mark of root.querySelectorAll('mark.search-hit')) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}

function button(label, text) {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'search-hits-button';
  node.textContent = text;
  node.setAttribute('aria-label', label);
  return node;
}

/** Called by loader.js with the page's ?q=. */
export function start(query) {
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!root) return;
  const hits = markHits(root, query);
  const bar = document.createElement('div');
  bar.className = 'search-hits';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Search in this page');
  const count = document.createElement('p');
  count.className = 'search-hits-count';
  count.setAttribute('role', 'status');
  const previous = button('Previous match', 'Previous');
  const next = button('Next match', 'Next');
  const clear = button('Clear search highlights', 'Clear');
  bar.append(count, previous, next, clear);
  document.body.append(bar);

  let current = -1;
  const show = (index, focus = true) => {
    if (hits.length === 0) return;
    const before = hits[current];
    for (const mark of before ?? []) mark.classList.remove('search-hit-current');
    current = (index + hits.length) % hits.length;
    const marks = hits[current] ?? [];
    for (const mark of marks) mark.classList.add('search-hit-current');
    const first = marks[0];
    if (!first) return;
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    if (focus) first.focus({ preventScroll: true });
    count.textContent = `${current + 1} of ${hits.length} for “${query}”`;
  };
  const clearAll = () => {
    unmark(root);
    bar.remove();
    document.removeEventListener('keydown', onKey);
    const url = new URL(location.href);
    url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };
  /** Enter / Shift+Enter step through the hits unless a control or field has the key. */
  const onKey = (event) => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.closest('a[href], button, input, select, textarea, summary, [contenteditable]')) return;
    event.preventDefault();
    show(current + (event.shiftKey ? -1 : 1));
  };
  previous.addEventListener('click', () => show(current - 1));
  next.addEventListener('click', () => show(current + 1));
  clear.addEventListener('click', clearAll);
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') clearAll();
  });
  document.addEventListener('keydown', onKey);

  if (hits.length === 0) {
    count.textContent = `No match for “${query}” in this page`;
    previous.disabled = true;
    next.disabled = true;
    return;
  }
  // The first hit at or after the place the result linked to.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  let first = 0;
  if (target) {
    const found = hits.findIndex((marks) => {
      const mark = marks[0];
      return mark !== undefined && (target.contains(mark) || (target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    });
    if (found >= 0) first = found;
  }
  show(first);
}
