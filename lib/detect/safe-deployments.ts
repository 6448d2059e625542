/**
 * Safe's MultiSend and MultiSendCallOnly deployments on the chains the registry covers, read from
 * safe-global/safe-deployments@d0989c95929c76e1723121566b3f2b764ffb94ee:src/assets/v{1.1.1,1.3.0,1.4.1,1.5.0}/multi_send{,_call_only}.json
 * (`deployments` and `networkAddresses`; the trailing comment names the deployment type). A Safe batch is decoded
 * only when it goes to one of these: another contract with the same selector could do anything with the bytes.
 */
import { addressKey } from '../protocols/registry';

export type MultiSendKind = 'MultiSend' | 'MultiSendCallOnly';

interface MultiSendDeployment {
  contract: MultiSendKind;
  version: string;
  address: `0x${string}`;
  chains: readonly number[];
}

export const MULTI_SEND_DEPLOYMENTS: readonly MultiSendDeployment[] = [
  { contract: 'MultiSend', version: '1.1.1', address: '0x8D29bE29923b68abfDD21e541b9374737B49cdAD', chains: [1] }, // canonical
  { contract: 'MultiSend', version: '1.3.0', address: '0xA238CBeb142c10Ef7Ad8442C6D1f9E89e07e7761', chains: [1, 10, 56, 169, 196, 324, 8453, 17000, 34443, 42161, 48900, 59144, 81457, 534352, 560048] }, // canonical
  { contract: 'MultiSend', version: '1.3.0', address: '0x998739BFdAAdde7C933B942a68053933098f9EDa', chains: [1, 10, 56, 196, 324, 8453, 17000, 34443, 42161, 48900, 59144, 81457, 534352, 560048] }, // eip155
  { contract: 'MultiSend', version: '1.3.0', address: '0x0dFcccB95225ffB03c6FBB2559B530C2B7C8A912', chains: [324] }, // zksync
  { contract: 'MultiSendCallOnly', version: '1.3.0', address: '0x40A2aCCbd92BCA938b02010E17A5b8929b49130D', chains: [1, 10, 56, 169, 196, 324, 8453, 17000, 34443, 42161, 48900, 59144, 81457, 534352, 560048] }, // canonical
  { contract: 'MultiSendCallOnly', version: '1.3.0', address: '0xA1dabEF33b3B82c7814B6D82A79e50F4AC44102B', chains: [1, 10, 56, 196, 324, 8453, 17000, 34443, 42161, 48900, 59144, 81457, 534352, 560048] }, // eip155
  { contract: 'MultiSendCallOnly', version: '1.3.0', address: '0xf220D3b4DFb23C4ade8C88E526C1353AbAcbC38F', chains: [324] }, // zksync
  { contract: 'MultiSend', version: '1.4.1', address: '0x38869bf66a61cF6bDB996A6aE40D5853Fd43B526', chains: [1, 10, 56, 169, 196, 324, 8453, 17000, 34443, 42161, 48900, 59144, 81457, 534352, 560048] }, // canonical
  { contract: 'MultiSend', version: '1.4.1', address: '0x309D0B190FeCCa8e1D5D8309a16F7e3CB133E885', chains: [324] }, // zksync
  { contract: 'MultiSendCallOnly', version: '1.4.1', address: '0x9641d764fc13c8B624c04430C7356C1C7C8102e2', chains: [1, 10, 56, 169, 196, 324, 8453, 17000, 34443, 42161, 48900, 59144, 81457, 534352, 560048] }, // canonical
  { contract: 'MultiSendCallOnly', version: '1.4.1', address: '0x0408EF011960d02349d50286D20531229BCef773', chains: [324] }, // zksync
  { contract: 'MultiSend', version: '1.5.0', address: '0x218543288004CD07832472D464648173c77D7eB7', chains: [1, 10, 56, 196, 324, 8453, 42161, 59144, 534352, 560048] }, // canonical
  { contract: 'MultiSendCallOnly', version: '1.5.0', address: '0xA83c336B20401Af773B6219BA5027174338D1836', chains: [1, 10, 56, 196, 324, 8453, 42161, 59144, 534352, 560048] }, // canonical
];

const byKey = new Map<string, MultiSendDeployment>();
for (const d of MULTI_SEND_DEPLOYMENTS) for (const chainId of d.chains) byKey.set(addressKey(chainId, d.address), d);

/** The MultiSend contract at this address on this chain, if Safe deployed one there. */
export function multiSendAt(chainId: number, address: string): MultiSendDeployment | undefined {
  return byKey.get(addressKey(chainId, address));
}
