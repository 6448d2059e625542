import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { crowded, warningStates, type WarningState } from '../tests/fixtures/warning-states';
import { WarningDetails, WarningDialog } from './warning-dialog';
import type { WarningReport } from '../lib/messaging/hold-messages';

let states: WarningState[];
beforeAll(async () => {
  states = await warningStates();
});
const byId = (id: string) => states.find((s) => s.id === id)!.report;
const noop = () => {};
const render = (report: WarningReport, continueReady = true) =>
  renderToStaticMarkup(<WarningDialog report={report} continueReady={continueReady} tampered={false} ignoredScripted={false} dialogRef={noop} onCancel={noop} onContinue={noop} />);
const buttonClass = (html: string, name: string) => new RegExp(`<button[^>]*class="([^"]*)"[^>]*>${name}</button>`).exec(html)?.[1] ?? '';

describe('WarningDialog', () => {
  it('describes itself by the one-line summary only', () => {
    const html = render(byId('kelp-deposit-eth'));
    expect(html).toContain('aria-describedby="lrt-summary"');
    expect(html).toMatch(/<p id="lrt-summary" class="sr-only">High risk\. Deposit 1 ETH into Kelp DAO/);
  });

  it('from Caution up Cancel is the primary button', () => {
    const html = render(byId('kelp-deposit-eth'));
    expect(buttonClass(html, 'Cancel')).toContain('bg-slate-900');
    expect(buttonClass(html, 'Continue to wallet')).not.toContain('bg-slate-900');
    const unknown = render(byId('etherfi-deposit'));
    expect(buttonClass(unknown, 'Continue to wallet')).toContain('bg-slate-900');
  });

  it('at Danger, Continue waits for "I understand"', () => {
    const danger = { ...byId('approve-unknown'), level: 'critical' as const };
    const html = render(danger);
    expect(html).toContain('I understand the risk');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Continue to wallet<\/button>/);
    expect(render(byId('kelp-deposit-eth'))).not.toContain('I understand');
  });

  it('keeps every check, contract and source behind Details, collapsed', () => {
    const html = render(byId('symbiotic-deposit'));
    expect(html).toMatch(/aria-expanded="false"[^>]*>Details</);
    expect(html).not.toContain('veto slasher');
  });

  it('shows "+N more" when there are more than three reasons', () => {
    expect(render(crowded(byId('kelp-deposit-eth')))).toMatch(/\+\d+ more in Details/);
    expect(render(byId('kelp-deposit-eth'))).not.toMatch(/more in Details/);
  });
});

describe('WarningDetails', () => {
  it('a Symbiotic vault deposit: the vault’s slasher type, veto and epoch', () => {
    const html = renderToStaticMarkup(<WarningDetails report={byId('symbiotic-deposit')} />);
    expect(html).toMatch(/Symbiotic, Steakhouse Resteaking Vault[^:]*: veto slasher \(3-day veto\)/);
    expect(html).toContain('epoch 7 days');
    expect(html).toContain('You restake 2 wstETH in Symbiotic (Steakhouse Resteaking Vault, primary)');
  });

  it('lists the checks that could not run', () => {
    const html = renderToStaticMarkup(<WarningDetails report={byId('etherfi-deposit')} />);
    expect(html).toContain('data-rule="slashable-share"');
    expect(html).toContain("Couldn&#x27;t check");
  });

  it('ends with "Something wrong? Report it", filled in with what was shown', () => {
    const html = renderToStaticMarkup(<WarningDetails report={byId('kelp-deposit-eth')} />);
    expect(html).toMatch(/Something wrong\? <a href="(mailto:|https:)[^"]*Deposit%201%20ETH%20into%20Kelp%20DAO[^"]*"[^>]*data-testid="report-problem"[^>]*>Report it<\/a>/);
  });

  it('an unreadable call names the contract', () => {
    const html = renderToStaticMarkup(<WarningDetails report={byId('unknown-call')} />);
    expect(html).toContain('LiquidityPool 0x3088…F216');
  });
});
