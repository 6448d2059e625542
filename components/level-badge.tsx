import type { CSSProperties } from 'react';
import { levelLook, type LevelIcon as IconName } from '../lib/present/levels';
import type { FindingLevel, VerdictLevel } from '../lib/risk/types';


/** Each level's own shape, so a level never rests on colour alone. Decorative: the label says it in words. */
export function LevelIcon({ icon, className = 'h-4 w-4' }: { icon: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={`flex-none ${className}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      {icon === 'check' && (
        <>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M5 8.2l2 2 4-4.4" />
        </>
      )}
      {icon === 'info' && (
        <>
          <circle cx="8" cy="8" r="6.5" />
          <path d="M8 4.5v4.2M8 11.3v.1" />
        </>
      )}
      {icon === 'triangle' && (
        <>
          <path d="M8 1.8l6.4 11.4H1.6z" />
          <path d="M8 6v3.4M8 11.4v.1" />
        </>
      )}
      {icon === 'octagon' && (
        <>
          <path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2z" />
          <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
        </>
      )}
      {icon === 'question' && (
        <>
          <circle cx="8" cy="8" r="6.5" strokeDasharray="2.2 1.6" />
          <path d="M6.2 6.2a1.9 1.9 0 113 1.5c-.8.5-1.2.9-1.2 1.8M8 11.4v.1" />
        </>
      )}
    </svg>
  );
}

/** The level's colours as custom properties; the classes pick the scheme's pair. */
export function levelStyle(level: FindingLevel | VerdictLevel): CSSProperties {
  const look = levelLook(level);
  return { '--lvl-bg': look.light.bg, '--lvl-fg': look.light.fg, '--lvl-bg-dark': look.dark.bg, '--lvl-fg-dark': look.dark.fg } as CSSProperties;
}

export const LEVEL_COLOURS = 'bg-(--lvl-bg) text-(--lvl-fg) dark:bg-(--lvl-bg-dark) dark:text-(--lvl-fg-dark)';

export function LevelBadge({ level }: { level: FindingLevel | VerdictLevel }) {
  const look = levelLook(level);
  return (
    <span data-level={level} style={levelStyle(level)} className={`inline-flex flex-none items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${LEVEL_COLOURS}`}>
      <LevelIcon icon={look.icon} className="h-3.5 w-3.5" />
      {look.label}
    </span>
  );
}
