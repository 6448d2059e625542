import { describe, expect, it } from 'vitest';
import { effectiveThresholds } from './effective-thresholds';
import { DEFAULT_SETTINGS, isMuted, parseSettings, settingsSchema } from './settings';

describe('settings', () => {
  it('defaults everything', () => {
    expect(DEFAULT_SETTINGS).toEqual({ rpcUrls: {}, eigenExplorerKey: null, thresholds: {}, mutedSites: [], sources: { defillama: true, onchain: true }, profiles: {}, exposure: { enabled: false, asked: false, accounts: [] }, tradeHold: 'unless-fair' });
  });

  it('holds trades unless fair by default, and accepts only the two choices', () => {
    expect(parseSettings({ tradeHold: 'always' }).tradeHold).toBe('always');
    expect(parseSettings({ tradeHold: 'never' })).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the defaults on corrupt storage', () => {
    for (const raw of ['x', 42, { rpcUrls: { 1: 'javascript:alert(1)' } }, { mutedSites: 'all' }, { extra: true }]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['https://eth.llamarpc.com', true],
    ['http://127.0.0.1:8545', true],
    ['http://localhost:8545', true],
    ['http://rpc.example.org', false],
    ['https://user:pass@rpc.example.org', false],
    ['ftp://rpc.example.org', false],
    ['not a url', false],
  ])('RPC URL %s accepted: %s', (url, ok) => {
    expect(settingsSchema.safeParse({ rpcUrls: { '1': url } }).success).toBe(ok);
  });

  it('normalises muted sites to origins', () => {
    const s = settingsSchema.parse({ mutedSites: ['app.example.org', 'https://dapp.example.com/path?x=1', 'http://127.0.0.1:5183'] });
    expect(s.mutedSites).toEqual(['https://app.example.org', 'https://dapp.example.com', 'http://127.0.0.1:5183']);
    expect(isMuted(s, 'https://app.example.org')).toBe(true);
    expect(isMuted(s, 'https://other.example.org')).toBe(false);
    expect(settingsSchema.safeParse({ mutedSites: ['javascript:alert(1)'] }).success).toBe(false);
  });

  it('overrides the documented thresholds rule by rule', () => {
    const t = effectiveThresholds(settingsSchema.parse({ thresholds: { peg: { caution: 10 } } }));
    expect(t.peg).toEqual({ caution: 10, high: 200, critical: 500 });
    expect(t.audits).toEqual({ caution: 1, high: 0 });
  });
});
