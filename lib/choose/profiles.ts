/**
 * Who the ranking is for. A profile is data: a weight per criterion (what matters, and how much) and hard limits
 * (what rules a token out, whatever its score). The criteria are the facts the risk rules already measure
 * (lib/risk/rules), plus the token's yield, whether it is restaked at all, and its protection.
 */
import { z } from 'zod';

export const CRITERIA = [
  'yield',
  'yield-sustainability',
  'restaking',
  'slashable-share',
  'operator-concentration',
  'redistribution',
  'withdrawal-delay',
  'price-impact',
  'peg',
  'audits',
  'time-live',
  'tvl',
  'upgradeability',
  'incidents',
  'protection',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

const weight = z.number().finite().min(0).max(10);

export const profileLimitsSchema = z
  .object({
    /** Longest exit through the protocol, in days. */
    maxExitDays: z.number().finite().min(0).max(365).nullable(),
    /** Largest share of the stake AVSs can slash now, in %. */
    maxSlashablePct: z.number().finite().min(0).max(100).nullable(),
    /** Largest share slashable by redistributing operator sets, in % (0: none). */
    maxRedistributablePct: z.number().finite().min(0).max(100).nullable(),
    /** Fewest months live on mainnet. */
    minMonthsLive: z.number().finite().min(0).max(600).nullable(),
  })
  .strict();
export type ProfileLimits = z.infer<typeof profileLimitsSchema>;

export const profileSchema = z
  .object({
    weights: z.object(Object.fromEntries(CRITERIA.map((c) => [c, weight])) as Record<CriterionId, typeof weight>).strict(),
    limits: profileLimitsSchema,
  })
  .strict();
export type ProfileParams = z.infer<typeof profileSchema>;

export const PROFILE_IDS = ['preserve', 'balance', 'maximize'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface Profile extends ProfileParams {
  id: ProfileId;
  name: string;
  description: string;
}

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  preserve: {
    id: 'preserve',
    name: 'Preserve capital',
    description: 'Favours liquid staking tokens, short exits, deep markets, a long track record and no redistribution; yield counts little.',
    weights: {
      yield: 0.5,
      'yield-sustainability': 0.5,
      restaking: 4,
      'slashable-share': 3,
      'operator-concentration': 1,
      redistribution: 2,
      'withdrawal-delay': 3,
      'price-impact': 2,
      peg: 2,
      audits: 1,
      'time-live': 2,
      tvl: 1,
      upgradeability: 1,
      incidents: 2,
      protection: 0.5,
    },
    limits: { maxExitDays: 7, maxSlashablePct: 10, maxRedistributablePct: 0, minMonthsLive: 24 },
  },
  balance: {
    id: 'balance',
    name: 'Balance',
    description: 'Weighs yield against slashing, exit and contract risk evenly.',
    weights: {
      yield: 2,
      'yield-sustainability': 1,
      restaking: 1,
      'slashable-share': 2,
      'operator-concentration': 1,
      redistribution: 1,
      'withdrawal-delay': 1.5,
      'price-impact': 1,
      peg: 1.5,
      audits: 1,
      'time-live': 1,
      tvl: 1,
      upgradeability: 1,
      incidents: 1.5,
      protection: 1,
    },
    limits: { maxExitDays: 30, maxSlashablePct: 50, maxRedistributablePct: 10, minMonthsLive: 6 },
  },
  maximize: {
    id: 'maximize',
    name: 'Maximize yield',
    description: 'Yield first, within stated limits: no more than half the stake slashable, an exit within 45 days, three months live.',
    weights: {
      yield: 6,
      'yield-sustainability': 1.5,
      restaking: 0,
      'slashable-share': 0.5,
      'operator-concentration': 0.5,
      redistribution: 0.5,
      'withdrawal-delay': 0.5,
      'price-impact': 1,
      peg: 1,
      audits: 0.5,
      'time-live': 0.5,
      tvl: 0.5,
      upgradeability: 0.5,
      incidents: 1,
      protection: 0.5,
    },
    limits: { maxExitDays: 45, maxSlashablePct: 50, maxRedistributablePct: null, minMonthsLive: 3 },
  },
};

/** A built-in profile with the person's stored changes (options page) over it. */
export function resolveProfile(id: ProfileId, overrides: Partial<Record<ProfileId, ProfileParams>> = {}): Profile {
  const base = PROFILES[id];
  const own = overrides[id];
  return own ? { ...base, weights: { ...base.weights, ...own.weights }, limits: { ...base.limits, ...own.limits } } : base;
}

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}
