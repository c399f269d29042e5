import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutCta } from '../../src/page/extract';

/** What the extractor cut before it walked line by line: the specification. */
const TRAILING_CTA = /(?:\n+(?:apply(?: now| here| today| for this (?:job|position|role))?|save(?: job)?|share(?: this job)?|report(?: this)? job|back to (?:jobs|search|all jobs)|show (?:more|less)|see more)\s*)+$/i;

describe('trailing calls to action', () => {
  it('are cut exactly as the regex cut them', () => {
    const piece = fc.constantFrom('\n', '\n\n', ' ', '\t', '\r', 'Apply', 'apply now', 'Save job', 'see more', 'Show less', 'x', 'Python', 'apply for this role', 'Back to jobs');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(withoutCta(text)).toBe(text.replace(TRAILING_CTA, ''));
      }),
      { numRuns: 5000 },
    );
  });

  it('walk back over 20,000 of them line by line', () => {
    expect(withoutCta('Requirements: Go' + '\nApply'.repeat(20_000))).toBe('Requirements: Go');
    expect(withoutCta('x' + '\nApply'.repeat(20_000) + 'y')).toBe('x' + '\nApply'.repeat(20_000) + 'y');
  });
});
