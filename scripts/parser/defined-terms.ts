/**
 * Defined terms: a term the filing defines in its own text ('("Participating Preferred Stock")',
 * '(the "Units")', 'references to "we" or "us" are to ...', '"Notes" means ...'), with the sentence
 * that defines it. Later uses link to the definition, once per section, so a reader can check what
 * a term means without flooding the text with links.
 */
import { slugify } from './ids.ts';

/** A quoted term as it stands in a text. */
export interface TermInText {
  term: string;
  /** Offsets of the term inside the quotes. */
  start: number;
  end: number;
}

/** A term the filing defines, where, and the sentence that defines it. */
export interface DefinedTerm {
  term: string;
  /** The id of its `<dfn>`, unique in the filing. */
  id: string;
  /** Index of the section that defines it. */
  section: number;
  /** Source line of the block that defines it. */
  line: number;
  sentence: string;
}

/** Longest quoted text taken for a term: a defined term is a name, not a clause. */
const MAX_TERM_LENGTH = 60;

/** Longest defining sentence kept for the hover text. */
const MAX_SENTENCE_LENGTH = 320;

/** A quoted run, straight or curly quotes, on one logical line. */
const QUOTED_TERM = /"([^"\n]{1,60})"|\u201c([^\u201d\n]{1,60})\u201d/g;

