/**
 * The options page's ranking profiles as the person types them: per profile, the weights and hard limits that differ
 * from the built-in ones (empty: the built-in value; a limit typed "none": no limit). Saved with the other settings
 * as whole profiles (`settings.profiles`), validated with the profile schema; the ranking reads them through
 * `resolveProfile`.
 */
import { CRITERIA, PROFILE_IDS, PROFILES, profileSchema, type CriterionId, type ProfileId, type ProfileLimits, type ProfileParams } from '../choose/profiles';

export const LIMITS = ['maxExitDays', 'maxSlashablePct', 'maxRedistributablePct', 'minMonthsLive'] as const satisfies readonly (keyof ProfileLimits)[];
export type LimitId = (typeof LIMITS)[number];

export interface ProfileDraft {
  weights: Partial<Record<CriterionId, string>>;
  limits: Partial<Record<LimitId, string>>;
}
export type ProfilesDraft = Partial<Record<ProfileId, ProfileDraft>>;

const limitText = (v: number | null) => (v === null ? 'none' : String(v));

/** Only what differs from the built-in profile is shown in a field; the rest is its placeholder. */
export function draftFromProfiles(stored: Partial<Record<ProfileId, ProfileParams>>): ProfilesDraft {
  const out: ProfilesDraft = {};
  for (const id of PROFILE_IDS) {
    const own = stored[id];
    if (!own) continue;
    const base = PROFILES[id];
    const weights = Object.fromEntries(CRITERIA.filter((c) => own.weights[c] !== base.weights[c]).map((c) => [c, String(own.weights[c])]));
    const limits = Object.fromEntries(LIMITS.filter((l) => own.limits[l] !== base.limits[l]).map((l) => [l, limitText(own.limits[l])]));
    if (Object.keys(weights).length || Object.keys(limits).length) out[id] = { weights, limits };
  }
  return out;
}

/** The draft as stored profiles (only the ones changed), or the fields that are not numbers, by field path. */
export function profilesFromDraft(draft: ProfilesDraft): { profiles: Partial<Record<ProfileId, ProfileParams>>; errors: Record<string, string> } {
  const profiles: Partial<Record<ProfileId, ProfileParams>> = {};
  const errors: Record<string, string> = {};
  for (const id of PROFILE_IDS) {
    const d = draft[id];
    if (!d) continue;
    const base = PROFILES[id];
    const params: ProfileParams = { weights: { ...base.weights }, limits: { ...base.limits } };
    let changed = false;
    for (const c of CRITERIA) {
      const raw = d.weights[c]?.trim();
      if (!raw) continue;
      const n = Number(raw);
      if (!Number.isFinite(n)) errors[`profiles.${id}.weights.${c}`] = 'a number';
      else ((params.weights[c] = n), (changed = true));
    }
    for (const l of LIMITS) {
      const raw = d.limits[l]?.trim();
      if (!raw) continue;
      const n = /^none$/i.test(raw) ? null : Number(raw);
      if (n !== null && !Number.isFinite(n)) errors[`profiles.${id}.limits.${l}`] = 'a number, or none';
      else ((params.limits[l] = n), (changed = true));
    }
    if (!changed) continue;
    const checked = profileSchema.safeParse(params);
    if (checked.success) profiles[id] = checked.data;
    else for (const issue of checked.error.issues) errors[`profiles.${id}.${issue.path.join('.')}`] = issue.message;
  }
  return { profiles, errors };
}
