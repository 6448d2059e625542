import type { WarningScreen } from '../lib/present/warning-screen';
import { KeyNumbers } from './key-numbers';
import { ReasonList } from './reason-list';

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

      <ReasonList
        reasons={screen.reasons}
        more={screen.more}
        moreText="more in Details"
        testId="reasons"
        itemTestId="reason"
        iconClass="h-3.5 w-3.5"
        moreClass="pl-7 text-slate-700 dark:text-slate-300"
      />

      {screen.numbers && <KeyNumbers numbers={screen.numbers} wide caption={`Key numbers for ${screen.numbersOf ?? 'this token'}`} />}

      {screen.baseline && (
        <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="baseline">
          {screen.baseline}
        </p>
      )}
    </>
  );
}
