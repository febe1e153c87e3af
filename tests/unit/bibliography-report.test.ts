import { describe, expect, it } from 'vitest';
import { bibliographyReport } from '../../src/reports/bibliography-report.ts';
import { fixtureContent } from './helpers.ts';

describe('bibliography report', () => {
  it('lists incomplete entries, works never cited, and year variants', () => {
    const report = bibliographyReport(fixtureContent).join('\n');
    expect(report).toContain('6 works, 1 citations in the Danish edition; 2 verified, 4 incomplete.');
    expect(report).toMatch(/Incomplete entries.*\n\s+- .*andersen-etal-2022: missing title/);
    expect(report).toMatch(/Listed but never cited \(5\)/);
  });
});
