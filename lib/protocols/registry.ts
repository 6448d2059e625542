/**
 * Lookups over the registry, built once: by `${chainId}:${lowercaseAddress}` for contracts, tokens and EigenLayer
 * strategies, and by id for tokens and protocols. Pure data access; no browser API, no network.
 */
import { assets, protocols } from './index';
import type { Address, ContractDeployment, ContractSpec, ProtocolSpec, StrategySpec, TokenDeployment, TokenSpec } from './types';

export interface RegisteredContract {
  protocol: ProtocolSpec;
  contract: ContractSpec;
  deployment: ContractDeployment;
}

export interface RegisteredToken {
  token: TokenSpec;
  deployment: TokenDeployment;
  /** The protocol that issues it; `null` for deposit assets (LSTs, WETH). */
  protocol: ProtocolSpec | null;
}

export interface RegisteredStrategy {
  protocol: ProtocolSpec;
  strategy: StrategySpec;
}

/** The key every map uses: decimal chain id and the lowercase address. */
export function addressKey(chainId: number, address: string): string {
  return `${chainId}:${address.toLowerCase()}`;
}

const contracts = new Map<string, RegisteredContract>();
const tokens = new Map<string, RegisteredToken>();
const strategies = new Map<string, RegisteredStrategy>();
const tokensById = new Map<string, { token: TokenSpec; protocol: ProtocolSpec | null }>();
const protocolsById = new Map<string, ProtocolSpec>();

function addToken(token: TokenSpec, protocol: ProtocolSpec | null): void {
  tokensById.set(token.id, { token, protocol });
  for (const deployment of token.deployments) tokens.set(addressKey(deployment.chainId, deployment.address), { token, deployment, protocol });
}

for (const token of assets) addToken(token, null);
for (const protocol of protocols) {
  protocolsById.set(protocol.id, protocol);
  for (const token of protocol.tokens) addToken(token, protocol);
  for (const contract of protocol.contracts) {
    for (const deployment of contract.deployments) contracts.set(addressKey(deployment.chainId, deployment.address), { protocol, contract, deployment });
  }
  for (const strategy of protocol.strategies ?? []) strategies.set(addressKey(strategy.chainId, strategy.address), { protocol, strategy });
}

export function getContract(chainId: number, address: string): RegisteredContract | undefined {
  return contracts.get(addressKey(chainId, address));
}

export function getToken(chainId: number, address: string): RegisteredToken | undefined {
  return tokens.get(addressKey(chainId, address));
}

export function getStrategy(chainId: number, address: string): RegisteredStrategy | undefined {
  return strategies.get(addressKey(chainId, address));
}

export function getTokenById(id: string): { token: TokenSpec; protocol: ProtocolSpec | null } | undefined {
  return tokensById.get(id);
}

/** The token's address on a chain, when it is deployed there. */
export function getTokenAddress(id: string, chainId: number): Address | undefined {
  return tokensById.get(id)?.token.deployments.find((d) => d.chainId === chainId)?.address;
}

export function getProtocol(id: string): ProtocolSpec | undefined {
  return protocolsById.get(id);
}

/** Every registered contract deployment (restaking and lending), e.g. for the in-page address list. */
export function listContracts(): RegisteredContract[] {
  return [...contracts.values()];
}

/** Every token deployment (LRTs, LSTs, WETH), e.g. for the popup's search. */
export function listTokens(): RegisteredToken[] {
  return [...tokens.values()];
}
