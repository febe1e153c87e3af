import { describe, expect, it } from 'vitest';
import { fidelity } from '../../scripts/fidelity.mjs';

describe('faithful Danish text', () => {
  it('carries at least 97% of the source’s six-word runs (citations and page numbers left out)', () => {
    const { share, total } = fidelity();
    expect(total).toBeGreaterThan(25_000);
    expect(share).toBeGreaterThanOrEqual(0.97);
  });
});
