/**
 * The registry's rules as code: each returns the problems it finds, so the registry test can both assert a clean
 * registry and prove every rule fires on a broken one.
 */
import { getAddress, parseAbiItem, toFunctionSelector, type AbiFunction } from 'viem';
import type { ProtocolSpec, TokenSpec } from '../../lib/protocols/types';

/** What a fixture must say for coverage: where it sends the call and which selector. */
export interface FixtureRef {
  protocol: string;
  chainId: number;
  to: string;
  selector: string;
}

export interface RegistryInput {
  protocols: readonly ProtocolSpec[];
  assets: readonly TokenSpec[];
  /** Protocol files found on disk (basename without `.ts`) and the protocol ids each exports. */
  files?: ReadonlyMap<string, readonly string[]>;
  fixtures?: readonly FixtureRef[];
}

const LABELS = new Set(['primary', 'secondary', 'unverified']);

export function checkRegistry(input: RegistryInput): string[] {
  const problems: string[] = [];
  const tokenIds = new Map<string, TokenSpec>();
  const tokenKeys = new Set<string>();
  const contractKeys = new Set<string>();

  const checkAddress = (address: string, where: string) => {
    let checksummed: string | null = null;
    try {
      checksummed = getAddress(address);
    } catch {
      problems.push(`${where}: ${address} is not an address`);
      return;
    }
    if (checksummed !== address) problems.push(`${where}: ${address} is not EIP-55 checksummed (expected ${checksummed})`);
  };
  const checkSourced = (fact: { source: string; verification: string }, where: string) => {
    if (!fact.source.trim()) problems.push(`${where}: no source`);
    if (!LABELS.has(fact.verification)) problems.push(`${where}: unknown verification label "${fact.verification}"`);
  };

  const allTokens: [TokenSpec, string][] = [
    ...input.assets.map((t): [TokenSpec, string] => [t, 'assets']),
    ...input.protocols.flatMap((p) => p.tokens.map((t): [TokenSpec, string] => [t, p.id])),
  ];
  for (const [token, owner] of allTokens) {
    if (tokenIds.has(token.id)) problems.push(`${owner}: duplicate token id ${token.id}`);
    tokenIds.set(token.id, token);
    for (const d of token.deployments) {
      const where = `${owner} token ${token.id} on ${d.chainId}`;
      checkAddress(d.address, where);
      checkSourced(d, where);
      const key = `${d.chainId}:${d.address.toLowerCase()}`;
      if (tokenKeys.has(key)) problems.push(`${where}: duplicate (chain, address) ${key}`);
      tokenKeys.add(key);
    }
  }
  const knownToken = (id: string) => id === 'ETH' || tokenIds.has(id);

  const protocolIds = new Set<string>();
  for (const protocol of input.protocols) {
    if (protocolIds.has(protocol.id)) problems.push(`duplicate protocol id ${protocol.id}`);
    protocolIds.add(protocol.id);
    for (const contract of protocol.contracts) {
      const where = `${protocol.id} ${contract.name}`;
      if (contract.token !== null && !knownToken(contract.token)) problems.push(`${where}: unknown token ${contract.token}`);
      const selectors = new Set<string>();
      for (const fn of contract.functions) {
        let computed: string | null = null;
        try {
          computed = toFunctionSelector(parseAbiItem(fn.signature) as AbiFunction);
        } catch {
          problems.push(`${where}: signature does not parse: ${fn.signature}`);
        }
        if (computed !== null && computed !== fn.selector) problems.push(`${where}: selector ${fn.selector} does not match ${fn.signature} (${computed})`);
        if (selectors.has(fn.selector)) problems.push(`${where}: selector ${fn.selector} registered twice`);
        selectors.add(fn.selector);
        const input = fn.input;
        if (input.kind === 'token' && !knownToken(input.token)) problems.push(`${where} ${fn.signature}: unknown input token ${input.token}`);
        const ref = fn.token;
        if (ref && 'id' in ref && !knownToken(ref.id)) problems.push(`${where} ${fn.signature}: unknown token ${ref.id}`);
        if (ref && 'byAsset' in ref) for (const id of [...Object.keys(ref.map), ...Object.values(ref.map)]) if (!knownToken(id)) problems.push(`${where}: unknown token ${id} in byAsset map`);
      }
      for (const d of contract.deployments) {
        const dWhere = `${where} on ${d.chainId}`;
        checkAddress(d.address, dWhere);
        checkSourced(d, dWhere);
        const key = `${d.chainId}:${d.address.toLowerCase()}`;
        if (contractKeys.has(key)) problems.push(`${dWhere}: duplicate (chain, address) ${key}`);
        contractKeys.add(key);
        // The exposure token must have an address on the chain where the contract mints it.
        const tokenId = d.token ?? contract.token;
        if (tokenId && tokenId !== 'ETH' && !tokenIds.get(tokenId)?.deployments.some((t) => t.chainId === d.chainId)) {
          problems.push(`${dWhere}: token ${tokenId} has no address on chain ${d.chainId}`);
        }
      }
    }
    for (const s of protocol.strategies ?? []) {
      const where = `${protocol.id} strategy on ${s.chainId}`;
      checkAddress(s.address, where);
      checkSourced(s, where);
      if (!knownToken(s.underlying)) problems.push(`${where}: unknown underlying ${s.underlying}`);
    }
  }

  if (input.files) {
    for (const [file, ids] of input.files) {
      if (ids.length === 0) problems.push(`lib/protocols/${file}.ts exports no protocol`);
      for (const id of ids) if (!protocolIds.has(id)) problems.push(`lib/protocols/${file}.ts: protocol ${id} is missing from the index`);
    }
  }

  if (input.fixtures) {
    const covered = new Set(input.fixtures.map((f) => `${f.protocol}|${f.chainId}:${f.to.toLowerCase()}|${f.selector}`));
    for (const protocol of input.protocols) {
      for (const contract of protocol.contracts) {
        for (const fn of contract.functions) {
          if (contract.deployments.length === 0) continue;
          const hit = contract.deployments.some((d) => covered.has(`${protocol.id}|${d.chainId}:${d.address.toLowerCase()}|${fn.selector}`));
          if (!hit) problems.push(`${protocol.id} ${contract.name}: no fixture for ${fn.signature}`);
        }
      }
    }
  }
  return problems;
}
