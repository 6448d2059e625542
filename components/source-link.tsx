import { sourceUrl } from '../lib/present/source-url';

/**
 * A fact's source: a link when it has an address (an https URL, or a repository file at a commit, opened on GitHub,
 * the full reference in its title), plain text otherwise (an RPC read, a combination of sources).
 */
export function SourceLink({ source, label }: { source: string; label?: string }) {
  const href = sourceUrl(source);
  if (href)
    return (
      <a
        href={href}
        title={href === source ? undefined : source}
        target="_blank"
        rel="noopener noreferrer"
        className="underline decoration-dotted underline-offset-2 hover:decoration-solid"
      >
        {label ?? new URL(href).hostname}
      </a>
    );
  return <span className="break-all">{label ? `${label} (${source})` : source}</span>;
}
