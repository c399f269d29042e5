/**
 * A freshly started service worker runs its first analysis several times slower than the next
 * ones (matcher data to parse, code to compile). The background runs this while a job page is
 * still loading, so the page's ad gets a warm analysis. compromise is left alone: the sample
 * needs no part of speech, and compromise starts only when a word of an ad needs it.
 */
import { analyze } from './analyze';

/** A made-up ad: sections, a list, a cue phrase, versions; nothing ambiguous. */
export const WARM_UP_AD = `Senior Engineer

Responsibilities
- Build and deploy services in Python 3 and TypeScript; review code.
- Train models with PyTorch and ship them with Docker and Kubernetes.

Requirements
- 3+ years of experience with PostgreSQL, Redis and AWS.

Nice to have: Kafka, Terraform.`;

export function warmUp(): void {
  analyze(WARM_UP_AD, { title: 'Senior Engineer' });
}
