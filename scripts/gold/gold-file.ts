/** A gold annotation file (`NAME.txt.json`): its schema, and reading it with a one-line error. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The fields the scorer reads; the annotation's other fields (documents, header, notes) are for readers. */
export const goldSchema = z.object({
  /** The filing's file name, printed on the summary line. */
  file: z.string(),
  /** Every heading, in order; `level` is the reader's judgement, not scored. */
  headings: z.array(z.object({ text: z.string(), level: z.number().optional() })).optional(),
  /** Only some headings were annotated: precision means nothing, F1 is the recall. */
  partial_headings: z.boolean().optional(),
  /** Some tables: `anchor` finds the table in the output, `columns` its width, `rows` some data rows as printed. */
  tables: z.array(z.object({ anchor: z.string(), columns: z.number(), rows: z.array(z.array(z.string())) })).optional(),
  /** Every footnote, by its first words. */
  footnotes: z.array(z.object({ starts: z.string() })).optional(),
});

/** A gold annotation as the scorer reads it. */
export type Gold = z.infer<typeof goldSchema>;

/** A gold file that cannot be read, with a one-line message naming it. */
export class GoldFileError extends Error {
  override name = 'GoldFileError';
}

/** Reads and checks a gold file; a missing file, bad JSON or a missing field is a GoldFileError naming the file and the field. */
export function readGoldFile(file: string): Gold {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new GoldFileError(`${file}: cannot read the gold file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseGold(text, file);
}

/** Checks a gold annotation's JSON text; `file` names it in the error. */
export function parseGold(text: string, file: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GoldFileError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const checked = goldSchema.safeParse(json);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the annotation';
  throw new GoldFileError(`${file}: ${where}: ${issue?.message ?? 'not a gold annotation'}`);
}
