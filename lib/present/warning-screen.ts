/**
 * What the warning shows above the fold, built from the worker's `WarningReport`: the level, the action in the
 * person's words, the site, up to three reasons with "+N more", four key numbers, one neutral line for what every
 * EigenLayer restake shares, one line of data status, and a one-line summary for screen readers. Everything else
 * (every check, contract, evidence, source) goes behind "Details".
 */
import { NATIVE_ETH, type Intent } from '../detect/intent';
import type { WarningItem, WarningReport } from '../messaging/hold-messages';
import { PROTOCOL_NAMES } from './protocol-names';
import { chainInfo } from '../report/chains';
import type { VerdictLevel } from '../risk/types';
import { keyNumbers, type KeyNumber } from './key-numbers';
import { cancelIsPrimary, levelLabel, needsAcknowledgement } from './levels';
import { hingeRule, reasonsOf, type Reason } from './reasons';
import { safeRouteLine } from './safe-route';

export const MAX_REASONS = 3;

export interface WarningScreen {
  level: VerdictLevel;
  levelLabel: string;
  headline: string;
  /** A batch: each call, numbered, in the person's words. */
  steps: string[] | null;
  /** Reached through a Safe multisig: who acts and when, in plain words. */
  route: string | null;
  site: string;
  reasons: Reason[];
  /** Reasons not shown above the fold (they are in Details). */
  more: number;
  /** Null when the numbers would distract from the danger (an approval to an unknown address) or no LRT is known. */
  numbers: KeyNumber[] | null;
  /** The token the numbers are about. */
  numbersOf: string | null;
  /** What every EigenLayer restake shares, said once, without a level. */
  baseline: string | null;
  status: string;
  /** ≤ 40 words: what the dialog's aria-describedby points at. */
  summary: string;
  cancelPrimary: boolean;
  needsAck: boolean;
}

function amountText(intent: Intent): string {
  const { symbol, amount, address } = intent.asset;
  const name = symbol === 'unknown' ? 'an unlisted token' : symbol;
  if (intent.shares !== undefined) return `shares of ${name}`;
  if (amount === 'unlimited') return `unlimited ${name}`;
  if (amount === null) return name;
  // Every registered token has 18 decimals, as ETH does; an unregistered one shows no amount.
  if (symbol === 'unknown' && address !== NATIVE_ETH) return name;
  const n = Number(BigInt(amount) / 10n ** 12n) / 1e6;
  const shown = n >= 1000 ? Math.round(n).toLocaleString('en-US') : String(Number(n.toPrecision(4)));
  return `${shown} ${name}`;
}

const protocolName = (intent: Intent) => PROTOCOL_NAMES[intent.protocol] ?? intent.protocol;
const unknownSpender = (intent: Intent) => intent.flags?.includes('unregistered-spender') ?? false;

/** The action as a headline: "Deposit 1 ETH into Kelp DAO · you get rsETH". */
export function actionHeadline(intent: Intent): string {
  const asset = amountText(intent);
  const where = unknownSpender(intent) ? 'an unknown address' : protocolName(intent);
  const token = intent.token?.symbol;
  const gets = (symbol: string | undefined) => (symbol ? ` · you get ${symbol}` : '');
  const line = (() => {
    switch (intent.action) {
      case 'deposit':
        return `Deposit ${asset} into ${where}${gets(token)}`;
      case 'restake':
        return `Restake ${asset} on ${where}`;
      case 'wrap':
        return `Wrap ${asset}${gets(token)}`;
      case 'unwrap':
        return `Unwrap ${asset}${gets(token)}`;
      case 'approve':
        return `Allow ${where} to take ${asset}`;
      case 'permit':
        return intent.flags?.includes('impostor-token') ? `Sign a permit for a token posing as ${intent.asset.symbol}` : `Sign a permit: ${where} may take ${asset}`;
      case 'delegate':
        return `Delegate your restaked assets on ${where}`;
      case 'undelegate':
        return `Undelegate on ${where}: all your restaked shares start to exit`;
      case 'withdraw-request':
        return `Request to withdraw ${asset} from ${where}${gets(intent.receives?.symbol)}`;
      case 'withdraw-claim':
        return `Claim a withdrawal from ${where}${gets(intent.receives?.symbol ?? token)}`;
      case 'instant-redeem':
        return `Redeem ${asset} at once on ${where}${gets(intent.receives?.symbol)}`;
      case 'supply-collateral':
        return `Supply ${asset} as collateral on ${where}`;
      case 'bridge':
        return `Bridge ${asset} with ${where}`;
      case 'swap': {
        const pt = intent.derivative ? `${intent.derivative.kind}-` : '';
        const bought = token ? `${pt}${token}` : intent.receives?.symbol;
        const on = intent.venue?.name ?? where;
        const line = token ? `Buy ${bought} with ${asset} on ${on}` : `Sell ${pt ? `${pt}${intent.asset.symbol}` : asset} on ${on}${gets(bought)}`;
        return intent.flags?.includes('foreign-receiver') ? `${line} · paid to another address` : line;
      }
      default:
        return `${String(intent.action)} on ${where}`;
    }
  })();
  if (!intent.flags?.includes('wrong-chain')) return line;
  return `${line} · on ${chainName(intent.chainId)}, where it is not registered`;
}

/** A chain by its name; "a network" when it has none on record (never "chain 1234"). */
export function chainName(chainId: number): string {
  const name = chainInfo(chainId).name;
  return /^chain \d/.test(name) ? 'a network' : name;
}

