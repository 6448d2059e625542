// @vitest-environment happy-dom
import { cleanup, render, screen } from '../tests/support/dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { warningStates, type WarningState } from '../tests/fixtures/warning-states';
import { viewProblems } from '../tests/support/wording';
import { ThisTab } from './this-tab';

let states: WarningState[];
beforeAll(async () => {
  states = await warningStates();
});
afterEach(cleanup);

const BLOCKS = new Set(['P', 'H1', 'H2', 'LI', 'DD', 'DT', 'DIV']);
/**
 * What the person sees before opening anything, as lines of text: everything but closed <details> and text for
 * screen readers only, one line where each paragraph, heading, list item, term or block ends.
 */
function defaultView(root: Element): string[] {
  const lines: string[] = [];
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
      if (!(child instanceof Element) || (child.tagName === 'DETAILS' && !child.hasAttribute('open')) || child.classList.contains('sr-only')) continue;
      text += ' ';
      walk(child);
      text += ' ';
      if (BLOCKS.has(child.tagName)) lines.push(text), (text = '');
    }
  };
  walk(root);
  return [...lines, text].map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('This tab, for every warning state', () => {
  it('has states to walk', () => expect(states.length).toBeGreaterThanOrEqual(8));

  it('reads in plain words: the headline, the site and the network by name, no code, no "chain N", ≤ 160 words', () => {
    for (const { id, report } of states) {
      const { container } = render(<ThisTab state={{ report, decision: 'pending', at: '2026-11-25T12:00:00Z' }} onOpenReport={() => {}} />);
      // The time of the decision is the one line whose words depend on the locale.
      const lines = defaultView(container).filter((l) => !l.startsWith('Waiting for your choice'));
      expect(viewProblems(lines), id).toEqual([]);
      expect(lines.join(' '), id).toContain(report.origin);
      if (report.chainId === 1) expect(lines.join(' '), id).toContain('on Ethereum');
      // Every check and source is still there, one click away.
      expect(screen.getByTestId('tab-details').tagName, id).toBe('DETAILS');
      expect(screen.queryAllByTestId('intent'), id).toHaveLength(report.items.length);
      cleanup();
    }
  });
});
