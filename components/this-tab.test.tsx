import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { warningStates, type WarningState } from '../tests/fixtures/warning-states';
import { viewProblems } from '../tests/support/wording';
import { ThisTab } from './this-tab';

let states: WarningState[];
beforeAll(async () => {
  states = await warningStates();
});

const ENTITIES: Record<string, string> = { '&amp;': '&', '&#x27;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
/** What the person sees before opening anything: the markup without its closed <details>, as lines of text. */
const defaultView = (markup: string) =>
  markup
    .replace(/<details[\s\S]*?<\/details>/g, '')
    .replace(/<span class="sr-only">[^<]*<\/span>/g, '')
    .split(/<\/(?:p|h1|h2|li|dd|dt|div)>/)
    .map((chunk) => chunk.replace(/<[^>]+>/g, ' ').replace(/&(amp|#x27|quot|lt|gt);/g, (e) => ENTITIES[e]!).replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('This tab, for every warning state', () => {
  it('has states to walk', () => expect(states.length).toBeGreaterThanOrEqual(8));

  it('reads in plain words: the headline, the site and the network by name, no code, no "chain N", ≤ 160 words', () => {
    for (const { id, report } of states) {
      const markup = renderToStaticMarkup(<ThisTab state={{ report, decision: 'pending', at: '2026-11-25T12:00:00Z' }} onOpenReport={() => {}} />);
      // The time of the decision is the one line whose words depend on the locale.
      const lines = defaultView(markup).filter((l) => !l.startsWith('Waiting for your choice'));
      expect(viewProblems(lines), id).toEqual([]);
      expect(lines.join(' '), id).toContain(report.origin);
      if (report.chainId === 1) expect(lines.join(' '), id).toContain('on Ethereum');
      // Every check and source is still there, one click away.
      expect(markup, id).toContain('data-testid="tab-details"');
      expect(markup.match(/data-testid="intent"/g)?.length ?? 0, id).toBe(report.items.length);
    }
  });
});
