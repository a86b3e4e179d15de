/** Links to the original submission on sec.gov, built from the filer's CIK and the accession number. */
import type { FilingInfo } from '../../scripts/section-schema.ts';

/** EDGAR's archive of full submissions: `/Archives/edgar/data/<CIK>/<accession>.txt` holds the text as filed. */
const EDGAR_ARCHIVE = 'https://www.sec.gov/Archives/edgar/data';

/** The original submission's URL, or undefined when the header gave no CIK or accession number. */
export function edgarUrl(filing: Pick<FilingInfo, 'cik' | 'accessionNumber'>): string | undefined {
  const cik = filing.cik?.replace(/^0+/, '');
  const accession = filing.accessionNumber?.trim();
  if (!cik || !accession || !/^\d+$/.test(cik) || !/^\d{10}-\d{2}-\d{6}$/.test(accession)) return undefined;
  return `${EDGAR_ARCHIVE}/${cik}/${accession}.txt`;
}
