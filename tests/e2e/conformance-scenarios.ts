/**
 * Conformance with real wallet clients (issue 8, issue 13): each page in `tests/conformance/` drives one client
 * library (viem, ethers v5 and v6, web3.js v4, wagmi core, legacy send/sendAsync, a frozen provider, two wallets)
 * against a wallet — MetaMask's real in-page provider, Frame's, or the stand-in where no package offers the case —
 * once in a browser with the extension and once in the same browser without it, and every case's outcome (the
 * value, or the error as the library surfaces it) and every call the wallet received must be identical. The only
 * exceptions are the held restaking requests themselves: Continue must give the same outcome as without the
 * extension, and Cancel must look to the library exactly like the wallet's own 4001 without the extension (class,
 * name, code, action, and the class of what carries the 4001), with nothing reaching the wallet. Where today's hook
 * makes a case differ, the page's `known` map names the path and the cause, and the test fails once it stops
 * differing. The wallet may see one `eth_chainId` more per held request (the hook asks which chain the request is
 * for); that is counted and reported, not hidden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import type { BrowserDriver, PageDriver } from './driver';
import { waitFor } from './demo-page';
import { CONFORMANCE_PAGES, type ConformanceCase, type ConformancePage, type KnownDifference } from '../conformance/cases';
import type { ConformanceGlobal, Outcome } from '../conformance/harness';
import { startConformanceServer, type ConformanceServer } from '../conformance/server';
import type { WalletLogEntry } from '../conformance/answers';
import type { ConformanceWallets } from '../conformance/backend';

type Run = { outcome: Outcome | { state: 'timeout'; warning?: string | null }; warnings: number; calls: WalletLogEntry[] };
type Win = { __conformance: ConformanceGlobal; __wallets: ConformanceWallets };

const SIGNING = ['eth_sendTransaction', 'wallet_sendCalls', 'eth_signTypedData_v3', 'eth_signTypedData_v4', 'personal_sign', 'wallet_sendTransaction'];
/** What the wallet saw, minus the chain-id questions (counted separately). */
const withoutChainId = (calls: WalletLogEntry[]) => calls.filter((c) => c.method !== 'eth_chainId');
const chainIdCalls = (calls: WalletLogEntry[]) => calls.length - withoutChainId(calls).length;

async function runCase(page: PageDriver, spec: ConformanceCase, extension: boolean): Promise<Run> {
  const before = await page.evaluate(() => {
    const w = window as unknown as Win;
    return { warnings: w.__conformance.warnings, calls: w.__wallets.log.length };
  });
  await page.evaluate((id) => (window as unknown as Win).__conformance.start(id), spec.id);
  if (extension && (spec.kind === 'held' || spec.kind === 'cancel')) {
    await page.waitForWarning();
    await page.clickWarningButton(spec.kind === 'held' ? 'Continue to wallet' : 'Cancel');
  }
  let outcome: Run['outcome'] = { state: 'timeout' };
  await waitFor(
    async () => {
      const o = await page.evaluate((id) => (window as unknown as Win).__conformance.outcome(id), spec.id);
      if (o && o.state !== 'pending') outcome = o;
      return outcome.state !== 'timeout';
    },
    15_000,
    `case ${spec.id}`,
  ).catch(async () => {
    // What the warning said then, for the failure's message (a click not counted says why).
    outcome = { state: 'timeout', warning: (await page.warningText())?.slice(-160) ?? null };
  });
  const after = await page.evaluate((n) => {
    const w = window as unknown as Win;
    return { warnings: w.__conformance.warnings, calls: JSON.parse(JSON.stringify(w.__wallets.log.slice(n))) as WalletLogEntry[] };
  }, before.calls);
  return { outcome, warnings: after.warnings - before.warnings, calls: after.calls };
}

type PageRun = { ids: string[]; runs: Record<string, Run> };

async function runPage(page: PageDriver, url: string, spec: ConformancePage, extension: boolean): Promise<PageRun> {
  await page.goto(url);
  await waitFor(async () => (await page.evaluate(() => document.body?.dataset.ready)) !== 'false', 15_000, `${spec.entry} to be ready`);
  const state = await page.evaluate(() => ({ ready: document.body.dataset.ready, error: document.body.dataset.error ?? null }));
  if (state.ready !== 'true') throw new Error(`${spec.library}: page setup failed: ${state.error}`);
  const ids = await page.evaluate(() => (window as unknown as Win).__conformance.ids);
  const runs: Record<string, Run> = {};
  for (const c of spec.cases) {
    // Without the extension there is nothing to cancel: the baseline for a Cancel is the wallet's own 4001.
    if (!extension && c.kind === 'cancel') continue;
    runs[c.id] = await runCase(page, c, extension);
  }
  return { ids, runs };
}

