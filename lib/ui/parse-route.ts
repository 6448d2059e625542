/**
 * The popup's views, addressed by the URL hash so the warning's "Open the full report" can open
 * `popup.html#/token/<id>` in a tab, and so Back works between views.
 */
export type Route = { view: 'search' } | { view: 'token'; id: string } | { view: 'compare' } | { view: 'tab' } | { view: 'choose' };

/** A report id as the worker accepts it (see worker-schemas' open-report). */
const REPORT_ID = /^[a-z0-9:-]{1,64}$/i;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/compare') return { view: 'compare' };
  if (path === '/tab') return { view: 'tab' };
  if (path === '/choose') return { view: 'choose' };
  const token = /^\/token\/([^/?#]+)$/.exec(path);
  if (token) {
    let id: string;
    try {
      id = decodeURIComponent(token[1]!);
    } catch {
      return { view: 'search' };
    }
    if (REPORT_ID.test(id)) return { view: 'token', id };
  }
  return { view: 'search' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'search':
      return '#/';
    case 'token':
      return `#/token/${encodeURIComponent(route.id)}`;
    case 'compare':
      return '#/compare';
    case 'tab':
      return '#/tab';
    case 'choose':
      return '#/choose';
  }
}
