import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createWxtStorage } from '../sources/cache/wxt-storage';
import { createWorkerSettings } from '../worker/worker-settings';
import { DEFAULT_SETTINGS } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';

beforeEach(() => fakeBrowser.reset());

/** Settings as an earlier version of the extension left them in `chrome.storage.local`. */
async function storedByVersion1(value: unknown) {
  await fakeBrowser.storage.local.set({ 'lrt-advisor:settings': value, 'lrt-advisor:settings$': { v: 1 } });
}
const read = () => createWorkerSettings(createWxtStorage('local'), () => undefined).get();

describe('settings migrations', () => {
  const account = '0x' + 'ab'.repeat(20);

  it('version 1 from before the first-run question: someone who turned "your restaking" on is not asked again', async () => {
    await storedByVersion1({ mutedSites: ['https://app.example.org'], exposure: { enabled: true, accounts: [account] } });
    const settings = await read();
    expect(settings.exposure).toEqual({ enabled: true, asked: true, accounts: [account] });
    expect(settings.mutedSites).toEqual(['https://app.example.org']);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['lrt-advisor:settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(raw['lrt-advisor:settings']).toMatchObject({ exposure: { asked: true } });
  });

  it('version 1 with "your restaking" never turned on: still asked', async () => {
    await storedByVersion1({ exposure: { enabled: false, accounts: [] } });
    expect((await read()).exposure).toEqual({ enabled: false, asked: false, accounts: [] });
  });

  it('version 1 that had the answer already keeps it', async () => {
    await storedByVersion1({ exposure: { enabled: false, asked: true, accounts: [account] } });
    expect((await read()).exposure).toEqual({ enabled: false, asked: true, accounts: [account] });
  });

  it('the first stored shape (no profiles, exposure or trade setting) keeps every choice the person made', async () => {
    const first = {
      rpcUrls: { '1': 'https://rpc.example.org' },
      eigenExplorerKey: 'key-1',
      thresholds: { peg: { caution: 10 } },
      mutedSites: ['https://app.example.org'],
      sources: { defillama: false, onchain: true },
    };
    // Written by the first version, which did not yet record its version beside the value.
    await fakeBrowser.storage.local.set({ 'lrt-advisor:settings': first });
    expect(await read()).toEqual({ ...DEFAULT_SETTINGS, ...first });
  });

  it('settings saved now read back unchanged, and at the current version', async () => {
    const settings = createWorkerSettings(createWxtStorage('local'), () => undefined);
    const saved = await settings.set({ tradeHold: 'always' });
    expect(saved.ok).toBe(true);
    expect(await read()).toEqual({ ...DEFAULT_SETTINGS, tradeHold: 'always' });
    expect((await fakeBrowser.storage.local.get('lrt-advisor:settings$'))['lrt-advisor:settings$']).toEqual({ v: SETTINGS_VERSION });
  });
});
