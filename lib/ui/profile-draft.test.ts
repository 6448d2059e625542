import { describe, expect, it } from 'vitest';
import { PROFILES } from '../choose/profiles';
import { createChooseStore } from './choose-store';
import { createOptionsStore } from './options-store';
import { draftFromProfiles, profilesFromDraft } from './profile-draft';
import { createTestWorker } from '../../tests/support/test-worker';

describe('profile drafts', () => {
  it('stores a whole profile with only the typed values changed; "none" lifts a limit; empty keeps the built-in', () => {
    const { profiles, errors } = profilesFromDraft({ maximize: { weights: { yield: ' 9 ', audits: '' }, limits: { maxExitDays: 'none' } } });
    expect(errors).toEqual({});
    expect(profiles).toEqual({ maximize: { weights: { ...PROFILES.maximize.weights, yield: 9 }, limits: { ...PROFILES.maximize.limits, maxExitDays: null } } });
    // Read back, only the differences fill fields.
    expect(draftFromProfiles(profiles)).toEqual({ maximize: { weights: { yield: '9' }, limits: { maxExitDays: 'none' } } });
    expect(profilesFromDraft({ balance: { weights: {}, limits: {} } }).profiles).toEqual({});
  });

  it('names the field that is not a number or out of range', () => {
    expect(profilesFromDraft({ preserve: { weights: { yield: 'lots' }, limits: { minMonthsLive: '-3' } } }).errors).toEqual({
      'profiles.preserve.weights.yield': 'a number',
      'profiles.preserve.limits.minMonthsLive': expect.stringMatching(/>=\s*0/),
    });
    expect(Object.keys(profilesFromDraft({ preserve: { weights: { yield: '11' }, limits: {} } }).errors)).toEqual(['profiles.preserve.weights.yield']);
  });
});

describe('editing a profile on the options page (real worker)', () => {
  it('saves with the other settings, survives a reload, changes the ranking, and resets to the built-in', async () => {
    const { ask, worker } = createTestWorker();
    const options = createOptionsStore(ask);
    await options.getState().load();
    options.getState().setProfileValue('preserve', 'weights', 'yield', '10');
    options.getState().setProfileValue('preserve', 'limits', 'maxExitDays', 'none');
    expect(await options.getState().saveSettings()).toBe(true);
    const stored = (await worker.getSettings()) as { profiles: Record<string, { weights: { yield: number }; limits: { maxExitDays: number | null } }> };
    expect(stored.profiles.preserve).toMatchObject({ weights: { yield: 10 }, limits: { maxExitDays: null } });

    const again = createOptionsStore(ask);
    await again.getState().load();
    expect(again.getState().draft.profiles).toEqual({ preserve: { weights: { yield: '10' }, limits: { maxExitDays: 'none' } } });

    const choose = createChooseStore(ask);
    await choose.getState().pick('preserve');
    const yieldPart = choose.getState().ranking!.tokens[0]!.breakdown.find((b) => b.criterion === 'yield')!;
    expect(yieldPart.weight).toBe(10);

    // A bad value is refused on its field and nothing is stored.
    again.getState().setProfileValue('preserve', 'weights', 'audits', 'x');
    expect(await again.getState().saveSettings()).toBe(false);
    expect(again.getState().errors).toEqual({ 'profiles.preserve.weights.audits': 'a number' });

    again.getState().resetProfile('preserve');
    expect(again.getState().errors).toEqual({});
    expect(await again.getState().saveSettings()).toBe(true);
    expect(((await worker.getSettings()) as { profiles: object }).profiles).toEqual({});
    await choose.getState().pick('balance');
    await choose.getState().pick('preserve');
    expect(choose.getState().ranking!.tokens[0]!.breakdown.find((b) => b.criterion === 'yield')!.weight).toBe(PROFILES.preserve.weights.yield);
  });
});
