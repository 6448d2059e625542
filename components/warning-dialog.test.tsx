// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '../tests/support/dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { crowded, warningStates, type WarningState } from '../tests/fixtures/warning-states';
import { WarningDetails, WarningDialog } from './warning-dialog';
import type { WarningReport } from '../lib/messaging/hold-messages';

let states: WarningState[];
beforeAll(async () => {
  states = await warningStates();
});
afterEach(cleanup);

const byId = (id: string) => states.find((s) => s.id === id)!.report;
const noop = () => {};
/** The warning as the content script shows it: a modal dialog, opened. */
function show(report: WarningReport, handlers: { onContinue?: () => void } = {}) {
  render(
    <WarningDialog
      report={report}
      continueReady
      tampered={false}
      ignoredScripted={false}
      dialogRef={(dialog) => dialog?.setAttribute('open', '')}
      onCancel={noop}
      onContinue={handlers.onContinue ?? noop}
    />,
  );
  return screen.getByRole('alertdialog');
}
const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('WarningDialog', () => {
  it('is named by its headline and described by the one-line summary only', () => {
    const dialog = show(byId('kelp-deposit-eth'));
    const title = within(dialog).getByRole('heading', { level: 2 });
    expect(title.textContent).toMatch(/^Deposit 1 ETH into Kelp DAO/);
    expect(dialog.getAttribute('aria-labelledby')).toBe(title.id);
    const described = dialog.getAttribute('aria-describedby')!.split(' ');
    expect(described).toHaveLength(1);
    expect(document.getElementById(described[0]!)?.textContent).toMatch(/^High risk\. Deposit 1 ETH into Kelp DAO/);
  });

  it('from Caution up Cancel is the primary button', () => {
    show(byId('kelp-deposit-eth'));
    expect(button('Cancel').className).toContain('bg-slate-900');
    expect(button('Continue to wallet').className).not.toContain('bg-slate-900');
    cleanup();
    show(byId('etherfi-deposit'));
    expect(button('Continue to wallet').className).toContain('bg-slate-900');
  });

  it('at Danger, Continue waits for "I understand", which a scripted click does not tick', () => {
    let continued = 0;
    show({ ...byId('approve-unknown'), level: 'critical' }, { onContinue: () => continued++ });
    const understand = screen.getByRole<HTMLInputElement>('checkbox', { name: 'I understand the risk' });
    expect(button('Continue to wallet').disabled).toBe(true);
    fireEvent.click(understand);
    expect(understand.checked).toBe(false);
    expect(button('Continue to wallet').disabled).toBe(true);
    fireEvent.click(button('Continue to wallet'));
    expect(continued).toBe(0);
    cleanup();
    show(byId('kelp-deposit-eth'), { onContinue: () => continued++ });
    expect(screen.queryByRole('checkbox', { name: /I understand/ })).toBeNull();
    fireEvent.click(button('Continue to wallet'));
    expect(continued).toBe(1);
  });

  it('keeps every check, contract and source behind Details, collapsed until asked', () => {
    show(byId('symbiotic-deposit'));
    const details = button('Details');
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/veto slasher/)).toBeNull();
    fireEvent.click(details);
    expect(button('Hide details').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByText(/veto slasher/).length).toBeGreaterThan(0);
  });

  it('shows "+N more" when there are more than three reasons', () => {
    show(crowded(byId('kelp-deposit-eth')));
    expect(screen.getByText(/^\+\d+ more in Details$/)).toBeTruthy();
    cleanup();
    show(byId('kelp-deposit-eth'));
    expect(screen.queryByText(/more in Details/)).toBeNull();
  });
});

describe('WarningDetails', () => {
  it('a Symbiotic vault deposit: the vault’s slasher type, veto and epoch', () => {
    render(<WarningDetails report={byId('symbiotic-deposit')} />);
    // The slashing line of the intent, and the protocol's slashing model with its source.
    expect(screen.getByText(/^Symbiotic, Steakhouse Resteaking Vault[^:]*: veto slasher \(3-day veto\) · epoch 7 days/)).toBeTruthy();
    expect(screen.getByText(/^Symbiotic: Steakhouse Resteaking Vault .*; veto slasher, 3-day veto; epoch 7 days;.* · source: /)).toBeTruthy();
    expect(screen.getByText(/You restake 2 wstETH in Symbiotic \(Steakhouse Resteaking Vault, primary\)/)).toBeTruthy();
  });

  it('lists the checks that could not run', () => {
    const { container } = render(<WarningDetails report={byId('etherfi-deposit')} />);
    const check = container.querySelector<HTMLElement>('[data-rule="slashable-share"]')!;
    expect(within(check).getByText(/Couldn't check/)).toBeTruthy();
  });

  it('ends with "Something wrong? Report it", filled in with what was shown', () => {
    render(<WarningDetails report={byId('kelp-deposit-eth')} />);
    const link = screen.getByRole<HTMLAnchorElement>('link', { name: 'Report it' });
    expect(link.closest('p')?.textContent).toBe('Something wrong? Report it');
    expect(link.getAttribute('href')).toMatch(/^(mailto:|https:).*Deposit%201%20ETH%20into%20Kelp%20DAO/);
  });

  it('an unreadable call names the contract', () => {
    render(<WarningDetails report={byId('unknown-call')} />);
    expect(screen.getByText(/LiquidityPool 0x3088…F216/)).toBeTruthy();
  });
});
