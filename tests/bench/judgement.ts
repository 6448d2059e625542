/** Bench section: the judgement corpus (tests/fixtures/judgement), offline: false alarms, misses, hold share. */
import { dangerousCorpus, everydayCorpus, lendingCorpus } from '../fixtures/judgement/corpus';
import { buyCorpus } from '../fixtures/judgement/corpus-trades';
import { isSevere, measure } from '../fixtures/judgement/measure';
import type { BenchRow } from './table';

const pct = (n: number, of: number) => `${of === 0 ? 0 : Math.round((n / of) * 1000) / 10} % (${n} of ${of})`;

export function benchJudgement(): BenchRow[] {
  const everyday = measure(everydayCorpus());
  const dangerous = measure(dangerousCorpus());
  const lending = measure(lendingCorpus());
  const buys = measure(buyCorpus());
  const falseAlarms = everyday.filter(isSevere).length;
  const misses = dangerous.filter((m) => !isSevere(m)).length;
  const held = everyday.filter((m) => m.held).length;
  return [
    { section: 'judgement', metric: 'corpus', value: `${everyday.length} everyday, ${dangerous.length} dangerous, ${lending.length} lending supplies, ${buys.length} buys` },
    { section: 'judgement', metric: 'false alarms (everyday at HIGH or worse)', value: pct(falseAlarms, everyday.length), goal: '0 %', pass: falseAlarms === 0 },
    { section: 'judgement', metric: 'misses (dangerous below HIGH)', value: pct(misses, dangerous.length), goal: '0 %', pass: misses === 0 },
    { section: 'judgement', metric: 'everyday requests that hold the wallet', value: pct(held, everyday.length) },
    { section: 'judgement', metric: 'lending supplies at HIGH or worse (the LRT’s own risk)', value: pct(lending.filter(isSevere).length, lending.length) },
    { section: 'judgement', metric: 'LRT buys at HIGH or worse (a buy weighs the LRT’s facts up to caution)', value: pct(buys.filter(isSevere).length, buys.length), goal: '0 %', pass: !buys.some(isSevere) },
  ];
}
