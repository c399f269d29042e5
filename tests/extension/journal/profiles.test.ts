import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers, type Sender } from '../../../src/extension/background';
import type { ProfileFit, ProfileStanding, ProfilesRequest } from '../../../src/extension/journal/profiles';
import { standingOf } from '../../../src/extension/journal/profiles';
import { profileItem, profileSetItem, type ProfileSet } from '../../../src/extension/storage';

const fromOptions: Sender = { url: fakeBrowser.runtime.getURL('/options.html') };
const ask = (request: ProfilesRequest) => handlers.profiles(request, fromOptions);
const tab = (id: number, url = 'https://jobs.lever.co/x/1'): Sender => ({ url, tab: { id, url } });

beforeEach(() => fakeBrowser.reset());

describe('named profiles', () => {
  it('adds a profile, switches to it (the active one is the profile everything reads), and back', async () => {
    await profileItem.setValue({ skills: ['python', 'pytorch'], custom: [] });
    await ask({ op: 'create', data: { name: 'Backend', copy: false } });
    let set = (await ask({ op: 'switchTo', data: 'Backend' })) as ProfileSet;
    expect(set.active).toBe('Backend');
    expect(await profileItem.getValue()).toEqual({ skills: [], custom: [] });
    expect(set.others['My skills']).toEqual({ skills: ['python', 'pytorch'], custom: [] });
    set = (await ask({ op: 'switchTo', data: 'My skills' })) as ProfileSet;
    expect(await profileItem.getValue()).toEqual({ skills: ['python', 'pytorch'], custom: [] });
    expect(Object.keys(set.others)).toEqual(['Backend']);
  });

  it('refuses a repeated name, removing the active profile, and an unknown one', async () => {
    await ask({ op: 'create', data: { name: 'ML', copy: true } });
    await expect(ask({ op: 'create', data: { name: 'ML', copy: false } })).rejects.toThrow('already a profile called "ML"');
    await expect(ask({ op: 'remove', data: 'My skills' })).rejects.toThrow('Switch to another profile');
    await expect(ask({ op: 'switchTo', data: 'Nope' })).rejects.toThrow('no profile with that name');
    await ask({ op: 'remove', data: 'ML' });
    expect((await profileSetItem.getValue())?.others).toEqual({});
  });

  it('says which profile fits a tab\'s ad best, and re-matches the tab on a switch', async () => {
    await profileItem.setValue({ skills: ['react'], custom: [] });
    await handlers.analysePage({ url: 'https://jobs.lever.co/x/1', found: true, board: 'Lever', title: 'Backend Engineer', text: 'Requirements\n- Go, Kafka and PostgreSQL' }, tab(5));
    await ask({ op: 'create', data: { name: 'Backend', copy: false } });
    await ask({ op: 'switchTo', data: 'Backend' });
    await handlers.addSkills({ ids: ['go', 'kafka'] }, fromOptions);
    await ask({ op: 'switchTo', data: 'My skills' });
    const fits = (await ask({ op: 'fits', data: 5 })) as ProfileFit[];
    expect(fits[0]).toMatchObject({ name: 'Backend', active: false });
    expect(fits[0]!.score!).toBeGreaterThan(fits[1]!.score ?? 0);
  });

  it('places a profile on the same lean model as the ads', () => {
    const ml = standingOf(['pytorch', 'tensorflow', 'deep-learning', 'python']);
    const swe = standingOf(['react', 'typescript', 'css', 'nodejs']);
    expect(ml.label).toBe('ml');
    expect(swe.label).toBe('swe');
    expect(ml.ml).toBeGreaterThan(swe.ml);
    expect(standingOf([])).toMatchObject<Partial<ProfileStanding>>({ skills: 0 });
  });
});
