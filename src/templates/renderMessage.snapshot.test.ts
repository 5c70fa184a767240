import { describe, expect, it } from 'vitest';
import { messageSamples, requiredOnlySamples } from '../../test/arbitraries/templates.js';
import { MESSAGE_KINDS } from './messageData.js';
import { renderMessage } from './renderMessage.js';
import { MESSAGE_LOCALES } from './resolveLocale.js';

/*
 * Golden files, one per message × locale, in test/fixtures/templates/: the full rendering with
 * every optional field, then the text with required fields only. Regenerate with
 * `npx vitest run src/templates/renderMessage.snapshot.test.ts -u` and review the diff.
 */
describe('built-in messages (golden files)', () => {
  for (const locale of MESSAGE_LOCALES) {
    for (const kind of MESSAGE_KINDS) {
      it(`${kind} (${locale})`, async () => {
        const options = { locale, timeZone: 'Europe/Berlin' };
        const full = renderMessage(kind, messageSamples(locale)[kind] as never, options);
        const minimal = renderMessage(kind, requiredOnlySamples(locale)[kind] as never, options);
        const golden = [
          `Subject: ${full.subject}`,
          `Words: ${full.wordCount}`,
          '',
          full.text,
          '',
          '--- html ---',
          full.html,
          '',
          '--- required fields only ---',
          `Subject: ${minimal.subject}`,
          '',
          minimal.text,
          '',
        ].join('\n');
        await expect(golden).toMatchFileSnapshot(`../../test/fixtures/templates/${kind}.${locale}.txt`);
      });
    }
  }
});
