/**
 * The registry: one line per protocol. Adding a protocol is one file, one line here and its fixtures; the registry
 * test fails when a file, this list or the fixtures disagree.
 */
import type { ProtocolSpec, TokenSpec } from './types';
import { aaveV3 } from './aave-v3';
import { collateralAssets } from './collateral-assets';
import { eigenlayer } from './eigenlayer';
import { eigenpie } from './eigenpie';
import { etherfi } from './etherfi';
import { inception } from './inception';
import { karak } from './karak';
import { kelp } from './kelp';
import { kernel } from './kernel';
import { lsts } from './lsts';
import { mellow } from './mellow';
import { nucleus } from './nucleus';
import { morphoBlue } from './morpho-blue';
import { puffer } from './puffer';
import { renzo } from './renzo';
import { swell } from './swell';
import { symbiotic } from './symbiotic';
import { yieldnest } from './yieldnest';

export const protocols: readonly ProtocolSpec[] = [
  etherfi,
  renzo,
  puffer,
  kelp,
  swell,
  eigenlayer,
  yieldnest,
  inception,
  eigenpie,
  symbiotic,
  mellow,
  karak,
  kernel,
  nucleus,
  aaveV3,
  morphoBlue,
];

/** Deposit assets (LSTs, WETH, other collateral) that belong to no protocol. */
export const assets: readonly TokenSpec[] = [...lsts, ...collateralAssets];
