/** Bench section: detect throughput over the mixed corpus, and the per-request median. */
import { detect } from '../../lib/detect/detect';
import { mixedCorpus } from './corpus';
import type { BenchRow } from './table';

export function benchDetect(): BenchRow[] {
  const corpus = mixedCorpus();
  // Warm-up: registry compile, JIT.
  for (let i = 0; i < 20_000; i++) detect(corpus[i % corpus.length]!.chainId, corpus[i % corpus.length]!.request);

  const total = 400_000;
  const start = process.hrtime.bigint();
  let intents = 0;
  for (let i = 0; i < total; i++) {
    const { chainId, request } = corpus[i % corpus.length]!;
    intents += detect(chainId, request).length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  // Median per request: time batches of one request repeated (a single call is below the timer's resolution).
  const batch = 200;
  const samples: number[] = [];
  for (const { chainId, request } of corpus) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) detect(chainId, request);
    samples.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const p99 = samples[Math.floor(samples.length * 0.99)]!;

  return [
    { section: 'detect', metric: 'corpus', value: `${corpus.length} requests (${corpus.length / 2} restaking, ${corpus.length / 2} other)` },
    { section: 'detect', metric: 'throughput', value: `${Math.round(total / seconds).toLocaleString('en-US')} requests/s`, goal: '≥ 200,000 requests/s', pass: total / seconds >= 200_000 },
    { section: 'detect', metric: 'median per request', value: `${(median / 1000).toFixed(2)} µs` },
    { section: 'detect', metric: 'p99 per request', value: `${(p99 / 1000).toFixed(2)} µs` },
    { section: 'detect', metric: 'intents found', value: `${intents.toLocaleString('en-US')} over ${total.toLocaleString('en-US')} requests` },
  ];
}
