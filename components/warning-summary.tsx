import type { WarningScreen } from '../lib/present/warning-screen';
import { levelLook } from '../lib/present/levels';
import { KeyNumbers } from './key-numbers';
import { LEVEL_COLOURS, LevelIcon, levelStyle } from './level-badge';

/** The warning's default view under its headline: a batch's numbered steps, up to three reasons with "+N more", four key numbers, the neutral line. The popup's "This tab" shows the same. */
export function WarningSummary({ screen }: { screen: WarningScreen }) {
  return (
    <>
      {screen.steps && (
        <ol className="list-decimal pl-5 text-slate-800 dark:text-slate-200" data-testid="steps">
          {screen.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      )}

      {screen.route && (
        <p className="text-slate-800 dark:text-slate-200" data-testid="route">
          {screen.route}
        </p>
      )}

      {screen.reasons.length > 0 && (
        <ul className="flex flex-col gap-1" data-testid="reasons">
          {screen.reasons.map((r, i) => (
            <li key={i} className="flex items-start gap-2" data-testid="reason" data-level={r.level}>
              <span style={levelStyle(r.level)} className={`mt-0.5 inline-flex rounded-full p-0.5 ${LEVEL_COLOURS}`}>
                <LevelIcon icon={levelLook(r.level).icon} className="h-3.5 w-3.5" />
              </span>
              <span>
                <span className="sr-only">{levelLook(r.level).label}: </span>
                {r.text}
              </span>
            </li>
          ))}
          {screen.more > 0 && (
            <li className="pl-7 text-slate-700 dark:text-slate-300" data-testid="more">
              +{screen.more} more in Details
            </li>
          )}
        </ul>
      )}

      {screen.numbers && <KeyNumbers numbers={screen.numbers} wide caption={`Key numbers for ${screen.numbersOf ?? 'this token'}`} />}

      {screen.baseline && (
        <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="baseline">
          {screen.baseline}
        </p>
      )}
    </>
  );
}
