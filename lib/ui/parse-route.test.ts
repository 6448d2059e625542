import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './parse-route';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { view: 'search' }],
    ['#', { view: 'search' }],
    ['#/', { view: 'search' }],
    ['#/compare', { view: 'compare' }],
    ['#/tab', { view: 'tab' }],
    ['#/token/rseth', { view: 'token', id: 'rseth' }],
    ['#/token/lst%3AstETH', { view: 'token', id: 'lst:stETH' }],
    ['#/token/lst:wstETH', { view: 'token', id: 'lst:wstETH' }],
    ['#/token/eigenlayer-direct', { view: 'token', id: 'eigenlayer-direct' }],
    // Anything else falls back to search, never to a half-parsed id.
    ['#/token/', { view: 'search' }],
    ['#/token/%E0%A4%A', { view: 'search' }],
    ['#/token/a%2Fb', { view: 'search' }],
    ['#/token/<img>', { view: 'search' }],
    [`#/token/${'a'.repeat(65)}`, { view: 'search' }],
    ['#/token/rseth/extra', { view: 'search' }],
    ['#/options', { view: 'search' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([{ view: 'search' }, { view: 'compare' }, { view: 'tab' }, { view: 'token', id: 'rseth' }, { view: 'token', id: 'lst:stETH' }])(
    'round-trips %j',
    (route) => {
      expect(parseRoute(routeHash(route))).toEqual(route);
    },
  );
});