/**
 * How a library surfaces a rejection: the outer error's class, name, code and (ethers) action; the class of the
 * object carrying the 4001 inside it (a wallet's own rejection is a plain object for MetaMask and Frame); and for
 * callbacks the JSON-RPC error code. Not the message or the request it names: those are the request's own.
 */
function rejection(outcome: Run['outcome']) {
  const inner = (e: Record<string, unknown> | undefined, depth = 0): Record<string, unknown> | undefined => {
    if (!e || typeof e !== 'object' || depth > 6) return undefined;
    if (e.code === 4001) return e;
    const info = e.info as Record<string, unknown> | undefined;
    for (const next of [e.cause, e.error, info?.error, e.innerError]) {
      const found = inner(next as Record<string, unknown> | undefined, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  const ctor = (o: Record<string, unknown> | null | undefined) => (o && Object.hasOwn(o, 'constructor') ? o.constructor : null);
  if (outcome.state === 'error') {
    const e = outcome.error as Record<string, unknown>;
    const carrier = inner(e);
    return {
      state: 'error',
      constructor: ctor(e),
      name: e.name,
      code: e.code,
      action: e.action ?? null,
      has4001: carrier !== undefined || e.code === 'ACTION_REJECTED',
      carrier: ctor(carrier),
    };
  }
  if (outcome.state === 'ok' && typeof outcome.value === 'object' && outcome.value !== null && 'response' in outcome.value) {
    const v = outcome.value as { error: Record<string, unknown> | null; response: { error?: { code?: unknown } } };
    return { state: 'callback', code: v.error?.code, responseCode: v.response?.error?.code, has4001: v.error?.code === 4001, carrier: ctor(v.error) };
  }
  return { state: outcome.state, has4001: false };
}

/** Leaf paths where two JSON-safe values differ (for `CONFORMANCE_SUGGEST`). */
function differingPaths(a: unknown, b: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b))
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differingPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], out);
  else out.push(path);
  return out;
}

/** CONFORMANCE_SUGGEST=<file> appends, for each case that differs, where it differs (to write a `known` entry). */
function suggest(library: string, id: string, a: unknown, b: unknown): void {
  const file = process.env.CONFORMANCE_SUGGEST;
  if (file && JSON.stringify(a) !== JSON.stringify(b)) appendFileSync(file, JSON.stringify({ library, id, paths: differingPaths(a, b) }) + '\n');
}