/** The step a batch is about: the first that is not an approval. */
function mainItem(items: WarningItem[]): WarningItem | undefined {
  return items.find((i) => i.intent.action !== 'approve' && i.intent.action !== 'permit') ?? items[0];
}

function batchHeadline(items: WarningItem[]): string {
  const main = mainItem(items)!;
  const approvals = items.filter((i) => i !== main && (i.intent.action === 'approve' || i.intent.action === 'permit'));
  const head = actionHeadline(main.intent);
  if (approvals.length === items.length - 1 && approvals.length > 0) return `Approve, then ${head[0]!.toLowerCase()}${head.slice(1)}`;
  return `${items.length} steps: ${head[0]!.toLowerCase()}${head.slice(1)}, and more`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2026-11-25" → "25 Nov 2026". */
export function humanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** One line on how fresh the data is. */
export function statusLine(freshness: WarningReport['freshness']): string {
  if (!freshness) return 'Data: none could be read';
  const sources = freshness.sources;
  const live = sources.filter((s) => s.state === 'live');
  const failed = sources.filter((s) => s.state === 'failed');
  const date = humanDate(freshness.snapshotAsOf);
  if (sources.length > 0 && live.length === sources.length) return 'Data: live';
  if (failed.length > 0) return `Data: ${failed.length} live source${failed.length === 1 ? '' : 's'} failed · rest from ${live.length > 0 ? 'live reads and ' : ''}the ${date} snapshot`;
  if (live.length > 0) return `Data: partly live · rest from the ${date} snapshot`;
  return `Data: bundled snapshot of ${date} · live data not read yet`;
}

/** What every EigenLayer restake shares: said once, neutrally, never as a level. */
export function baselineLine(items: WarningItem[]): string | null {
  const model = items.map((i) => i.report?.facts.slashingModel).find((m) => m?.known);
  if (!model?.known || model.value.layer !== 'EigenLayer' || model.value.slasher !== 'instant') return null;
  return 'As with every EigenLayer restake: a slash takes effect at once, and exit takes a week or more.';
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Cuts a text to at most `max` words. */
export function clipWords(text: string, max: number): string {
  const w = words(text);
  return w.length <= max ? text : `${w.slice(0, max).join(' ')}…`;
}

export function warningScreen(report: WarningReport): WarningScreen {
  const items = report.items;
  const main = mainItem(items);
  const level = report.level;
  const site = report.origin;
  const status = statusLine(report.freshness);
  const base = { level, levelLabel: levelLabel(level), site, status, cancelPrimary: cancelIsPrimary(level), needsAck: needsAcknowledgement(level) };

  if (!main) {
    const targets = report.targets.map((t) => t.name).filter((n): n is string => !!n);
    const headline = 'A request LRT Advisor cannot read';
    const reason: Reason = {
      rules: [],
      level: 'unknown',
      text: `Couldn't check what it does: it calls ${targets.length > 0 ? `${[...new Set(targets)].join(', ')}, ` : ''}a known restaking contract, in a way LRT Advisor does not know`,
    };
    return {
      ...base,
      headline,
      steps: null,
      route: null,
      reasons: [reason],
      more: 0,
      numbers: null,
      numbersOf: null,
      baseline: null,
      summary: clipWords(`${base.levelLabel}. ${headline}, asked by ${site}. ${reason.text}.`, 40),
    };
  }

  const flagged = items.some((i) => unknownSpender(i.intent) || i.verdict.findings.some((f) => f.rule === 'official-contract' && f.level === 'critical'));
  const hinge = hingeRule(main.intent.action === 'supply-collateral' ? 'supply-collateral' : flagged ? 'approve' : main.intent.action, flagged);
  const all = reasonsOf(
    items.flatMap((i) => i.verdict.findings),
    hinge,
  );
  const reasons = all.slice(0, MAX_REASONS);
  const headline = items.length > 1 ? batchHeadline(items) : actionHeadline(main.intent);
  const steps = items.length > 1 ? items.map((i) => actionHeadline(i.intent)) : null;
  const withReport = items.find((i) => i.report) ?? null;
  const numbers = flagged || !withReport?.report ? null : keyNumbers(withReport.report);
  const first = reasons[0]?.text;
  const route = safeRouteLine(main.intent);
  return {
    ...base,
    headline,
    steps,
    route,
    reasons,
    more: all.length - reasons.length,
    numbers,
    numbersOf: numbers ? (withReport!.report!.symbol ?? withReport!.report!.name) : null,
    baseline: flagged ? null : baselineLine(items),
    summary: clipWords(`${base.levelLabel}. ${headline}, asked by ${site}.${route ? ` ${route}` : ''}${first ? ` ${first}.` : ''}`, 40),
  };
}

/** Every line of text the default (collapsed) view shows, for the wording test. */
export function defaultViewLines(screen: WarningScreen): string[] {
  return [
    screen.levelLabel,
    screen.headline,
    `Asked by ${screen.site}`,
    ...(screen.steps ?? []),
    ...(screen.route ? [screen.route] : []),
    ...screen.reasons.map((r) => r.text),
    ...(screen.more > 0 ? [`+${screen.more} more in Details`] : []),
    ...(screen.numbers ?? []).flatMap((n) => [n.label, n.value]),
    ...(screen.baseline ? [screen.baseline] : []),
    screen.status,
  ];
}
