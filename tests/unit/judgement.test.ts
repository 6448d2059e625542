/**
 * The judgement corpus (tests/fixtures/judgement): everyday requests never reach HIGH, dangerous ones never stay
 * below it, and each says why in plain words.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { getToken } from '../../lib/protocols/registry';
import { dangerousCorpus, everydayCorpus, lendingCorpus } from '../fixtures/judgement/corpus';
import { isSevere, measure } from '../fixtures/judgement/measure';

const everyday = measure(everydayCorpus());
const dangerous = measure(dangerousCorpus());

describe('judgement corpus', () => {
  it('is big enough to mean something', () => {
    expect(everyday.length).toBeGreaterThanOrEqual(300);
    expect(dangerous.length).toBeGreaterThanOrEqual(60);
    for (const m of [...everyday, ...dangerous]) expect(m.case.provenance.length, m.case.name).toBeGreaterThan(20);
  });

  it('puts no everyday request at HIGH or worse', () => {
    expect(everyday.filter(isSevere).map((m) => `${m.case.name}: ${m.messages.join(' | ')}`)).toEqual([]);
  });

  it('puts no dangerous request below HIGH', () => {
    expect(dangerous.filter((m) => !isSevere(m)).map((m) => `${m.case.name}: ${m.level}`)).toEqual([]);
  });

  it('calls unlimited allowances to unknown addresses, look-alikes and impostors critical, in one plain line', () => {
    for (const m of dangerous) {
      if (!/unlimited|look-alike|fake/.test(m.case.name)) continue;
      expect(m.level, m.case.name).toBe('critical');
      const severe = m.messages.filter((line) => /^\[(critical|high)\]/.test(line));
      expect(severe, m.case.name).toHaveLength(1);
      expect(severe[0], m.case.name).not.toMatch(/0x[0-9a-fA-F]{6}/);
    }
  });

  it('says it could not check the code when it could not', () => {
    const m = dangerous.find((d) => d.case.name === 'unlimited weETH to unknown address #1')!;
    expect(m.messages.join('\n')).toContain('couldn’t check whether this address is a contract');
  });

  it('holds no bounded allowance to a registered venue, and says an unlimited one once, as a caution', () => {
    const venueApprovals = everyday.filter((m) => m.case.kind === 'approve' && m.case.name.startsWith('approve '));
    expect(venueApprovals.length).toBeGreaterThan(300);
    for (const m of venueApprovals) {
      if (m.case.name.startsWith('approve unlimited')) {
        expect(m.level, m.case.name).toBe('caution');
        expect(m.messages.filter((line) => line.startsWith('[caution]')), m.case.name).toHaveLength(1);
      } else expect(m.held, m.case.name).toBe(false);
    }
  });

  it('names the LRT in every trade: bought in token, sold in asset', () => {
    const swaps = everydayCorpus().filter((c) => c.kind === 'swap');
    expect(swaps.length).toBeGreaterThan(50);
    for (const c of swaps) {
      const [intent] = detect(c.chainId, c.request);
      expect(intent?.action, c.name).toBe('swap');
      const lrt = intent!.token ?? intent!.asset;
      expect(getToken(c.chainId, lrt.address)?.token.kind, c.name).toBe('lrt');
      expect(c.name).toContain(lrt.symbol);
    }
  });

  it('judges lending supplies on the LRT itself: they hold the wallet', () => {
    // Supplying collateral takes on the LRT's exposure and the loop's liquidation risk (lib/risk/stance.ts).
    for (const m of measure(lendingCorpus())) expect(m.held, m.case.name).toBe(true);
  });
});
