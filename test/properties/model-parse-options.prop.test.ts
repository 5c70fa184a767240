import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { safeParseInterview } from '../../src/model/Interview.js';
import { interviewArb } from '../arbitraries/model.js';

/** Optional fields of an interview and of its interviewers: an export writes the absent ones as null. */
const OPTIONAL = ['employerCalendar', 'timeline'] as const;
const OPTIONAL_PERSON = ['email', 'title'] as const;

describe('parse options', () => {
  test.prop([interviewArb, fc.boolean(), fc.boolean(), fc.dictionary(fc.string({ minLength: 1 }).map((k) => `x-${k}`), fc.jsonValue(), { maxKeys: 3 })])(
    'an interview with its absent optional fields written as null and fields of its own reads as the interview itself (valid or not), and the input is not changed',
    (interview, nulls, extra, own) => {
      const record: Record<string, unknown> = { ...interview, interviewers: interview.interviewers.map((p) => ({ ...p })) };
      if (nulls) {
        for (const k of OPTIONAL) if (!(k in record)) record[k] = null;
        for (const p of record['interviewers'] as Record<string, unknown>[]) for (const k of OPTIONAL_PERSON) if (!(k in p)) p[k] = null;
      }
      if (extra) Object.assign(record, own);
      const before = structuredClone(record);
      // The same result, valid or not: the same data, or the same issues.
      const read = safeParseInterview(record, { nullFields: 'absent', unknownFields: 'drop' });
      const plain = safeParseInterview(interview);
      expect(read.success ? read.data : read.error.issues).toEqual(plain.success ? plain.data : plain.error.issues);
      expect(record).toEqual(before);
    },
  );
});
