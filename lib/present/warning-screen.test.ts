import { beforeAll, describe, expect, it } from 'vitest';
import { crowded, warningStates, type WarningState } from '../../tests/fixtures/warning-states';
import { viewProblems, wordCount } from '../../tests/support/wording';
import { actionHeadline, defaultViewLines, statusLine, warningScreen } from './warning-screen';

let states: WarningState[];
beforeAll(async () => {
  states = await warningStates();
});

const byId = (id: string) => states.find((s) => s.id === id)!;

describe('the warning above the fold, for every warning state', () => {
  it('covers the demo dApp and the states it has no button for', () => {
    expect(states.map((s) => s.id)).toEqual([
      'etherfi-deposit',
      'kelp-deposit-eth',
      'eigenlayer-deposit',
      'buy-weeth',
      'batch-approve-deposit',
      'symbiotic-deposit',
      'unknown-call',
      'approve-unknown',
      'aave-supply',
      'safe-tx-deposit',
    ]);
  });

  it('passes the wording rules: no code, hashes, paths, "bps", "chain N", "primary"; ≤ 20 words a line, ≤ 160 in all', () => {
    for (const { id, report } of states) {
      const problems = viewProblems(defaultViewLines(warningScreen(report)));
      expect(problems, id).toEqual([]);
    }
  });

  it('shows at most 3 reasons, and says how many more', () => {
    for (const { report } of states) {
      const screen = warningScreen(report);
      expect(screen.reasons.length).toBeLessThanOrEqual(3);
      if (screen.more > 0) expect(screen.reasons).toHaveLength(3);
    }
    const full = warningScreen(crowded(byId('kelp-deposit-eth').report));
    expect(full.reasons).toHaveLength(3);
    expect(full.more).toBe(2);
  });

  it('the screen-reader summary is one line of at most 40 words', () => {
    for (const { report } of states) expect(wordCount(warningScreen(report).summary)).toBeLessThanOrEqual(40);
  });

  it('says the action in the person’s words', () => {
    expect(warningScreen(byId('kelp-deposit-eth').report).headline).toBe('Deposit 1 ETH into Kelp DAO · you get rsETH');
    expect(warningScreen(byId('etherfi-deposit').report).headline).toBe('Deposit 1.5 ETH into ether.fi · you get eETH');
  });

  it('says when a Safe stands in between: the owner signs, the Safe makes the deposit later', () => {
    const screen = warningScreen(byId('safe-tx-deposit').report);
    expect(screen.headline).toBe('Deposit 1 ETH into Kelp DAO · you get rsETH');
    expect(screen.route).toBe('Signed for a Safe: the deposit runs when the Safe executes it, once enough owners sign.');
    expect(defaultViewLines(screen)).toContain(screen.route);
    expect(screen.summary).toContain('Signed for a Safe');
    expect(warningScreen(byId('kelp-deposit-eth').report).route).toBeNull();
  });

  it('a batch gets one headline and numbered steps', () => {
    const screen = warningScreen(byId('batch-approve-deposit').report);
    expect(screen.headline).toBe('Approve, then deposit 3 stETH into Kelp DAO · you get rsETH');
    expect(screen.steps).toEqual(['Allow Kelp DAO to take 3 stETH', 'Deposit 3 stETH into Kelp DAO · you get rsETH']);
  });

  it('an approval to an unknown address leads with it, and shows no yield', () => {
    const screen = warningScreen(byId('approve-unknown').report);
    expect(screen.level).toBe('critical');
    expect(screen.levelLabel).toBe('Danger');
    expect(screen.headline).toBe('Allow an unknown address to take unlimited weETH');
    expect(screen.reasons[0]!.text).toMatch(/^An unknown address could take all your weETH/);
    expect(screen.numbers).toBeNull();
    expect(screen.cancelPrimary).toBe(true);
  });

  it('a collateral supply leads with the liquidation line, or "Couldn’t check liquidation risk"', () => {
    const screen = warningScreen(byId('aave-supply').report);
    expect(screen.headline).toBe('Supply 5 weETH as collateral on Aave v3');
    expect(screen.reasons[0]!.rules).toEqual(['looping']);
    expect(screen.reasons[0]!.text).toMatch(/^(You can be liquidated|Couldn't check liquidation risk)/);
  });

  it('checks that could not run are said, never dropped', () => {
    const screen = warningScreen(byId('etherfi-deposit').report);
    expect(screen.reasons.some((r) => r.text.startsWith("Couldn't check"))).toBe(true);
  });

  it('what every EigenLayer restake shares is one neutral line, not a reason', () => {
    const screen = warningScreen(byId('etherfi-deposit').report);
    expect(screen.baseline).toMatch(/every EigenLayer restake/);
    expect(screen.reasons.some((r) => r.rules.includes('slashing-veto'))).toBe(false);
    expect(warningScreen(byId('symbiotic-deposit').report).baseline).toBeNull();
  });

  it('an unreadable call to a known contract is "Couldn’t check"', () => {
    const screen = warningScreen(byId('unknown-call').report);
    expect(screen.levelLabel).toBe("Couldn't check");
    expect(screen.reasons[0]!.text).toMatch(/^Couldn't check what it does/);
  });
});

describe('statusLine', () => {
  it('is one short line in words', () => {
    expect(statusLine({ snapshotAsOf: '2026-11-25', sources: [{ id: 'a', label: 'A', text: 'snapshot', state: 'snapshot' }] })).toBe(
      'Data: bundled snapshot of 25 Nov 2026 · live data not read yet',
    );
    expect(statusLine({ snapshotAsOf: '2026-11-25', sources: [{ id: 'a', label: 'A', text: 'live', state: 'live' }] })).toBe('Data: live');
    expect(statusLine({ snapshotAsOf: '2026-11-25', sources: [{ id: 'a', label: 'A', text: 'x', state: 'failed' }, { id: 'b', label: 'B', text: 'y', state: 'live' }] })).toBe(
      'Data: 1 live source failed · rest from live reads and the 25 Nov 2026 snapshot',
    );
  });
});

describe('actionHeadline', () => {
  it('names the chain by name when a contract is used where it is not registered', () => {
    const intent = byId('etherfi-deposit').report.items[0]!.intent;
    expect(actionHeadline({ ...intent, chainId: 42161, flags: ['wrong-chain'] })).toBe('Deposit 1.5 ETH into ether.fi · you get eETH · on Arbitrum, where it is not registered');
  });
});
