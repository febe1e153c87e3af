import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta />; both forms are valid HTML.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Scoped data attributes and pagefind's attributes are fine; long Danish words are not errors.
    'attribute-boolean-style': 'off',
    'no-inline-style': 'off',
    'long-title': 'off',
  },
});

describe('HTML validity', () => {
  for (const page of builtPages()) {
    it(`${page.url} is valid HTML`, async () => {
      const report = await validator.validateString(page.html, page.file);
      const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      expect(problems).toEqual([]);
    });
  }
});
