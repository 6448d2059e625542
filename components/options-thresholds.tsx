import type { OptionsState, ThresholdLevel } from '../lib/ui/options-store';
import { button, FieldError, input, invalid, muted } from './options-controls';
import { Section } from './section';

export interface RuleInfo {
  id: string;
  title: string;
  unit: string;
  description: string;
  direction: 'higher-is-worse' | 'lower-is-worse';
  thresholds: Partial<Record<ThresholdLevel, number>>;
}

const LEVELS: { id: ThresholdLevel; label: string }[] = [
  { id: 'caution', label: 'Caution' },
  { id: 'high', label: 'High' },
  { id: 'critical', label: 'Critical' },
];

/** Each risk rule's thresholds: the documented default as the placeholder, Reset per rule. */
export function OptionsThresholds({ state, rules }: { state: OptionsState; rules: RuleInfo[] }) {
  const { draft, errors } = state;
  return (
    <Section id="thresholds-title" title="Risk thresholds" testId="thresholds" roomy>
      <p className={muted}>
        The value at which a finding reaches each level. Empty uses the documented default (shown greyed); “off” means the level is never reached by default.
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="thresholds-title">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Risk thresholds per rule</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-1 pr-2 font-semibold">
                Rule
              </th>
              {LEVELS.map((l) => (
                <th key={l.id} scope="col" className="px-1 py-1 font-semibold">
                  {l.label}
                </th>
              ))}
              <th scope="col" className="px-1 py-1 font-semibold">
                <span className="sr-only">Reset</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id} className="border-b border-slate-100 align-top dark:border-slate-800" data-rule={r.id}>
                <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                  {r.title} <span className="font-normal text-slate-600 dark:text-slate-400">({r.unit}{r.direction === 'lower-is-worse' ? ', lower is worse' : ''})</span>
                  <span className={`block font-normal ${muted}`}>{r.description}</span>
                </th>
                {LEVELS.map((l) => {
                  const field = `thresholds.${r.id}.${l.id}`;
                  const fallback = r.thresholds[l.id];
                  return (
                    <td key={l.id} className="px-1 py-1.5">
                      <input
                        type="number"
                        step="any"
                        inputMode="decimal"
                        aria-label={`${r.title}: ${l.label.toLowerCase()} at`}
                        placeholder={fallback === undefined ? 'off' : String(fallback)}
                        value={draft.thresholds[r.id]?.[l.id] ?? ''}
                        onChange={(e) => state.setThreshold(r.id, l.id, e.target.value)}
                        className={`${input} w-24`}
                        data-field={field}
                        data-testid={field}
                        {...invalid(field, errors)}
                      />
                      <FieldError field={field} errors={errors} />
                    </td>
                  );
                })}
                <td className="px-1 py-1.5">
                  <button type="button" className={button} onClick={() => state.resetThresholds(r.id)} aria-label={`Reset ${r.title} to the defaults`} data-testid={`reset-${r.id}`}>
                    Reset
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
