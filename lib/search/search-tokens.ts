/**
 * The popup's search over the worker's token index (`list-tokens`): symbol, name, protocol, chain or
 * address, forgiving of typos. Ranking: exact symbol, then prefix, then substring, then fuzzy; an
 * address matches by prefix on every chain it is deployed to. Runs on every keystroke, so each entry's
 * search keys are computed once per index.
 */
import type { TokenIndexEntry } from '../worker/token-index';
import { editDistance } from './edit-distance';

export type MatchKind = 'address' | 'exact' | 'prefix' | 'substring' | 'fuzzy' | 'all';

export interface SearchHit {
  entry: TokenIndexEntry;
  match: MatchKind;
  /** Lower is better; comparable only within one search. */
  score: number;
}

interface Keys {
  entry: TokenIndexEntry;
  order: number;
  symbol: string;
  name: string;
  protocol: string;
  /** Name and protocol split into words ("ether.fi Staked ETH" → ether, fi, staked, eth). */
  words: string[];
  chain: string;
  address: string;
}

const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

const prepared = new WeakMap<readonly TokenIndexEntry[], Keys[]>();

function keysOf(entries: readonly TokenIndexEntry[]): Keys[] {
  let keys = prepared.get(entries);
  if (!keys) {
    keys = entries.map((entry, order) => ({
      entry,
      order,
      symbol: compact(entry.symbol),
      name: compact(entry.name),
      protocol: compact(entry.protocol),
      words: [...words(entry.name), ...words(entry.protocol)],
      chain: compact(entry.chain ?? ''),
      address: (entry.address ?? '').toLowerCase(),
    }));
    prepared.set(entries, keys);
  }
  return keys;
}

/** Typos forgiven for a term of this length: none for 1–2 characters, one up to 5, then two. */
const typosFor = (length: number) => (length <= 2 ? 0 : length <= 5 ? 1 : 2);

const SCORE = { exact: 0, symbolPrefix: 100, wordPrefix: 150, symbolSubstring: 200, textSubstring: 250, chain: 280, fuzzy: 300 } as const;

/** How well one term (lowercase, alphanumeric) matches an entry's text; null when it does not. */
function termScore(k: Keys, term: string): number | null {
  if (k.symbol === term) return SCORE.exact;
  if (k.symbol.startsWith(term)) return SCORE.symbolPrefix + (k.symbol.length - term.length);
  if (k.name.startsWith(term) || k.protocol.startsWith(term) || k.words.some((w) => w.startsWith(term))) return SCORE.wordPrefix;
  if (k.symbol.includes(term)) return SCORE.symbolSubstring + k.symbol.indexOf(term);
  if (k.name.includes(term) || k.protocol.includes(term)) return SCORE.textSubstring;
  if (term.length >= 3 && k.chain.startsWith(term)) return SCORE.chain;
  const max = typosFor(term.length);
  if (max === 0) return null;
  // Whole symbol first; then an unfinished word with a typo ("pufe" for pufETH, "rsEH" for rsETH), a
  // little behind.
  let best = editDistance(term, k.symbol, { max });
  for (const text of [k.symbol, k.name, k.protocol, ...k.words]) {
    if (best <= 0.5) break;
    const d = editDistance(term, text, { prefix: true, max });
    if (d <= max) best = Math.min(best, d + 0.5);
  }
  if (best > max + 0.5) return null;
  // Among equal distances, the symbol that starts like the term ("weth": weETH before wBETH).
  let shared = 0;
  while (shared < term.length && term[shared] === k.symbol[shared]) shared++;
  return SCORE.fuzzy + best * 20 - Math.min(shared, 5);
}

function textScore(k: Keys, raw: string): number | null {
  const whole = compact(raw);
  if (!whole) return null;
  let best = termScore(k, whole);
  const terms = words(raw);
  if (terms.length > 1) {
    // Every word must match something ("rseth arbitrum"); the worst word decides.
    let worst = 0;
    for (const term of terms) {
      const s = k.chain.startsWith(term) && term.length >= 3 ? 0 : termScore(k, term);
      if (s === null) {
        worst = -1;
        break;
      }
      worst = Math.max(worst, s);
    }
    if (worst >= 0 && (best === null || worst < best)) best = worst;
  }
  return best;
}

const KIND_ORDER: Record<TokenIndexEntry['kind'], number> = { lrt: 0, 'direct-restaking': 1, lst: 2 };

/** The canonical deployment first: Ethereum (or chainless), then by kind. */
const tieBreak = (a: Keys, b: Keys) =>
  Number(a.entry.chainId !== null && a.entry.chainId !== 1) - Number(b.entry.chainId !== null && b.entry.chainId !== 1) ||
  KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
  a.order - b.order;

const HEX_ADDRESS = /^(0x)?[0-9a-f]+$/;

/**
 * Searches the index. An empty query lists each report once (its Ethereum deployment when there is
 * one): LRTs, then direct restaking, then LSTs.
 */
export function searchTokens(entries: readonly TokenIndexEntry[], query: string, limit = 50): SearchHit[] {
  const keys = keysOf(entries);
  const q = query.trim().toLowerCase();
  if (!q) {
    const seen = new Set<string>();
    // The report's own token first (weETH for the report `weeth`, not eETH).
    const own = (k: Keys) => Number(k.symbol !== k.entry.reportId);
    return [...keys]
      .sort((a, b) => KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || own(a) - own(b) || tieBreak(a, b))
      .filter((k) => !seen.has(k.entry.reportId) && seen.add(k.entry.reportId))
      .slice(0, limit)
      .map((k) => ({ entry: k.entry, match: 'all', score: 0 }));
  }

  const scored: { k: Keys; score: number; match: MatchKind }[] = [];
  // A pasted address or its start: "0x4186…", or bare hex long enough not to be a word.
  if (HEX_ADDRESS.test(q) && (q.startsWith('0x') ? q.length >= 3 : q.length >= 6)) {
    const prefix = q.startsWith('0x') ? q : `0x${q}`;
    for (const k of keys)
      if (k.address && k.address.startsWith(prefix)) scored.push({ k, score: k.address === prefix ? 0 : 1, match: 'address' });
    if (scored.length > 0 || q.startsWith('0x'))
      return scored.sort((a, b) => a.score - b.score || tieBreak(a.k, b.k)).slice(0, limit).map(({ k, score, match }) => ({ entry: k.entry, match, score }));
  }

  for (const k of keys) {
    const score = textScore(k, q);
    if (score === null) continue;
    const match: MatchKind =
      score === SCORE.exact ? 'exact' : score < SCORE.symbolSubstring ? 'prefix' : score < SCORE.fuzzy - 5 ? 'substring' : 'fuzzy';
    scored.push({ k, score, match });
  }
  return scored
    .sort((a, b) => a.score - b.score || tieBreak(a.k, b.k))
    .slice(0, limit)
    .map(({ k, score, match }) => ({ entry: k.entry, match, score }));
}
