import { useState } from 'react';
import type { CriterionId, ProfileId } from '../lib/choose/profiles';
import type { OptionsState } from '../lib/ui/options-store';
import type { LimitId } from '../lib/ui/profile-draft';
import { button, FieldError, input, invalid, muted } from './options-controls';
import { Section } from './section';

/** The built-in profiles and the words for their criteria and limits (passed in by the options entrypoint). */
export interface ProfileInfo {
  profiles: { id: ProfileId; name: string; description: string; weights: Record<CriterionId, number>; limits: Record<LimitId, number | null> }[];
  criteria: { id: CriterionId; label: string }[];
  limits: { id: LimitId; label: string }[];
}

/** Ranking profiles: each profile's weights and hard limits, empty for the built-in value, Reset per profile. */
export function OptionsProfiles({ state, profiles: info }: { state: OptionsState; profiles: ProfileInfo }) {
  const [picked, setPicked] = useState<ProfileId>('preserve');
  const { draft } = state;
  const profile = info.profiles.find((p) => p.id === picked) ?? info.profiles[0]!;
  const own = draft.profiles[profile.id];
  const changed = !!own && (Object.values(own.weights).some((v) => v?.trim()) || Object.values(own.limits).some((v) => v?.trim()));
  return (
    <Section id="profiles-title" title="Ranking profiles" testId="profiles" roomy>
      <p className={muted}>
        How the popup’s Choose view ranks LSTs and LRTs. A weight (0–10) says how much a fact counts; a limit rules a token out whatever its score. Empty uses
        the built-in value (shown greyed); type “none” for no limit.
      </p>
      <div role="group" aria-label="Profile to edit" className="flex flex-wrap gap-2">
        {info.profiles.map((p) => (
          <button key={p.id} type="button" aria-pressed={picked === p.id} onClick={() => setPicked(p.id)} className={`${button} aria-pressed:bg-slate-900 aria-pressed:text-white dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900`} data-testid={`edit-profile-${p.id}`}>
            {p.name}
          </button>
        ))}
      </div>
      <p className="text-sm" data-testid="profile-description">
        {profile.description} {changed ? <span className="font-medium">Changed by you.</span> : 'Built-in.'}
      </p>
      <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2" data-testid="profile-fields" data-profile={profile.id}>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-semibold">Weights</legend>
          {info.criteria.map((c) => (
              <ProfileField
                key={c.id}
                state={state}
                profileId={profile.id}
                part="weights"
                id={c.id}
                label={c.label}
                placeholder={String(profile.weights[c.id])}
                value={own?.weights[c.id] ?? ''}
                onChange={(v) => state.setProfileValue(profile.id, 'weights', c.id, v)}
              />
          ))}
        </fieldset>
        <fieldset className="flex flex-col gap-1 self-start">
          <legend className="mb-1 text-sm font-semibold">Hard limits</legend>
          {info.limits.map((l) => {
            const fallback = profile.limits[l.id];
            return (
              <ProfileField
                key={l.id}
                state={state}
                profileId={profile.id}
                part="limits"
                id={l.id}
                label={l.label}
                placeholder={fallback === null ? 'none' : String(fallback)}
                value={own?.limits[l.id] ?? ''}
                onChange={(v) => state.setProfileValue(profile.id, 'limits', l.id, v)}
              />
            );
          })}
          <div>
            <button type="button" className={`${button} mt-2`} onClick={() => state.resetProfile(profile.id)} data-testid={`reset-profile-${profile.id}`}>
              Reset {profile.name} to built-in
            </button>
          </div>
        </fieldset>
      </div>
    </Section>
  );
}

/** One weight or limit: its label, a text field whose placeholder is the built-in value, and its error. */
function ProfileField({ state, profileId, part, id, label, placeholder, value, onChange }: {
  state: OptionsState;
  profileId: ProfileId;
  part: 'weights' | 'limits';
  id: CriterionId | LimitId;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const field = `profiles.${profileId}.${part}.${id}`;
  const inputId = `${part === 'weights' ? 'w' : 'l'}-${profileId}-${id}`;
  return (
    <div className="grid grid-cols-[1fr_6rem] items-center gap-2">
      <label htmlFor={inputId} className="text-sm">
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={input}
        data-testid={field}
        {...invalid(field, state.errors)}
      />
      <div className="col-span-2 empty:hidden">
        <FieldError field={field} errors={state.errors} />
      </div>
    </div>
  );
}
