/** A cap on concurrent work: public endpoints throttle bursts, and a service worker should not open many sockets. */
export interface Limiter {
  readonly max: number;
  /** Runs `task` when a slot is free. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** How many tasks are running now (for tests and the status page). */
  readonly active: number;
  /** Highest `active` seen so far. */
  readonly peak: number;
}

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('limiter max must be a positive integer');
  let active = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    active--;
    waiting.shift()?.();
  };

  return {
    max,
    get active() {
      return active;
    },
    get peak() {
      return peak;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      peak = Math.max(peak, active);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
