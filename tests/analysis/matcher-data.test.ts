/**
 * The matcher the extension ships is compiled at build time (scripts/build-worker.ts replaces
 * src/analysis/matcher-data.ts with the data as a string): that module must give exactly what a
 * compilation at run time gives, and the flat data must scan exactly as compiled.
 */
import { describe, expect, it } from 'vitest';
import { prebuiltMatcherSource } from '../../scripts/build-worker';
import { compileMatcher, compileMatcherData, loadMatcher } from '../../src/analysis/matcher';
import { matcherData } from '../../src/analysis/matcher-data';
import { cueEntries } from '../../src/analysis/cues';
import { TAGGED_SKILLS } from '../../src/analysis/lexicon';
import { ad } from './fixtures';

async function prebuilt(): Promise<ReturnType<typeof matcherData>> {
  const source = prebuiltMatcherSource();
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { matcherData: typeof matcherData };
  return mod.matcherData();
}

describe('matcher data compiled at build time', () => {
  it('equals a compilation at run time of the tagged skills and cue phrases', async () => {
    const built = await prebuilt();
    expect(built).toEqual(compileMatcherData([...TAGGED_SKILLS, ...cueEntries()]));
    expect(built.size).toBeGreaterThan(TAGGED_SKILLS.length);
  });

  it('scans the sample ads exactly as the runtime compilation does', async () => {
    const shipped = loadMatcher(await prebuilt());
    const runtime = compileMatcher([...TAGGED_SKILLS, ...cueEntries()]);
    for (const name of ['data-scientist', 'frontend', 'hybrid-mlops', 'ml-engineer', 'nurse', 'swe-backend']) {
      const text = ad(name);
      expect(shipped.scan(text)).toEqual(runtime.scan(text));
    }
    expect(shipped.scan(ad('ml-engineer')).length).toBeGreaterThan(5);
  });
});

describe('flat matcher data', () => {
  const data = compileMatcherData([
    { id: 'go', name: 'Go', category: 'language', lean: 'swe', weight: 1, cased: ['Go', 'Golang'], ambiguous: true },
    { id: 'nodejs', name: 'Node.js', category: 'web-backend', lean: 'swe', weight: 1, aliases: ['node'] },
    { id: 'ci-cd', name: 'CI/CD', category: 'devops', lean: 'swe', weight: 1 },
    { id: 'api', name: 'API', category: 'web-backend', lean: 'swe', weight: 1 },
  ]);

  it('survives JSON and finds spellings, variants, plurals and list-only lower case', () => {
    const m = loadMatcher(JSON.parse(JSON.stringify(data)) as typeof data);
    const found = m.scan('We use Node JS, nodejs and CI-CD; APIs in Go; java, go. Going nowhere.').map((h) => [h.skill, h.start, h.end, h.needsContext, h.listOnly ?? false]);
    expect(found).toEqual([
      ['nodejs', 7, 14, false, false],
      ['nodejs', 16, 22, false, false],
      ['ci-cd', 27, 32, false, false],
      ['api', 34, 38, false, false],
      ['go', 42, 44, true, false],
      ['go', 52, 54, true, true],
    ]);
  });

  it('refuses data that does not hold together', () => {
    expect(() => loadMatcher({ ...data, kids: data.kids.slice(1) })).toThrow(/Malformed/);
    expect(() => loadMatcher({ ...data, kids: '1' + data.kids.slice(1) })).toThrow(/Malformed/);
    expect(() => loadMatcher({ ...data, ends: data.ends + String.fromCharCode(48 + 50_000, 48) })).toThrow(/Malformed/);
  });
});
