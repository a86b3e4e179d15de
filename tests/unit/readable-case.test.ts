import { describe, expect, test } from 'vitest';
import { isAllCaps, readableCompany, readableTitle } from '../../scripts/readable-case.ts';

describe('readableTitle', () => {
  test('titles set in capitals read in Title Case, minor words lower case', () => {
    expect(readableTitle('AGREEMENT BETWEEN NBC AND MR. SMITH')).toBe('Agreement Between NBC and Mr. Smith');
    expect(readableTitle("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION")).toBe("Item 7. Management's Discussion and Analysis of Financial Condition");
    expect(readableTitle('CAUTIONARY STATEMENT REGARDING FORWARD-LOOKING STATEMENTS')).toBe('Cautionary Statement Regarding Forward-Looking Statements');
    expect(readableTitle('THE COMPANY')).toBe('The Company');
    expect(readableTitle('(b) REPORTS ON FORM 8-K')).toBe('(b) Reports on Form 8-K');
    expect(readableTitle('(iv) OTHER MATTERS')).toBe('(iv) Other Matters');
  });

  test('Roman numerals, codes with figures, initials and known abbreviations keep their capitals', () => {
    expect(readableTitle('PART II')).toBe('Part II');
    expect(readableTitle('EX-27 — ART. 5 FDS FOR FY94 FORM 10-K')).toBe('EX-27 — Art. 5 FDS for FY94 Form 10-K');
    expect(readableTitle('WASHINGTON, D.C. 20549')).toBe('Washington, D.C. 20549');
  });

  test('a title in mixed case is the filing’s own and is kept', () => {
    expect(readableTitle('Risk Factors')).toBe('Risk Factors');
    expect(readableTitle('Description of the iPod')).toBe('Description of the iPod');
    expect(isAllCaps('Risk Factors')).toBe(false);
    expect(isAllCaps('12 (A)')).toBe(false);
  });
});

describe('readableCompany', () => {
  test('conformed names get their legal forms written out as people write them', () => {
    expect(readableCompany('ACME COMPUTER INC')).toBe('Acme Computer Inc.');
    expect(readableCompany('BFK CORP')).toBe('BFK Corp.');
    expect(readableCompany('TRW INC')).toBe('TRW Inc.');
    expect(readableCompany('SAVANNAH ELECTRIC & POWER CO')).toBe('Savannah Electric & Power Co.');
    expect(readableCompany('Level 3 Communications, Inc.')).toBe('Level 3 Communications, Inc.');
  });

  test('short words inside a name stay lower case, as in a title; a name may start with one', () => {
    expect(readableCompany('SEARS, ROEBUCK AND CO.')).toBe('Sears, Roebuck and Co.');
    expect(readableCompany('BANK OF NEW YORK CO INC')).toBe('Bank of New York Co. Inc.');
    expect(readableCompany('THE HERTZ CORP')).toBe('The Hertz Corp.');
  });
});

describe('readableTitle in mixed titles', () => {
  test('a run of capitalised words inside a mixed title is set in Title Case; a lone abbreviation is kept', () => {
    expect(readableTitle('Article V — CHIEF EXECUTIVE OFFICER')).toBe('Article V — Chief Executive Officer');
    expect(readableTitle('Notes to the BFK Financial Statements')).toBe('Notes to the BFK Financial Statements');
    expect(readableTitle('Exhibit 27 (FDS FOR FY94)')).toBe('Exhibit 27 (FDS for FY94)');
  });
});
