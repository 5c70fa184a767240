import { describe, expect, it } from 'vitest';
import { isFollowUpError } from '../errors.js';
import { regionCalendar } from './regionCalendar.js';

// Facts checked by hand against official calendars, independent of the golden fixtures.
const offDays = (code: string, from: string, to: string) => regionCalendar(code).explain(from, to).map((d) => d.date);

describe('regionCalendar: hand-checked holidays (R4.4)', () => {
  it('R4.4: US federal holidays, including observed days for Saturday holidays', () => {
    const us = regionCalendar('US');
    expect(us.isBusinessDay('2026-11-26')).toBe(false); // Thanksgiving, 4th Thursday of November
    expect(us.isBusinessDay('2026-11-27')).toBe(true); // the day after is not federal
    expect(us.isBusinessDay('2026-12-25')).toBe(false); // Christmas, a Friday
    expect(us.isBusinessDay('2026-06-19')).toBe(false); // Juneteenth, a Friday
    expect(us.isBusinessDay('2027-06-18')).toBe(false); // Juneteenth 2027 is a Saturday: observed Friday
    expect(us.isBusinessDay('2026-07-03')).toBe(false); // 4 July 2026 is a Saturday: observed Friday
    expect(us.isBusinessDay('2027-12-24')).toBe(false); // Christmas 2027 is a Saturday: observed Friday
    expect(us.isBusinessDay('2027-12-31')).toBe(false); // New Year 2028 is a Saturday: observed Friday 31 Dec
    expect(us.addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
  });

  it('R4.4: California adds César Chávez Day and the day after Thanksgiving', () => {
    const ca = regionCalendar('US-CA');
    expect(ca.isBusinessDay('2026-03-31')).toBe(false);
    expect(ca.isBusinessDay('2026-11-27')).toBe(false);
    expect(ca.addBusinessDays('2026-11-25', 1)).toBe('2026-11-30');
  });

  it('R4.4: Bavaria has Corpus Christi (Fronleichnam) and Epiphany; Berlin has neither', () => {
    expect(regionCalendar('DE-BY').isBusinessDay('2026-06-04')).toBe(false); // Easter 5 April + 60 days
    expect(regionCalendar('DE-BY').isBusinessDay('2026-01-06')).toBe(false);
    expect(regionCalendar('DE-BE').isBusinessDay('2026-06-04')).toBe(true);
    expect(regionCalendar('DE-BE').isBusinessDay('2026-01-06')).toBe(true);
    expect(regionCalendar('DE-BE').isBusinessDay('2027-03-08')).toBe(false); // International Women's Day, Berlin only
  });

  it("R4.4: Scotland has St Andrew's Day (substitute Monday in 2025) and 2 January; England has neither", () => {
    expect(offDays('GB-SCT', '2026-11-30', '2026-11-30')).toEqual(['2026-11-30']);
    expect(regionCalendar('GB-SCT').isBusinessDay('2025-12-01')).toBe(false); // 30 Nov 2025 was a Sunday
    expect(regionCalendar('GB-SCT').isBusinessDay('2026-01-02')).toBe(false);
    expect(regionCalendar('GB-ENG').isBusinessDay('2026-01-02')).toBe(true);
    expect(regionCalendar('GB-ENG').isBusinessDay('2026-04-06')).toBe(false); // Easter Monday, not in Scotland
    expect(regionCalendar('GB-SCT').isBusinessDay('2026-04-06')).toBe(true);
  });

  it('R4.4: Japan: substitute holiday for a Sunday holiday and the 2026 sandwiched citizens\' holiday', () => {
    const jp = regionCalendar('JP');
    expect(jp.isBusinessDay('2026-05-06')).toBe(false); // Constitution Day, 3 May, was a Sunday
    expect(jp.isBusinessDay('2026-09-22')).toBe(false); // between Respect-for-the-Aged Day and the equinox
  });

  it('R4.4: France 14 July, Spain 12 October, Quebec 24 June, New South Wales first Monday of October', () => {
    expect(regionCalendar('FR').isBusinessDay('2026-07-14')).toBe(false);
    expect(regionCalendar('ES').isBusinessDay('2026-10-12')).toBe(false);
    expect(regionCalendar('CA-QC').isBusinessDay('2026-06-24')).toBe(false);
    expect(regionCalendar('AU-NSW').isBusinessDay('2026-10-05')).toBe(false);
    expect(regionCalendar('AU-NSW').isBusinessDay('2026-01-26')).toBe(false); // Australia Day
    expect(regionCalendar('BR').isBusinessDay('2026-04-21')).toBe(false); // Tiradentes
    expect(regionCalendar('IN').isBusinessDay('2026-10-02')).toBe(false); // Gandhi Jayanti
  });

  it('R4.4: Israel: Friday–Saturday weekend, Yom Kippur off, its eve a business day', () => {
    const il = regionCalendar('IL');
    expect(il.isBusinessDay('2026-09-18')).toBe(false); // Friday
    expect(il.isBusinessDay('2026-09-20')).toBe(true); // Sunday
    expect(il.isBusinessDay('2026-09-21')).toBe(false); // Yom Kippur (10 Tishrei 5787)
    expect(il.isBusinessDay('2025-10-01')).toBe(true); // the eve of Yom Kippur 2025, a Wednesday
    expect(il.isBusinessDay('2025-10-02')).toBe(false);
  });

  it('R4.4: the UAE weekend moved from Friday–Saturday to Saturday–Sunday on 2022-01-01', () => {
    const ae = regionCalendar('AE');
    expect(ae.isBusinessDay('2021-12-31')).toBe(false); // Friday, old weekend
    expect(ae.isBusinessDay('2021-12-26')).toBe(true); // Sunday, old working day
    expect(ae.isBusinessDay('2022-01-07')).toBe(true); // Friday, new working day
    expect(ae.isBusinessDay('2022-01-09')).toBe(false); // Sunday, new weekend
  });

  it('R4.4: explain() names the holiday and its type', () => {
    expect(regionCalendar('US').explain('2026-11-26', '2026-11-26')).toEqual([
      { date: '2026-11-26', reasons: [{ kind: 'holiday', name: 'Thanksgiving Day', type: 'public' }] },
    ]);
  });
});

describe('regionCalendar: options (R4.4)', () => {
  it('R4.4: weekend, daysOff and workingDays override the defaults', () => {
    expect(regionCalendar('IL', { weekend: [6, 0] }).isBusinessDay('2026-09-18')).toBe(true);
    expect(regionCalendar('US', { daysOff: ['2026-11-27'] }).addBusinessDays('2026-11-25', 1)).toBe('2026-11-30');
    expect(regionCalendar('US', { workingDays: ['2026-11-26'] }).isBusinessDay('2026-11-26')).toBe(true);
  });

  it('R4.4: types and partDays reach the holiday source', () => {
    expect(regionCalendar('DE-BY').isBusinessDay('2026-12-24')).toBe(true);
    expect(regionCalendar('DE-BY', { types: ['public', 'bank'] }).isBusinessDay('2026-12-24')).toBe(true);
    expect(regionCalendar('DE-BY', { types: ['public', 'bank'], partDays: true }).isBusinessDay('2026-12-24')).toBe(false);
  });

  it('R4.4: unknown regions and options are typed errors', () => {
    let e: unknown;
    try { regionCalendar('US-ZZ'); } catch (x) { e = x; }
    expect(isFollowUpError(e, 'UNKNOWN_REGION')).toBe(true);
    try { regionCalendar('US', { holidays: [] } as never); } catch (x) { e = x; }
    expect(isFollowUpError(e, 'INVALID_ARGUMENT')).toBe(true);
    expect((e as Error).message).toContain('"holidays"');
  });

  it('R4.4: a country whose weekend is known but whose holidays the data lacks says so, and how to count its weekend', () => {
    for (const code of ['QA', 'kw', 'NP']) {
      let e: unknown;
      try { regionCalendar(code); } catch (x) { e = x; }
      expect(isFollowUpError(e, 'UNKNOWN_REGION'), code).toBe(true);
      // No unrelated suggestions ("BA, CA, GA" for QA): the note says what to do instead.
      expect(e, code).toMatchObject({ suggestions: [] });
      expect((e as Error).message, code).toContain(`date-holidays has no public holidays for ${code.toUpperCase()}; for its weekend alone, use createCalendar({ weekend: defaultWeekend("${code.toUpperCase()}") })`);
    }
  });

  it('R4.4: region holidays start in the year 100: earlier is a DateRangeError at once (date-holidays never returns for the Chinese calendar in the years 1–2), and a long count back does not reach past it', () => {
    let e: unknown;
    try { regionCalendar('SG').isBusinessDay('0002-01-01'); } catch (x) { e = x; }
    expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE'), String(e)).toBe(true);
    expect((e as Error).message).toMatch(/^The holidays of SG are computed from the year 100 on/);
    // Growing the span backwards by doubling would have gone below the year 100 to find a day in the year 110.
    const us = regionCalendar('US');
    const back = us.subBusinessDays('0130-06-01', 5000);
    expect(back > '0100-01-01').toBe(true);
    expect(us.businessDaysBetween(back, '0130-06-01')).toBe(5000);
  });

  it('R4.4: a year date-holidays cannot compute is a DateRangeError, not its raw error', () => {
    let e: unknown;
    try { regionCalendar('IR').isBusinessDay('3798-06-01'); } catch (x) { e = x; }
    expect(isFollowUpError(e, 'DATE_OUT_OF_RANGE'), String(e)).toBe(true);
    expect((e as Error).message).toMatch(/^The holidays of IR cannot be computed for the year 3798: date-holidays failed \(/);
  });
});
