import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../snapshot/load-snapshot';
import { sourceUrl } from './source-url';
import { textsOf } from '../../tests/support/plain-words';

const C = 'f84a5151080cdf0b77b9b6e46506cde723d06c28';

describe('sourceUrl', () => {
  it('an https URL is its own address', () => {
    expect(sourceUrl('https://docs.yieldnest.finance/security/audits')).toBe('https://docs.yieldnest.finance/security/audits');
  });

  it('a repository file at a commit is that file on GitHub, with what it names in brackets left out', () => {
    expect(sourceUrl(`Layr-Labs/eigenlayer-contracts@${C}:docs/core/AllocationManager.md (slashOperator)`)).toBe(
      `https://github.com/Layr-Labs/eigenlayer-contracts/blob/${C}/docs/core/AllocationManager.md`,
    );
    expect(sourceUrl(`yieldnest/yieldnest-protocol@${C}:deployments/ynETH-1.json`)).toBe(`https://github.com/yieldnest/yieldnest-protocol/blob/${C}/deployments/ynETH-1.json`);
  });

  it('a file name with spaces, brackets or other characters is encoded, segment by segment', () => {
    expect(sourceUrl(`etherfi-protocol/smart-contracts@${C}:audits/2024.10.08 - Certora - EtherFi draft.pdf`)).toBe(
      `https://github.com/etherfi-protocol/smart-contracts/blob/${C}/audits/2024.10.08%20-%20Certora%20-%20EtherFi%20draft.pdf`,
    );
    expect(sourceUrl(`a/b@${C}:x/r#1?.pdf`)).toBe(`https://github.com/a/b/blob/${C}/x/r%231%3F.pdf`);
  });

  it('anything else has no address', () => {
    for (const s of [
      'rpc:1:0x09db87A538BD693E9d08544577d5cCfAA6373A48',
      'Kelp-DAO/LRT-rsETH@c2ed08e (2024-07):contracts/LRTWithdrawalManager.sol',
      `a/b@${C}:`,
      `a/b@${C}:../../evil`,
      `a/b@${C}:x//y`,
      `a b/c@${C}:x`,
      'http://example.org/x',
      'javascript:alert(1)',
      `https://x.org/a + a/b@${C}:x`,
      'LRT Advisor snapshot (one source per incident)',
    ])
      expect(sourceUrl(s), s).toBeNull();
  });

  it('every repository source in the snapshot opens on GitHub', () => {
    const repoRefs = textsOf(loadSnapshot(), 'snapshot', new Set())
      .filter(([where, text]) => where.endsWith('.source') && /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}:/.test(text))
      .map(([, text]) => text);
    expect(repoRefs.length).toBeGreaterThan(100);
    for (const s of repoRefs) expect(sourceUrl(s), s).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/\S+$/);
  });
});
