import type { WarningScreen } from '../lib/present/warning-screen';
import { levelLook } from '../lib/present/levels';
import { LEVEL_COLOURS, LevelIcon, levelStyle } from './level-badge';

/** Up to three reasons, each with its level's icon and (for screen readers) its name, then "+N more". */
export function ReasonList({ reasons, more, moreText, testId, itemTestId, iconClass, moreClass }: {
  reasons: WarningScreen['reasons'];
  more: number;
  moreText: string;
  testId: string;
  itemTestId?: string;
  iconClass: string;
  moreClass: string;
}) {
  if (reasons.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1" data-testid={testId}>
      {reasons.map((r, i) => (
        <li key={i} className="flex items-start gap-2" data-testid={itemTestId} data-level={r.level}>
          <span style={levelStyle(r.level)} className={`mt-0.5 inline-flex rounded-full p-0.5 ${LEVEL_COLOURS}`}>
            <LevelIcon icon={levelLook(r.level).icon} className={iconClass} />
          </span>
          <span>
            <span className="sr-only">{levelLook(r.level).label}: </span>
            {r.text}
          </span>
        </li>
      ))}
      {more > 0 && (
        <li className={moreClass} data-testid="more">
          +{more} {moreText}
        </li>
      )}
    </ul>
  );
}
