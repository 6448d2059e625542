import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createChooseStore } from '../lib/ui/choose-store';
import { parseRoute, routeHash } from '../lib/ui/parse-route';
import { createTestWorker } from '../tests/support/test-worker';
import { ChooseView } from './choose-view';

describe('ChooseView', () => {
  it('shows the profiles, the ranked list with reasons, and a loop result in words', async () => {
    const store = createChooseStore(createTestWorker().ask);
    await store.getState().pick('preserve');
    await store.getState().calculate({ id: 'weeth', market: 'aave-v3', leverage: 4 });
    const html = renderToStaticMarkup(<ChooseView state={store.getState()} onPick={() => {}} onCalculate={() => {}} headingRef={createRef()} />);
    expect(html).toContain('Choose an LRT for your own risk');
    expect(html).toMatch(/data-testid="profile-preserve"[^>]*checked=""/);
    expect(html).toContain('data-testid="ranked-stETH"');
    expect(html).toContain('Ranked below');
    expect(html).toContain('21.05 %');
    expect(html).toContain('Net APY');
  });

  it('has its own route', () => {
    expect(parseRoute('#/choose')).toEqual({ view: 'choose' });
    expect(routeHash({ view: 'choose' })).toBe('#/choose');
  });
});
