/**
 * Where a fact's source can be opened. An https URL is itself; `owner/repo@<commit>:path` (a file in a public GitHub
 * repository at one commit, the form the snapshot cites code and audit files in), optionally followed by
 * " (the part of it meant)", is that file on GitHub at that commit. Anything else (an RPC read, a short commit, a
 * combination of sources) has no address and stays text.
 */
export function sourceUrl(source: string): string | null {
  if (/^https:\/\/[^\s"<>]+$/.test(source)) return source;
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@([0-9a-f]{40}):(\S.*?)(?: \([^()]*\))?$/.exec(source);
  if (!m) return null;
  const [, owner, repo, commit, path] = m as unknown as [string, string, string, string, string];
  const segments = path.split('/');
  if ([owner, repo, ...segments].some((s) => s === '' || s === '.' || s === '..')) return null;
  return `https://github.com/${owner}/${repo}/blob/${commit}/${segments.map(encodeURIComponent).join('/')}`;
}
