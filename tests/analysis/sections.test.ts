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

describe('sections that survive real typography', () => {
  it('reads curly apostrophes, emoji, bullets and question marks in headings', () => {
    const text = '🚀 What you’ll do\n- Build services in Go\n✅ What are we looking for?\n- Strong Java\n✨ Nice-to-have\n- Rust\n🎁 Why you’ll love it here\n- Free lunch\n';
    expect(sectionOf(text, 'Build services')).toBe('responsibilities');
    expect(sectionOf(text, 'Strong Java')).toBe('required');
    expect(sectionOf(text, 'Rust')).toBe('preferred');
    expect(sectionOf(text, 'Free lunch')).toBe('benefits');
  });

  it('finds headings glued into one line of flattened text', () => {
    const text =
      'About the job We forecast demand for grocers from many internal and external data sources.Qualifications Bachelor’s degree and 3+ years of Python and SQL. Experience with Airflow.Preferred Qualifications Experience with dbt and with Spark streaming jobs in production.Benefits Health insurance and 401k matching for everyone.';
    expect(sectionOf(text, 'We forecast')).toBe('responsibilities');
    expect(sectionOf(text, '3+ years of Python')).toBe('required');
    expect(sectionOf(text, 'Experience with dbt')).toBe('preferred');
    expect(sectionOf(text, 'Health insurance')).toBe('benefits');
  });

  it('applies a preference marker to its own sentence, not the paragraph', () => {
    const text = 'Requirements\nYou know Python, Go and SQL well and have run them in production. Kubernetes is a plus.\n';
    expect(sectionOf(text, 'You know Python')).toBe('required');
    expect(sectionOf(text, 'Kubernetes is a plus')).toBe('preferred');
  });

  it('files culture, mission and perks away from the job', () => {
    const text = 'Our mission\nWe use Elixir to fix school software.\nThe way we work\nWritten proposals in Notion.\nRequirements\n- PostgreSQL\n- Free courses on Kubernetes, paid by us.\n';
    expect(sectionOf(text, 'We use Elixir')).toBe('about');
    expect(sectionOf(text, 'Written proposals')).toBe('about');
    expect(sectionOf(text, '- PostgreSQL')).toBe('required');
    expect(sectionOf(text, 'Free courses')).toBe('benefits');
  });

  it('reads German, French, Spanish and Dutch headings', () => {
    const text = 'Deine Aufgaben\n- Java\nDein Profil\n- Kubernetes\nWir bieten\n- Urlaub\nVotre profil\n- Python\nRequisitos\n- Go\nWat wij vragen\n- Rust\nVos missions\n- Scala\n';
    expect(sectionOf(text, '- Java')).toBe('responsibilities');
    expect(sectionOf(text, '- Kubernetes')).toBe('required');
    expect(sectionOf(text, '- Urlaub')).toBe('benefits');
    expect(sectionOf(text, '- Python')).toBe('required');
    expect(sectionOf(text, '- Go')).toBe('required');
    expect(sectionOf(text, '- Rust')).toBe('required');
    expect(sectionOf(text, '- Scala')).toBe('responsibilities');
  });
});
