import type { TokenReport } from '../lib/report/token-report';
import { levelLook } from '../lib/present/levels';
import { tokenScreen, wedgePath, type DimensionMark } from '../lib/present/token-screen';
import { muted } from './fact-text';
import { KeyNumbers } from './key-numbers';
import { ReasonList } from './reason-list';
import { LEVEL_COLOURS, LevelIcon, levelStyle } from './level-badge';

/** L2BEAT's rosette: one wedge per dimension, coloured by its mark, named in the image's label and in the list. */
function Rosette({ marks }: { marks: DimensionMark[] }) {
  const name = marks.map((m) => `${m.label}: ${m.levelLabel}`).join(', ');
  return (
    <div className="flex items-center gap-3" data-testid="marks">
      <svg viewBox="0 0 100 100" role="img" aria-label={name} className="h-16 w-16 flex-none">
        <title>{name}</title>
        {marks.map((m, i) => (
          <path key={m.id} d={wedgePath(i, marks.length)} style={levelStyle(m.level)} className="fill-(--lvl-bg) stroke-white stroke-2 dark:fill-(--lvl-bg-dark) dark:stroke-slate-900" />
        ))}
      </svg>
      <ul className="grid grid-cols-1 gap-0.5 text-xs">
        {marks.map((m) => (
          <li key={m.id} className="flex items-center gap-1.5" data-dimension={m.id} data-level={m.level}>
            <span style={levelStyle(m.level)} className={`inline-flex rounded-full p-0.5 ${LEVEL_COLOURS}`}>
              <LevelIcon icon={levelLook(m.level).icon} className="h-3 w-3" />
            </span>
            <span className="font-medium">{m.label}:</span> {m.levelLabel}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What fits the popup's first screen: why, the four numbers with their bars, the marks and the top reasons. */
export function FirstScreen({ report }: { report: TokenReport }) {
  const screen = tokenScreen(report);
  return (
    <div className="flex flex-col gap-3" data-testid="first-screen">
      <p className="font-medium" data-testid="why">
        {screen.why}
      </p>
      <KeyNumbers numbers={screen.numbers} caption={`Key numbers for ${report.symbol ?? report.name}`} />
      <Rosette marks={screen.marks} />
      <ReasonList
        reasons={screen.reasons}
        more={screen.more}
        moreText="more under “Every check”"
        testId="top-reasons"
        iconClass="h-3 w-3"
        moreClass={`pl-6 text-xs ${muted}`}
      />
    </div>
  );
}
