import { describe, expect, it } from 'vitest';
import { evaluate, evaluateRule, verdictLevel } from './evaluate';
import { rules } from './rules';
import { context, fact } from '../../tests/support/risk-context';
import type { Finding, RuleSpec } from './types';

const rule = (measure: RuleSpec['measure']): RuleSpec => ({
  id: 'test',
  title: 'Test',
  category: 'contract',
  description: 'd',
  unit: 'x',
  direction: 'higher-is-worse',
  thresholds: { caution: 1, high: 2 },
  needs: [],
  measure,
  message: (v, l) => `${v} is ${l}`,
});

const f = (level: Finding['level']): Finding => ({
  rule: level,
  title: level,
  category: 'contract',
  level,
  message: '',
  evidence: null,
  value: null,
  source: null,
  asOf: null,
});

describe('evaluateRule', () => {
  it('judges the measured value and carries evidence, source and as-of', () => {
    const finding = evaluateRule(rule(() => ({ kind: 'value', value: 2, evidence: 'e', source: 's', asOf: '2026-11-01' })), context());
    expect(finding).toEqual({
      rule: 'test',
      title: 'Test',
      category: 'contract',
      level: 'high',
      message: '2 is high',
      evidence: 'e',
      value: 2,
      source: 's',
      asOf: '2026-11-01',
    });
  });

  it('takes thresholds from settings over the defaults', () => {
    const r = rule(() => ({ kind: 'value', value: 2, evidence: 'e', source: 's', asOf: 'a' }));
    expect(evaluateRule(r, context(), { test: { high: 5, caution: 2 } }).level).toBe('caution');
  });

  it('turns a throwing rule into an errored finding', () => {
    const finding = evaluateRule(
      rule(() => {
        throw new Error('boom');
      }),
      context(),
    );
    expect(finding).toMatchObject({ level: 'errored', message: 'Not checked: this check failed (boom)' });
  });

  it('says unknown with the reason when a fact is missing', () => {
    expect(evaluateRule(rule(() => ({ kind: 'unknown', reason: 'RPC down', source: 'rpc:1' })), context())).toMatchObject({
      level: 'unknown',
      message: 'Not checked: RPC down',
      source: 'rpc:1',
    });
  });
});

describe('verdictLevel', () => {
  it.each([
    [['ok', 'ok'], 'ok'],
    [['ok', 'unknown'], 'unknown'],
    [['ok', 'errored'], 'unknown'],
    [['not-applicable'], 'unknown'],
    [['caution', 'unknown'], 'caution'],
    [['caution', 'high', 'ok'], 'high'],
    [['critical', 'errored'], 'critical'],
  ] as const)('%j → %s', (levels, expected) => {
    expect(verdictLevel(levels.map(f))).toBe(expected);
  });
});

describe('evaluate', () => {
  it('orders findings worst first and never crashes on an empty context', () => {
    const verdict = evaluate(rules, context({ peg: fact({ marketPrice: 0.9, redemptionValue: 1.0, market: 'Curve' }) }));
    expect(verdict.findings[0]).toMatchObject({ rule: 'peg', level: 'critical' });
    expect(verdict.level).toBe('critical');
    expect(verdict.findings).toHaveLength(rules.length);
    const order = ['critical', 'high', 'caution', 'unknown', 'errored', 'ok', 'not-applicable'];
    const ranks = verdict.findings.map((x) => order.indexOf(x.level));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('is "unknown", not "ok", when nothing could be checked', () => {
    expect(evaluate(rules, context()).level).toBe('unknown');
  });
});
