// @vitest-environment happy-dom
/** The card: the same box whatever the status, the shared tokens on its own box, keyboard focus and Escape-friendly hide. */
import { describe, expect, it } from 'vitest';
import { CARD_CSS, CARD_HEIGHT, CARD_WIDTH, createCard } from '../../src/page/card';
import { OVERLAY_CSS } from '../../src/page/overlay';
import type { ShadowLayer } from '../../src/page/shadow-layer';
import { DARK, LIGHT } from '../../src/design/tokens';

function layer(): ShadowLayer {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  return { host, root, attach() {}, destroy: () => host.remove() };
}
const anchor = { left: 10, top: 10, bottom: 30 };

describe('card', () => {
  it('has the same box whatever the status', () => {
    const l = layer();
    const card = createCard(l, () => 0);
    const boxes = (['matched', 'missing', 'other'] as const).map((status) => {
      card.show(anchor, { name: 'Kubernetes', category: 'devops', lean: 'swe', status }, () => undefined);
      return card.box();
    });
    expect(boxes[0]).toEqual({ left: 10, top: 34, right: 10 + CARD_WIDTH, bottom: 34 + CARD_HEIGHT });
    expect(boxes[1]).toEqual(boxes[0]);
    expect(boxes[2]).toEqual(boxes[0]);
  });

  it('shows category display names from data and a shape with the status', () => {
    const l = layer();
    const card = createCard(l, () => 0);
    card.show(anchor, { name: 'PyTorch', category: 'ml-framework', lean: 'ml', status: 'missing' }, () => undefined);
    expect(l.root.querySelector('.meta')!.textContent).toBe('ML frameworks and libraries · leans ML');
    expect(l.root.querySelector('.status')!.className).toContain('missing');
    expect(CARD_CSS).toMatch(/\.card \.missing::before \{ content: "✗"; \}/);
  });

  it('sets the design tokens on its own box (a page cannot restyle it by inheritance), light and dark', () => {
    expect(CARD_CSS).toContain(`.card { --sm-fg: ${LIGHT.fg};`);
    expect(CARD_CSS).toMatch(new RegExp(`prefers-color-scheme: dark\\) \\{ \\.card \\{ --sm-fg: ${DARK.fg};`));
  });

  it('scopes every status rule to the card: the overlay marks share the shadow root and the class names', () => {
    expect(OVERLAY_CSS).toMatch(/\.mark\.missing/);
    const rules = CARD_CSS.split('\n').filter((line) => /\.(matched|missing|other)\b/.test(line));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) for (const selector of rule.split('}').filter((r) => r.includes('{')).map((r) => r.split('{')[0]!.trim())) expect(selector).toMatch(/^\.card /);
  });

  it('takes the keyboard focus when asked, on its button or (nothing to press) on itself, and gives it up when hidden', () => {
    const l = layer();
    const card = createCard(l, () => 0);
    card.show(anchor, { name: 'Go', category: 'language', lean: 'swe', status: 'missing' }, () => undefined);
    card.focus();
    expect(l.root.activeElement?.tagName).toBe('BUTTON');
    card.show(anchor, { name: 'Go', category: 'language', lean: 'swe', status: 'matched' }, () => undefined);
    card.focus();
    expect(l.root.activeElement?.getAttribute('role')).toBe('dialog');
    expect(l.root.activeElement?.getAttribute('aria-labelledby')).toBe('skillmark-card-name');
    card.hide();
    expect(l.root.activeElement).toBeNull();
  });
});
