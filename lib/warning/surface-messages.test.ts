import { describe, expect, it } from 'vitest';
import { assessSurface, warningOf } from './surface-messages';

const token = 'ab'.repeat(16);
const report = { origin: 'https://dapp.example', chainId: 1, items: [], notChecked: null, targets: [], level: 'caution', freshness: null };

describe('the surface token an assessment carries', () => {
  it('is taken only from an assess message, well formed and still in time', () => {
    const later = Date.now() + 60_000;
    expect(assessSurface({ type: 'assess', surface: { token, openBy: later } })).toEqual({ token, openBy: later });
    expect(assessSurface({ type: 'assess', surface: { token, openBy: Date.now() - 1 } })).toBeNull();
    expect(assessSurface({ type: 'assess', surface: { token: 'AB'.repeat(16), openBy: later } })).toBeNull();
    expect(assessSurface({ type: 'assess', surface: { token, openBy: String(later) } })).toBeNull();
    expect(assessSurface({ type: 'surface-open', surface: { token, openBy: later } })).toBeNull();
    expect(assessSurface({ type: 'assess' })).toBeNull();
  });

  it('opens a warning only for a reply that warns', () => {
    expect(warningOf({ ok: true, assessment: { kind: 'warn', report } })).toBe(report);
    expect(warningOf({ ok: true, assessment: { kind: 'release' } })).toBeNull();
    expect(warningOf({ ok: false, error: 'the analysis failed' })).toBeNull();
    expect(warningOf({ ok: true, assessment: { kind: 'warn', report: null } })).toBeNull();
  });
});
