/** Addresses the stand-in wallet treats specially, shared by the wallet, the pages and the tests. */
export const CONFORMANCE_ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
export const SECOND_ACCOUNT = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
/** A plain recipient: a send to it touches no restaking contract. */
export const FRIEND_ADDRESS = '0x1111111111111111111111111111111111111111';
/** The wallet's person rejects anything sent to this address (EIP-1193 4001). */
export const REJECT_ADDRESS = '0x4001400140014001400140014001400140014001';
/** The wallet refuses this recipient as invalid params (-32602 with `data`). */
export const INVALID_ADDRESS = '0x3260232602326023260232602326023260232602';
/** Calls to this contract revert with `Error("not allowed")` (code 3 with revert `data`). */
export const REVERT_ADDRESS = '0x0000000000000000000000000000000000000bad';
/** MetaMask's inpage → content script stream name. */
export const CONTENT_SCRIPT_TARGET = 'metamask-contentscript';
