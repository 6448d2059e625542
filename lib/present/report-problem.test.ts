import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_TRACKER, problemReportHref } from './report-problem';

describe('"Something wrong? Report it"', () => {
  it('goes where package.json says issues go (no tracker named: an e-mail the person addresses)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bugs?: string | { url?: string } };
    const url = typeof pkg.bugs === 'string' ? pkg.bugs : (pkg.bugs?.url ?? null);
    expect(ISSUE_TRACKER).toBe(url);
    const href = problemReportHref({ headline: 'Deposit 1 ETH into Kelp DAO · you get rsETH', level: 'High risk', site: '127.0.0.1:5173' });
    if (url) expect(href.startsWith(url)).toBe(true);
    else expect(href).toMatch(/^mailto:\?subject=LRT%20Advisor%20warning%3A%20Deposit%201%20ETH/);
    expect(decodeURIComponent(href)).toContain('What LRT Advisor showed: High risk · Deposit 1 ETH into Kelp DAO · you get rsETH (asked by 127.0.0.1:5173).');
  });
});
