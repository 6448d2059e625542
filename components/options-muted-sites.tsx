import type { KeyboardEvent } from 'react';
import type { OptionsState } from '../lib/ui/options-store';
import { button, FieldError, input, invalid, muted } from './options-controls';
import { Section } from './section';

/** Sites where the warning never appears: listed with Remove, and a box to add one (Enter adds it). */
export function OptionsMutedSites({ state }: { state: OptionsState }) {
  const { draft, errors } = state;
  const onSiteKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter in the site box adds the site; it does not save the whole form.
    if (e.key === 'Enter') {
      e.preventDefault();
      state.addSite();
    }
  };
  return (
    <Section id="muted-title" title="Muted sites" testId="muted" roomy>
      <p className={muted}>The warning never appears on these sites: their requests go straight to your wallet.</p>
      {draft.mutedSites.length === 0 ? (
        <p className="text-sm">No site is muted.</p>
      ) : (
        <ul className="flex flex-col gap-1" aria-label="Muted sites">
          {draft.mutedSites.map((site, i) => (
            <li key={site} className="flex items-center gap-2 text-sm" data-testid="muted-site">
              <code>{site}</code>
              <button type="button" className={button} onClick={() => state.removeSite(site)} aria-label={`Remove ${site}`} data-testid="remove-site">
                Remove
              </button>
              <FieldError field={`mutedSites.${i}`} errors={errors} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-start gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="new-site" className="text-sm font-medium">
            Add a site
          </label>
          <input
            id="new-site"
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="app.example.org"
            value={state.newSite}
            onChange={(e) => state.setNewSite(e.target.value)}
            onKeyDown={onSiteKey}
            className={`${input} w-72`}
            data-field="newSite"
            data-testid="newSite"
            {...invalid('newSite', errors)}
          />
          <FieldError field="newSite" errors={errors} />
        </div>
        <button type="button" className={`${button} mt-6`} onClick={() => state.addSite()} data-testid="add-site">
          Add
        </button>
      </div>
    </Section>
  );
}
