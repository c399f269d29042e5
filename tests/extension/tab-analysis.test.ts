import { describe, expect, it } from 'vitest';
import type { PagePayload } from '../../src/extension/messages';
import { analysePage, badgeFor, profileIds } from '../../src/extension/tab-analysis';

const page = (text: string, extra: Partial<PagePayload> = {}): PagePayload => ({ url: 'https://x.org/job', found: true, board: 'Lever', title: 'ML Engineer', text, ...extra });
const TEXT = 'Requirements\n- PyTorch and Kubernetes\n\nAbout us\nWe maintain a popular Kafka client.';

describe('analysePage (background)', () => {
  it('marks each mention matched, missing, or other (outside the job sections)', () => {
    const { verdict, state } = analysePage(page(TEXT), { skills: ['pytorch'], custom: [] });
    const byText = Object.fromEntries(verdict.mentions.map((m) => [TEXT.slice(m.start, m.end), m.status]));
    expect(byText).toEqual({ PyTorch: 'matched', Kubernetes: 'missing', Kafka: 'other' });
    expect(state.status).toBe('ready');
    expect(state.match?.missing).toEqual(['kubernetes']);
    expect(verdict.skills.pytorch).toEqual({ id: 'pytorch', name: 'PyTorch', category: 'ml-framework', lean: 'ml' });
  });

  it('treats every mention as "other" without a profile, and reports the lean instead of a match', () => {
    const { verdict, state } = analysePage(page(TEXT), { skills: [], custom: [] });
    expect(new Set(verdict.mentions.map((m) => m.status))).toEqual(new Set(['other']));
    expect(state.match).toBeNull();
    expect(state.hasProfile).toBe(false);
  });

  it('resolves custom profile entries the lexicon knows (migrated v1 names)', () => {
    expect(profileIds({ skills: ['go'], custom: ['k8s', 'Basket weaving'] })).toEqual(['go', 'kubernetes']);
  });

  it('passes on "no ad" with its reason, and says when the language is not supported', () => {
    expect(analysePage(page('', { found: false, reason: 'A list of jobs' }), { skills: [], custom: [] }).state).toMatchObject({ status: 'no-ad', reason: 'A list of jobs' });
    const german = 'Wir suchen eine erfahrene Entwicklerin für unser Team in Berlin. Du entwickelst neue Funktionen und arbeitest eng mit dem Produktteam zusammen, damit unsere Kunden zufrieden sind und wir gemeinsam wachsen.';
    expect(analysePage(page(german), { skills: [], custom: [] }).state.status).toBe('unsupported-language');
  });
});

describe('badgeFor', () => {
  const { state } = analysePage(page(TEXT), { skills: ['pytorch'], custom: [] });
  it('shows the match score, or the lean without a profile, or nothing', () => {
    expect(badgeFor(state, 'score').text).toBe(`${Math.round(state.match!.score * 100)}%`);
    expect(badgeFor(state, 'lean').text).toBe('ML');
    expect(badgeFor(state, 'off').text).toBe('');
    expect(badgeFor(null, 'score').text).toBe('');
    const noProfile = analysePage(page(TEXT), { skills: [], custom: [] }).state;
    expect(badgeFor(noProfile, 'score').text).toBe('ML');
  });
});