/** Parentheses holding only quoted terms and their connectives: '("Units")', '(collectively, the "Notes")', '(the "Merger" or "Transaction")'. */
const DEFINING_PARENS = /\(\s*((?:(?:collectively|together|each|individually|jointly|hereinafter|herein|also|referred\s+to\s+(?:herein\s+)?as|called|the|a|an|and|or)\b[\s,]*)*(?:(?:"[^"\n]{1,60}"|\u201c[^\u201d\n]{1,60}\u201d)[\s,]*(?:(?:and|or|collectively|together)\b[\s,]*)*(?:the\s+|a\s+|an\s+)?)+)\)/g;

/** 'references in this Prospectus to "we" or "us" are to ...': the quoted words after "references ... to". */
const REFERENCE_DEFINITION = /\breferences?\s+(?:in\s+this\s+[\w ]{1,30}?\s+)?to\s+((?:(?:"[^"\n]{1,30}"|\u201c[^\u201d\n]{1,30}\u201d)[\s,]*(?:(?:and|or)\s+)?)+)(?=(?:are|is|refer|mean)\b)/gi;

/** '"Notes" means', '"Trustee" shall mean': a term at the head of its definition. */
const MEANS_DEFINITION = /("[^"\n]{1,60}"|\u201c[^\u201d\n]{1,60}\u201d)\s+(?:means|shall\s+mean|refers\s+to|has\s+the\s+meaning)\b/g;

/** The quoted terms a text defines, with their offsets in the text. */
export function findDefinitions(text: string): TermInText[] {
  const found: TermInText[] = [];
  const take = (group: string, at: number) => {
    for (const q of group.matchAll(QUOTED_TERM)) {
      const inner = q[1] ?? q[2] ?? '';
      const term = inner.replace(/\s+/g, ' ').trim();
      if (!isTermLike(term)) continue;
      const start = at + (q.index ?? 0) + 1 + (inner.length - inner.trimStart().length);
      if (!found.some((f) => f.start === start)) found.push({ term, start, end: start + inner.trim().length });
    }
  };
  for (const m of text.matchAll(DEFINING_PARENS)) take(m[1] ?? '', (m.index ?? 0) + m[0].indexOf(m[1] ?? ''));
  for (const m of text.matchAll(REFERENCE_DEFINITION)) take(m[1] ?? '', (m.index ?? 0) + m[0].indexOf(m[1] ?? ''));
  for (const m of text.matchAll(MEANS_DEFINITION)) take(m[1] ?? '', m.index ?? 0);
  return found.sort((a, b) => a.start - b.start);
}

/** A name, not punctuation or a figure: at least one letter, within the length a term has. */
function isTermLike(term: string): boolean {
  return term.length >= 2 && term.length <= MAX_TERM_LENGTH && /\p{L}/u.test(term) && !/[.;:]$/.test(term);
}

/** The sentence of `text` around `offset`: from the previous sentence end to the next, whitespace folded, cut to a readable length. */
export function sentenceAround(text: string, offset: number): string {
  const ends = /[.!?]["')\]]*\s+(?=["(\u201c]?[A-Z])/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(ends)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at <= offset) start = at;
    else if ((m.index ?? 0) >= offset) {
      end = (m.index ?? 0) + m[0].trimEnd().length;
      break;
    }
  }
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return sentence.length <= MAX_SENTENCE_LENGTH ? sentence : `${sentence.slice(0, MAX_SENTENCE_LENGTH - 1).replace(/\s+\S*$/, '')}\u2026`;
}

/** The filing's defined terms, the first definition of each winning, with ids unique across the filing. */
export function collectTerms(texts: Iterable<{ text: string; section: number; line: number }>, claim: (base: string) => string): DefinedTerm[] {
  const terms = new Map<string, DefinedTerm>();
  for (const { text, section, line } of texts) {
    for (const d of findDefinitions(text)) {
      if (terms.has(d.term)) continue;
      terms.set(d.term, { term: d.term, id: claim(`term-${slugify(d.term) || 'x'}`), section, line, sentence: sentenceAround(text, d.start) });
    }
  }
  return [...terms.values()];
}

/** One pattern for every term's uses: whole words, longest term first, a lower-case term also capitalised at a sentence start. */
export function termPattern(terms: readonly DefinedTerm[]): RegExp | null {
  return terms.length === 0 ? null : formsPattern(termForms(terms));
}

/** Every form a term's use may take, in the pattern's order: longest first, then by code unit. */
function termForms(terms: readonly DefinedTerm[]): string[] {
  const forms = new Set<string>();
  for (const { term } of terms) {
    forms.add(term);
    if (/^\p{Ll}/u.test(term)) forms.add(term[0]!.toUpperCase() + term.slice(1));
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** The uses of the given forms as one pattern, each form a whole word (its spaces any run of white space). */
function formsPattern(forms: readonly string[]): RegExp {
  const source = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${source})(?![\\p{L}\\p{N}-])`, 'gu');
}

/** A use of a defined term in a text: where it starts and the text matched. */
export interface TermUse {
  index: number;
  text: string;
}

/** The uses of the defined terms in a text, as `termPattern` finds them. */
export type TermUses = (text: string) => TermUse[];

/** A run of letters and digits: a use starts with the run its form starts with, since nothing of a word may stand before it. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** Any character outside ASCII: such a text is cut into words by WORD_RUN, an ASCII one by a plain scan. */
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether an ASCII code is a letter or a digit. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Term uses without running every term at every position of every text: a form starting with a
 * letter or digit can only match where the text has a word that is exactly the form's first run
 * of letters and digits (nothing of a word may precede a use, and the form's own next character
 * ends the run). The full pattern, sticky, is tried at those words only, left to right, each try
 * after the end of the last use, which is how the global pattern finds its uses. A form starting
 * with anything else could start anywhere: with one, the global pattern runs over the text.
 */
export function termUseFinder(terms: readonly DefinedTerm[]): TermUses | null {
  if (terms.length === 0) return null;
  const forms = termForms(terms);
  const global = formsPattern(forms);
  const sticky = new RegExp(global.source, 'uy');
  const firstWords = new Set<string>();
  let anywhere = false;
  for (const form of forms) {
    const first = /^[\p{L}\p{N}]+/u.exec(form)?.[0];
    if (first === undefined) anywhere = true;
    else firstWords.add(first);
  }
  const lengths = [...firstWords].map((w) => w.length);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);

  /** Where the text has a word that starts some form, in order. */
  const starts = (text: string): number[] => {
    const found: number[] = [];
    if (NON_ASCII.test(text)) {
      WORD_RUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD_RUN.exec(text)) !== null) if (firstWords.has(m[0])) found.push(m.index);
      return found;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isAsciiWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < n && isAsciiWordCode(text.charCodeAt(i))) i++;
      const length = i - start;
      if (length >= shortest && length <= longest && firstWords.has(text.slice(start, i))) found.push(start);
    }
    return found;
  };

  return (text) => {
    if (anywhere) {
      global.lastIndex = 0;
      return [...text.matchAll(global)].map((m) => ({ index: m.index ?? 0, text: m[0] }));
    }
    const uses: TermUse[] = [];
    let after = 0;
    for (const at of starts(text)) {
      if (at < after) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null) continue;
      uses.push({ index: at, text: m[0] });
      after = at + m[0].length;
    }
    return uses;
  };
}

/** The term a matched use stands for: itself, or the lower-case term it capitalises. */
export function termOfUse(use: string, byTerm: ReadonlyMap<string, DefinedTerm>): DefinedTerm | undefined {
  const folded = use.replace(/\s+/g, ' ');
  return byTerm.get(folded) ?? byTerm.get(folded[0]!.toLowerCase() + folded.slice(1));
}
