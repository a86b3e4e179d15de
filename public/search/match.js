// Exact, normalised word matching for search: the one definition of "the text contains what was typed",
// shared by the result list (which drops every Pagefind candidate whose text does not contain the query)
// and the highlighter on the page a result opens. Pure functions, no DOM.
//
// A word is a run of letters and digits. Text and query are normalised the same way:
// case and accents fold ("Société" = "societe"); thousands separators go ("4,174,803" = "4174803");
// a decimal point stays ("3.28"); currency signs, "%", brackets and other punctuation separate words
// ("$3.28" = "3.28", "(k)" = "k"); hyphens, dashes and slashes separate words ("lock-up" = "lock up",
// "66-2/3%" = "66 2 3"); an apostrophe splits a possessive ("Company's" = "company s"); the section sign
// is the word "section" ("§ 13" = "Section 13").

/** Letters and digits; everything else separates words. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
/** Combining marks left by NFD, dropped so accented and plain letters match. */
const COMBINING = /\p{M}/gu;

/**
 * The words of `text` with where each starts and ends in it.
 * @param {string} text
 * @returns {{ word: string, start: number, end: number }[]}
 */
export function tokenize(text) {
  /** @type {{ word: string, start: number, end: number }[]} */
  const tokens = [];
  let word = '';
  let start = -1;
  const flush = (end) => {
    if (word !== '') tokens.push({ word, start, end });
    word = '';
    start = -1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (WORD_CHAR.test(ch)) {
      if (start < 0) start = i;
      word += ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
      continue;
    }
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    // Inside a number: "4,174,803" is one word, "3.28" keeps its point.
    if ((ch === ',' || ch === '.') && start >= 0 && DIGIT.test(before) && DIGIT.test(after)) {
      if (ch === '.') word += '.';
      continue;
    }
    flush(i);
    if (ch === '§') {
      tokens.push({ word: 'section', start: i, end: i + 1 });
      // "§§ 13" is one section sign.
      while (text[i + 1] === '§') i += 1;
    }
  }
  flush(text.length);
  return tokens;
}

/** The normalised words of `text`, for comparing. */
export function words(text) {
  return tokenize(text).map((token) => token.word);
}

/**
 * A query as groups of words, each of which must occur as consecutive words of the text:
 * a quoted phrase is one group; an unquoted term is one group of its own words ("lock-up" is ["lock","up"]).
 * @param {string} query
 * @returns {string[][]}
 */
export function parseQuery(query) {
  /** @type {string[][]} */
  const groups = [];
  const parts = query.replace(/[“”]/g, '"').split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && index < parts.length - 1;
    if (quoted) {
      const phrase = words(part);
      if (phrase.length > 0) groups.push(phrase);
      return;
    }
    for (const term of part.split(/\s+/)) {
      const termWords = words(term);
      if (termWords.length > 0) groups.push(termWords);
    }
  });
  // The same group twice asks nothing more.
  const seen = new Set();
  return groups.filter((group) => {
    const key = group.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every place in `text` where a group occurs, as character ranges of the text, in order.
 * @param {string} text
 * @param {string[][]} groups
 * @returns {{ start: number, end: number, group: number }[]}
 */
export function findMatches(text, groups) {
  const tokens = tokenize(text);
  /** @type {{ start: number, end: number, group: number }[]} */
  const hits = [];
  groups.forEach((group, g) => {
    for (let i = 0; i + group.length <= tokens.length; i += 1) {
      let all = true;
      for (let j = 0; j < group.length; j += 1) {
        if (tokens[i + j]?.word !== group[j]) {
          all = false;
          break;
        }
      }
      if (all) {
        const first = tokens[i];
        const last = tokens[i + group.length - 1];
        if (first && last) hits.push({ start: first.start, end: last.end, group: g });
      }
    }
  });
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * True when every group occurs in `text`: the test a search result has to pass.
 * @param {string} text
 * @param {string[][]} groups
 */
export function containsAll(text, groups) {
  if (groups.length === 0) return false;
  const found = new Set(findMatches(text, groups).map((hit) => hit.group));
  return found.size === groups.length;
}

/**
 * What to ask Pagefind for: the query's words, so that Pagefind's own tokenising never sees a "$" or a "§".
 * Pagefind finds candidates; `containsAll` decides.
 * @param {string[][]} groups
 */
export function pagefindTerm(groups) {
  return groups.map((group) => group.join(' ')).join(' ');
}
