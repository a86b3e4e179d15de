/**
 * A TypeScript port of the reference scorer `../shared/tools/gold.py`: the same three measures, the
 * same figures and the same printed lines, so `npm run gold` and `npm run corpus` agree with it.
 */
import type { Gold } from './gold-file.ts';
import { measureFootnotes, measureHeadings, measureTables, type FootnoteMeasure, type HeadingMeasure, type TableMeasure } from './measures.ts';
import { pyFixed } from './python-format.ts';

/** How many missed headings the report names. */
const MISSED_HEADINGS_SHOWN = 8;

/** One filing's scores against its gold annotation. */
export interface GoldScore {
  file: string;
  headings: HeadingMeasure & { f1: number };
  tables: TableMeasure;
  footnotes: FootnoteMeasure;
}

/**
 * Scores Markdown against a gold annotation. `rawSource` is the filing decoded as Latin-1; with it,
 * headings whose text is not in the filing (navigation the parser added) are left out of precision.
 */
export function scoreGold(gold: Gold, markdown: string, rawSource?: string): GoldScore {
  const headings = measureHeadings(gold, markdown, rawSource);
  const { recall, precision } = headings;
  let f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  if (gold.partial_headings) f1 = recall; // only some headings were annotated: precision means nothing
  return { file: gold.file, headings: { ...headings, f1 }, tables: measureTables(gold, markdown), footnotes: measureFootnotes(gold, markdown) };
}

/** The lines `gold.py` prints, in its order; the last is the summary ("gold NAME: headings F1 ... cells ... footnotes ..."). */
export function goldLines(score: GoldScore): string[] {
  const { headings: h, tables: t, footnotes: f } = score;
  return [
    ...t.problems,
    ...(h.missed.length > 0 ? [`headings missed: ${h.missed.slice(0, MISSED_HEADINGS_SHOWN).join(' | ')}`] : []),
    `headings recall ${pyFixed(h.recall, 3)} precision ${pyFixed(h.precision, 3)} (${h.hit}/${h.gold} gold, ${h.output} output)`,
    `tables found ${t.found}/${t.total}, width right ${t.widthRight}, cells ${t.good}/${t.cells}`,
    `footnotes ${f.hit}/${f.total}`,
    `gold ${score.file}: headings F1 ${pyFixed(h.f1, 3)} cells ${pyFixed(t.accuracy, 3)} footnotes ${pyFixed(f.rate, 3)}`,
  ];
}
