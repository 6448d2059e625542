/**
 * EigenLayer's general slashing model (the slashing release): the rules every EigenLayer deposit shares. Which
 * operator and operator sets a given LRT or staker is exposed to, and with what magnitudes, is per-LRT data (the
 * bundled snapshot) and on-chain state (lib/sources/onchain) that refines this.
 */
import { days, fact, unknown } from './fact';
import type { Exposure, LayerModel, SlashingModel } from './schema';

const EL = 'Layr-Labs/eigenlayer-contracts@f84a5151080cdf0b77b9b6e46506cde723d06c28';
const DATE = '2026-05-01';
const ALLOCATION = `${EL}:docs/core/AllocationManager.md`;
const MAINNET = `${EL}:README.md (Mainnet) + script/configs/mainnet.json`;
const OPERATOR_STATE =
  'depends on the operator the staker delegates to and its operator-set allocations: read on-chain (AllocationManager) or from the per-LRT snapshot';

const exitDelay = () =>
  fact(
    {
      minDays: 14,
      maxDays: 14,
      text: 'queue a withdrawal, then complete it after 100,800 blocks (about 14 days); the stake can still be slashed meanwhile',
    },
    `${EL}:script/configs/mainnet.json (MIN_WITHDRAWAL_DELAY_BLOCKS)`,
    DATE,
    'primary',
    'it was 50,400 blocks (about 7 days) before the slashing release',
  );

const model = (): SlashingModel => ({
  slasher: fact('instant', `${ALLOCATION} (slashOperator)`, DATE, 'primary', "an operator set's slasher executes the slash in one call"),
  resolver: fact('none', ALLOCATION, DATE, 'primary', 'no veto or resolver in the slashing release'),
  epochDuration: unknown(
    'EigenLayer has no epochs: taking stake away from a service takes 100,800 blocks (about 14 days), and changing allocations 126,000 blocks (about 17.5 days)',
    `${EL}:script/configs/mainnet.json`,
    DATE,
  ),
  vetoDuration: fact(days(0), ALLOCATION, DATE, 'primary', 'no veto window'),
  secures: unknown(OPERATOR_STATE, ALLOCATION, DATE),
  slashedFunds: fact(
    'slashed stake is set aside and cleared later: an operator set that redistributes sends it to its recipient, any other burns it',
    `${EL}:CHANGELOG/CHANGELOG-1.5.0.md`,
    DATE,
    'primary',
  ),
});

const exposure = (name: string, address: `0x${string}`, collateral: Exposure['collateral']): Exposure => ({
  protocol: 'eigenlayer',
  chainId: 1,
  address,
  name,
  kind: 'core',
  via: null,
  collateral,
  exitDelay: exitDelay(),
  model: model(),
});

export const eigenlayerLayer: LayerModel = {
  id: 'eigenlayer',
  name: 'EigenLayer',
  protocols: ['eigenlayer'],
  model: fact(
    "Operators allocate a proportion (magnitude) of each strategy's delegated stake to AVS operator sets. Once an operator is registered to a set and has a slashable allocation, the set's slasher can slash it at once, which reduces every delegated staker's shares in proportion. Deallocations, deregistrations and queued withdrawals stay slashable for 14 days. Redistributing operator sets send slashed funds to a recipient instead of burning them.",
    `${ALLOCATION} (Operator Sets, Allocations and Slashing) + ${EL}:docs/core/DelegationManager.md`,
    DATE,
    'primary',
  ),
  slasher: fact('instant', `${ALLOCATION} (slashOperator)`, DATE, 'primary'),
  vetoWindow: fact(days(0), ALLOCATION, DATE, 'primary', 'no veto in the slashing release'),
  maxSlash: fact(
    "per strategy, up to the operator's allocated magnitude to the operator set (at most all of that allocation); an operator can allocate up to 100% of its stake across sets",
    `${ALLOCATION} (slashOperator, Max vs Encumbered Magnitude)`,
    DATE,
    'primary',
  ),
  slashedFunds: model().slashedFunds,
  exitDelay: exitDelay(),
  services: [],
  servicesUnknownReason: `AVSs and operator sets are per operator: ${OPERATOR_STATE}`,
  registries: [
    { name: 'AllocationManager', chainId: 1, address: '0x948a420b8CC1d6BFd0B6087C2E7c344a2CD0bc39', purpose: 'operator sets, allocations, isOperatorSlashable', source: MAINNET, asOf: DATE, verification: 'primary' },
    { name: 'DelegationManager', chainId: 1, address: '0x39053D51B77DC0d36036Fc1fCc8Cb819df8Ef37A', purpose: 'delegatedTo(staker), queued withdrawals', source: MAINNET, asOf: DATE, verification: 'primary' },
  ],
  exposures: [
    exposure('StrategyManager', '0x858646372CC42E1A627fcE94aa7A7033e7CF075A', unknown('the strategy chosen in the request decides the token', `${EL}:README.md (Strategies tables)`, DATE)),
    exposure('EigenPodManager', '0x91E677b07F7AF907ec9a428aafA9fc14a0d3A338', fact({ symbol: 'ETH', address: null }, MAINNET, DATE, 'primary', 'native (beacon-chain) ETH')),
    exposure('DelegationManager', '0x39053D51B77DC0d36036Fc1fCc8Cb819df8Ef37A', unknown("the withdrawal's strategies decide", MAINNET, DATE)),
  ],
};
