/**
 * Nucleus runs BoringVaults for other protocols (Swell's earnETH, Puffer's unifiETH and pufETHs; their tellers are
 * registered under those protocols). A vault's shares leave through Nucleus's AtomicQueue, shared by every Nucleus
 * vault: the holder offers shares for a wanted asset at a price, and a solver fills the request before its deadline.
 * The share token offered says which vault is being left.
 */
import { NUCLEUS_APP } from './boring-vault';
import type { ProtocolSpec } from './types';

const PUFFER_SDK = 'PufferFinance/puffer-sdk@2c8b7bb9280f09c140e9df4b3a00ebea685479ba';

export const nucleus: ProtocolSpec = {
  id: 'nucleus',
  name: 'Nucleus',
  kind: 'restaking',
  tokens: [],
  contracts: [
    {
      name: 'AtomicQueue',
      token: null,
      abiSource: `${NUCLEUS_APP}:contracts/AtomicQueue.json, api/contracts/AtomicQueue/updateAtomicRequest.ts`,
      note: 'approve the share token to the queue first; the request stays open until a solver fills it or its deadline passes',
      deployments: [
        {
          chainId: 1,
          address: '0x228C44Bb4885C6633F4b6C83f14622f37D5112E5',
          source: `${NUCLEUS_APP}:config/constants.ts (atomicQueueContractAddress) + ${PUFFER_SDK}:lib/contracts/addresses.ts (NucleusAtomicQueue)`,
          verification: 'primary',
        },
      ],
      functions: [
        {
          signature: 'function updateAtomicRequest(address offer, address want, (uint64 deadline, uint88 atomicPrice, uint96 offerAmount, bool inSolve) userRequest)',
          selector: '0x7c88eaa1',
          action: 'withdraw-request',
          input: { kind: 'asset-arg', asset: 'offer', amount: 'userRequest.offerAmount' },
          token: { arg: 'offer' },
          receives: { arg: 'want' },
          note: 'offers vault shares for the wanted asset at atomicPrice; an offerAmount of 0 withdraws the request',
        },
      ],
    },
  ],
};