/** Checks every listed path differs, then blanks them: what is left must be equal. */
function withoutKnown(known: KnownDifference[], got: unknown, base: unknown): [unknown, unknown] {
  const at = (o: unknown, path: string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
  const blank = (o: unknown) => {
    const copy = structuredClone(o) as Record<string, unknown>;
    for (const { path } of known) {
      const parent = path.slice(0, -1).reduce<Record<string, unknown> | undefined>((v, k) => v?.[k] as Record<string, unknown> | undefined, copy);
      if (parent && typeof parent === 'object') parent[path.at(-1)!] = '(known difference)';
    }
    return copy;
  };
  for (const { path, reason } of known) expect(at(got, path), `${path.join('.')} still differs: ${reason}`).not.toEqual(at(base, path));
  return [blank(got), blank(base)];
}

/**
 * What a page can see of the hook when it looks at the provider itself rather than using it: the wrappers are
 * other functions than the wallet's (same name and arity, other source text; an `async` wallet method becomes a
 * plain function returning the same promise), and `window.ethereum` becomes an accessor, so a wallet that assigns
 * it later is wrapped at once; assigning it still works as before.
 */
export const OBSERVABLE_DIFFERENCES: Record<string, string> = {
  'windowEthereum.kind': 'an accessor (get/set) instead of a data property, so a later assignment is wrapped at once',
  'request.source': 'the wrapper’s source text',
  'send.source': 'the wrapper’s source text',
  'sendAsync.source': 'the wrapper’s source text',
};

/** A flat record of what a page can read about `window.ethereum` without calling it. */
async function probe(page: PageDriver, url: string): Promise<Record<string, unknown>> {
  await page.goto(url);
  return page.evaluate(() => {
    const w = window as unknown as { ethereum: Record<string, unknown> };
    const eth = w.ethereum;
    const out: Record<string, unknown> = {};
    const d = Object.getOwnPropertyDescriptor(window, 'ethereum')!;
    out['windowEthereum.kind'] = 'value' in d ? 'data' : 'accessor';
    out['windowEthereum.configurable'] = d.configurable;
    out['windowEthereum.enumerable'] = d.enumerable;
    out['windowEthereum.assignable'] = 'value' in d ? d.writable : typeof d.set === 'function';
    out['keys'] = Object.keys(eth);
    out['ownNames'] = Object.getOwnPropertyNames(eth);
    out['json'] = JSON.stringify(eth);
    out['stable'] = w.ethereum === w.ethereum;
    for (const name of ['request', 'send', 'sendAsync', 'on', 'removeListener']) {
      const fn = eth[name] as (...args: unknown[]) => unknown;
      const own = Object.getOwnPropertyDescriptor(eth, name);
      out[`${name}.type`] = typeof fn;
      out[`${name}.name`] = fn.name;
      out[`${name}.length`] = fn.length;
      out[`${name}.source`] = Function.prototype.toString.call(fn);
      out[`${name}.descriptor`] = own ? { enumerable: own.enumerable, writable: own.writable, configurable: own.configurable } : null;
      out[`${name}.prototype`] = Object.getPrototypeOf(fn) === Function.prototype ? 'Function' : String(Object.getPrototypeOf(fn)?.constructor?.name);
    }
    const returned = (eth.request as (a: unknown) => unknown)({ method: 'eth_chainId' });
    out['request.returns'] = Object.prototype.toString.call(returned);
    out['request.returnsPromise'] = returned instanceof Promise;
    return out;
  });
}

export interface ConformanceTally {
  browser: string;
  library: string;
  compared: number;
  identical: number;
  differing: string[];
  /** Differences the extension is known to cause, with the reason (`ConformancePage.known`). */
  known: string[];
  /** Extra `eth_chainId` questions the wallet received with the extension (one per held request). */
  extraChainIdCalls: number;
}

/**
 * The libraries' pages run this many at a time with the extension, each in a browser of its own (one tab, in front:
 * a tab behind another loses clicks in Chromium and is throttled in Firefox); without it, one after another.
 */
const BROWSERS_WITH_EXTENSION = 2;

export function conformanceScenarios(launch: () => Promise<BrowserDriver>, launchPlain: () => Promise<BrowserDriver>): void {
  let server: ConformanceServer;
  let withExtension: BrowserDriver[] = [];
  let plain: BrowserDriver;
  let pagesWith: PageDriver[];
  let pageWithout: PageDriver;
  const tallies: ConformanceTally[] = [];
  const urlOf = (spec: ConformancePage) => `${server.url}${spec.entry}.html${spec.query ? `?${spec.query}` : ''}`;

  /** Runs every library's page through `run`, one at a time on each of `pages`, in order: each page's result when it is done. */
  function inTurn(pages: PageDriver[], run: (page: PageDriver, spec: ConformancePage) => Promise<PageRun>): Map<ConformancePage, Promise<PageRun>> {
    const queue = [...CONFORMANCE_PAGES];
    const settle = new Map<ConformancePage, (run: Promise<PageRun>) => void>();
    const results = new Map(CONFORMANCE_PAGES.map((spec) => [spec, new Promise<PageRun>((resolve) => settle.set(spec, resolve))]));
    // A failure is reported by the library's own tests, when they await it.
    for (const result of results.values()) result.catch(() => undefined);
    for (const page of pages)
      void (async () => {
        for (let spec = queue.shift(); spec; spec = queue.shift()) {
          const result = run(page, spec);
          settle.get(spec)!(result);
          await result.catch(() => undefined);
        }
      })();
    return results;
  }

  /** Both runs of every library's page, started once, after the probe (which uses the first pages). */
  let runs: { baseline: Map<ConformancePage, Promise<PageRun>>; extension: Map<ConformancePage, Promise<PageRun>> } | null = null;
  const runsOf = (spec: ConformancePage) => {
    runs ??= {
      baseline: inTurn([pageWithout], (page, s) => runPage(page, urlOf(s), s, false)),
      extension: inTurn(pagesWith, (page, s) => runPage(page, urlOf(s), s, true)),
    };
    return Promise.all([runs.baseline.get(spec)!, runs.extension.get(spec)!]);
  };

  beforeAll(async () => {
    [server, plain, ...withExtension] = await Promise.all([startConformanceServer(), launchPlain(), ...Array.from({ length: BROWSERS_WITH_EXTENSION }, () => launch())]);
    [pageWithout, ...pagesWith] = await Promise.all([plain.newPage(), ...withExtension.map((b) => b.newPage())]);
  });

  afterAll(async () => {
    await Promise.all([...withExtension.map((b) => b.close()), plain?.close(), server?.close()]);
    if (tallies.length === 0) return;
    const differing = (t: ConformanceTally) => [...t.differing.map((id) => `${id} (unexpected)`), ...t.known.map((k) => k.split(':')[0] + ' (known)')];
    const rows = tallies.map(
      (t) => `| ${t.browser} | ${t.library} | ${t.compared} | ${t.identical} | ${differing(t).length ? differing(t).join(', ') : '0'} | ${t.extraChainIdCalls} |`,
    );
    const total = tallies.reduce((s, t) => s + t.compared, 0);
    const same = tallies.reduce((s, t) => s + t.identical, 0);
    console.log(
      [
        '',
        '| browser | library | cases compared | identical | differing | extra eth_chainId seen by the wallet |',
        '|---|---|---|---|---|---|',
        ...rows,
        `| **${tallies[0]!.browser}** | **all** | **${total}** | **${same}** | **${total - same}** | |`,
        ...tallies.flatMap((t) => t.known.map((k) => `known difference, ${t.library}: ${k}`)),
      ].join('\n'),
    );
  });

  describe('what a page can observe of the hook itself', () => {
    it('differs only where documented', async () => {
      const url = `${server.url}blank.html`;
      const [base, mine] = await Promise.all([probe(pageWithout, url), probe(pagesWith[0]!, url)]);
      const differs = Object.keys(base).filter((k) => JSON.stringify(base[k]) !== JSON.stringify(mine[k]));
      expect(Object.keys(mine).sort()).toEqual(Object.keys(base).sort());
      expect(differs.sort()).toEqual(Object.keys(OBSERVABLE_DIFFERENCES).sort());
    });
  });

  for (const spec of CONFORMANCE_PAGES) {
    describe(spec.library, () => {
      let baseline: PageRun;
      let extension: PageRun;
      const tally: ConformanceTally = { browser: '', library: spec.library, compared: 0, identical: 0, differing: [], known: [], extraChainIdCalls: 0 };

      beforeAll(async () => {
        [baseline, extension] = await runsOf(spec);
        tally.browser = withExtension[0]!.browserName;
        tallies.push(tally);
        // CONFORMANCE_DUMP=<file> appends every outcome (JSON lines), to read what each library really returned.
        const dump = process.env.CONFORMANCE_DUMP;
        if (dump) appendFileSync(dump, JSON.stringify({ browser: tally.browser, library: spec.library, baseline: baseline.runs, extension: extension.runs }) + '\n');
      });

      it('the page implements exactly the listed cases', () => {
        expect(extension.ids).toEqual(spec.cases.map((c) => c.id));
      });

      it.each(spec.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
        const got = extension.runs[c.id]!;
        tally.compared++;
        let identical = false;
        try {
          expect(got.outcome.state, `${c.id} finished (the warning then: ${JSON.stringify('warning' in got.outcome ? got.outcome.warning : null)})`).not.toBe('timeout');
          const entry = spec.known?.[c.id];
          const known = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
          if (c.kind === 'cancel') {
            // The reference is the wallet's own 4001 as the library surfaces it without the extension.
            const like = rejection(baseline.runs[c.like!]!.outcome);
            const mine = rejection(got.outcome);
            expect(got.warnings, 'a warning was shown').toBeGreaterThan(0);
            expect(like.has4001, `${c.like} is the wallet's own 4001`).toBe(true);
            const [a, b] = withoutKnown(known, mine, like);
            suggest(spec.library, c.id, a, b);
            expect(a, 'Cancel surfaces as the wallet\'s own 4001 does').toEqual(b);
            expect(got.calls.filter((e) => SIGNING.includes(e.method)), 'the wallet saw nothing to sign').toEqual([]);
          } else {
            const base = baseline.runs[c.id]!;
            const [a, b] = withoutKnown(known, got.outcome, base.outcome);
            suggest(spec.library, c.id, a, b);
            expect(a).toEqual(b);
            // While a request is held (a released one too, for the assessment), a library may keep asking on its own
            // timer (web3 polls the block number until the hash arrives): those polls are not compared, the rest is.
            const held = c.kind === 'held' || c.kind === 'released';
            const polled = (calls: WalletLogEntry[]) => (held ? calls.filter((e) => !spec.polls?.includes(e.method)) : calls);
            expect(polled(withoutChainId(got.calls))).toEqual(polled(withoutChainId(base.calls)));
            if (c.kind === 'held') expect(got.warnings, 'a warning was shown').toBeGreaterThan(0);
            else expect(got.warnings, 'no warning').toBe(0);
            tally.extraChainIdCalls += chainIdCalls(got.calls) - chainIdCalls(base.calls);
          }
          if (known.length > 0) {
            for (const k of known) tally.known.push(`${c.id} at ${k.path.join('.')}: ${k.reason}`);
            return;
          }
          identical = true;
        } finally {
          if (identical) tally.identical++;
          else if (!tally.known.some((k) => k.startsWith(`${c.id} at `))) tally.differing.push(c.id);
        }
      });
    });
  }
}
