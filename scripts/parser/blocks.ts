import { attachNotes } from './attach-notes.ts';
import { contentsHeadings } from './contents-headings.ts';
import { assignHeadingLevels } from './heading-levels.ts';
import { mergeContinuedTables } from './merge-continued-tables.ts';
import { joinParagraphsAcrossNotes } from './paragraph-across-notes.ts';
import { bulletList } from './rules/bullet-list.ts';
import { contents } from './rules/contents.ts';
import { capsParagraphHeading } from './rules/heading-caps-paragraph.ts';
import { heading } from './rules/heading.ts';
import { labelHeading } from './rules/label-heading.ts';
import { scheduleHeading } from './rules/schedule-heading.ts';
import { subItemHeading } from './rules/heading-sub-item.ts';
import { lineBlock } from './rules/line-block.ts';
import { orderedList } from './rules/ordered-list.ts';
import { citedPageNotes, continuedPageNotes, pageFootnotes } from './rules/page-footnotes.ts';
import { paragraph } from './rules/paragraph.ts';
import { createState, isTagLine, type BlockRule, type BlockState } from './rules/state.ts';
import { tableBlock } from './rules/table-block.ts';
import { tableNotes } from './rules/table-notes.ts';
import { thematicBreak } from './rules/thematic-break.ts';
import { untaggedTable } from './rules/untagged-table.ts';
import type { ParseMessage } from './messages.ts';
import type { Block, Line, RemovedLine } from './types.ts';

/**
 * One row of the rule table: a name, the rule, and whether it may interrupt running text (a
 * paragraph cut by a page break does not run on into a line where this rule's form begins).
 */
export interface BlockRuleEntry {
  readonly name: string;
  readonly rule: BlockRule;
  readonly interrupts: boolean;
}

/** The block rules in the order they are tried; `paragraph` is last and takes whatever is left. */
export const BLOCK_RULES: readonly BlockRuleEntry[] = [
  // Tags are the only certain structure, so tagged tables go first.
  { name: 'table', rule: tableBlock, interrupts: false },
  { name: 'contents', rule: contents, interrupts: false },
  // "(1)" lines straight under a table are its notes before they are a list.
  { name: 'table-notes', rule: tableNotes, interrupts: false },
  // A short rule over "(1)" lines is a page's footnotes before it is a thematic break.
  { name: 'page-footnotes', rule: pageFootnotes, interrupts: false },
  // "* Indicates brand names..." ending a page that cites it ("PRAVACHOL*") is a note before it is a bullet.
  { name: 'cited-page-notes', rule: citedPageNotes, interrupts: false },
  // "(3)" atop a page after "(1)" and "(2)" ended the page before goes on with those notes.
  { name: 'continued-page-notes', rule: continuedPageNotes, interrupts: false },
  // Headings consume their underline, so they come before thematic breaks. Each reads one printed form:
  // "PART II" / "ITEM 7. ..." / "ARTICLE IV ..." labels with their titles,
  { name: 'label-heading', rule: labelHeading, interrupts: true },
  // "SCHEDULE II" / "EXHIBIT 12" / a bare "ARTICLE V" label over its title lines,
  { name: 'schedule-heading', rule: scheduleHeading, interrupts: true },
  // and titles known only by their typography (capitals, centring, underline, Title Case).
  { name: 'heading', rule: heading, interrupts: true },
  // "(b) Reports on Form 8-K." before the ordered list that would take it as an item.
  { name: 'sub-item-heading', rule: subItemHeading, interrupts: true },
  // A capitals paragraph ending in a period, over running text, where the document prints several.
  { name: 'caps-paragraph-heading', rule: capsParagraphHeading, interrupts: true },
  { name: 'thematic-break', rule: thematicBreak, interrupts: false },
  { name: 'bullet-list', rule: bulletList, interrupts: false },
  { name: 'ordered-list', rule: orderedList, interrupts: false },
  // Column layouts the tables stage can read beat keeping their lines as they are.
  { name: 'untagged-table', rule: untaggedTable, interrupts: false },
  { name: 'line-block', rule: lineBlock, interrupts: false },
  { name: 'paragraph', rule: paragraph, interrupts: false },
];

/** The only rule a line of bare tags may start: the table it opens. */
const TAG_LINE_RULES = BLOCK_RULES.filter(({ name }) => name === 'table');

/** The rules a paragraph may be interrupted by, from the table's interrupt column. */
const INTERRUPTERS = BLOCK_RULES.filter((entry) => entry.interrupts).map((entry) => entry.rule);

/** Runs the ordered block rules over a document's lines; every line ends up in some block. */
export function findBlocks(lines: Line[]): Block[] {
  return findBlocksWithNotes(lines).blocks;
}

/**
 * A post-pass: the only code allowed to rewrite the block list (merge, move, re-rank). It sees
 * every block the rules pushed and the shared state, and returns the new list.
 */
export type PostPass = (blocks: Block[], state: BlockState) => Block[];

/** The post-passes in the order they run over a document's blocks, after every rule has read its lines. */
export const POST_PASSES: readonly (readonly [string, PostPass])[] = [
  // A table continued on the next page with its head printed again is one table.
  ['merge-continued-tables', (blocks, state) => mergeContinuedTables(blocks, state.furniture)],
  // Notes read under a table (or first on the next page, when the table cites them) become the table's.
  ['attach-notes', (blocks) => attachNotes(blocks)],
  // A sentence cut at a page foot by that page's notes goes on in the next page's first paragraph.
  ['paragraph-across-notes', (blocks) => joinParagraphsAcrossNotes(blocks)],
  // A line standing alone whose words the printed contents lists is that entry's heading, however it is typed.
  ['contents-headings', (blocks, state) => contentsHeadings(blocks, state)],
  // Depth comes last: it ranks the heading styles this document actually ended up using, and the contents' levels.
  ['heading-levels', (blocks, state) => assignHeadingLevels(blocks, state.headingStyles, state.lines)],
];

/** Like `findBlocks`, also returning the rules' positioned messages (for the build report). */
export function findBlocksWithNotes(lines: readonly Line[]): { blocks: Block[]; messages: ParseMessage[]; furniture: RemovedLine[] } {
  const state = createState(lines, INTERRUPTERS);
  runRules(state, lines.length);
  const blocks = POST_PASSES.reduce((list, [, pass]) => pass(list, state), state.blocks);
  return { blocks, messages: state.messages, furniture: state.furniture };
}

/** The main loop: skip blanks, mark page starts between blocks, let the first rule that fits consume lines. */
function runRules(state: BlockState, end: number): void {
  while (state.line < end) {
    const i = state.line;
    const line = state.lines[i]!;
    if (line.pageStart) state.blocks.push({ kind: 'pageBreak', pos: line.pos });
    if (line.blank) {
      state.line++;
      continue;
    }
    // A tag line is a table or nothing: a stray "<S> <C>" or unclosed "<TABLE>" is structure, not text.
    const rules = isTagLine(line.text) ? TAG_LINE_RULES : BLOCK_RULES;
    const matched = rules.some(({ name, rule }) => {
      if (!rule(state, i, end, false)) return false;
      // A rule that claims a match must consume something, or the loop would never end.
      if (state.line <= i) throw new Error(`block rule "${name}" matched line ${line.pos.line} but consumed nothing`);
      return true;
    });
    if (!matched && isTagLine(line.text)) state.line = i + 1;
    else if (!matched) throw new Error(`no block rule took line ${line.pos.line}`);
  }
}
