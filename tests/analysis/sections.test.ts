import { describe, expect, it } from 'vitest';
import { sectionAt, splitSections } from '../../src/analysis/sections';
import type { SectionKind } from '../../src/analysis/types';
import { ad } from './fixtures';

/** The section a phrase of the text falls in. */
function sectionOf(text: string, phrase: string): SectionKind {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  return sectionAt(splitSections(text), at);
}

describe('sections', () => {
  it('covers the whole text in order, with no gaps', () => {
    const text = ad('swe-backend');
    const sections = splitSections(text);
    expect(sections[0]!.start).toBe(0);
    expect(sections[sections.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < sections.length; i++) expect(sections[i]!.start).toBe(sections[i - 1]!.end);
  });

  it('follows headings: responsibilities, requirements, nice to have, benefits', () => {
    const text = ad('ml-engineer');
    expect(sectionOf(text, 'Train, evaluate and deploy')).toBe('responsibilities');
    expect(sectionOf(text, 'Strong Python, NumPy')).toBe('required');
    expect(sectionOf(text, 'Experience with CUDA')).toBe('preferred');
    expect(sectionOf(text, 'Health insurance')).toBe('benefits');
  });

  it('reads headings with a colon and "You will:" / "You have:" styles', () => {
    const text = ad('data-scientist');
    expect(sectionOf(text, 'Build predictive models')).toBe('responsibilities');
    expect(sectionOf(text, 'A degree in statistics')).toBe('required');
  });

  it('finds EEO text without a heading, and "is a plus" lines inside requirements', () => {
    const text = 'Requirements\n- Python and SQL\n- Kafka is a plus\n\nWe are an equal opportunity employer; we do not discriminate on the basis of race or national origin.';
    expect(sectionOf(text, 'Python and SQL')).toBe('required');
    expect(sectionOf(text, 'Kafka is a plus')).toBe('preferred');
    expect(sectionOf(text, 'equal opportunity')).toBe('legal');
  });

  it('tells a company blurb and benefits in an ad without headings', () => {
    const text = 'Acme Robotics is a fast-growing startup building warehouse robots.\nYou will write Python services for our fleet.\nWe offer stock options, dental cover and 25 days of paid time off.';
    expect(sectionOf(text, 'Acme Robotics')).toBe('about');
    expect(sectionOf(text, 'You will write')).toBe('intro');
    expect(sectionOf(text, 'We offer stock')).toBe('benefits');
  });

  it('does not take a list item for a heading', () => {
    const text = 'Nice to have:\nExperience with Kubernetes\nSkills in Terraform';
    expect(sectionOf(text, 'Experience with Kubernetes')).toBe('preferred');
  });
});

describe('sections in a flattened ad', () => {
  it('judges each sentence of a one-line ad, so an EEO sentence does not swallow the job', () => {
    const text =
      'COMPANY OVERVIEW Acme Analytics is a leading provider of forecasting tools for retailers around the world.RESPONSIBILITIES Build forecasting models in Python and PyTorch for our largest customers. Present results to stakeholders every week. Acme Analytics is an equal opportunity employer and does not discriminate on the basis of race, religion or national origin. Benefits include dental cover and 401(k) matching.';
    expect(sectionOf(text, 'Build forecasting models')).toBe('responsibilities');
    expect(sectionOf(text, 'Acme Analytics is a leading')).toBe('about');
    expect(sectionOf(text, 'equal opportunity employer')).toBe('legal');
    expect(sectionOf(text, 'Benefits include')).toBe('benefits');
  });
});
