/** A fact's source: a link when it is an https URL, plain text otherwise (repo@commit:path, rpc:1:…). */
export function SourceLink({ source, label }: { source: string; label?: string }) {
  if (/^https:\/\/[^\s"<>]+$/.test(source))
    return (
      <a href={source} target="_blank" rel="noopener noreferrer" className="underline decoration-dotted underline-offset-2 hover:decoration-solid">
        {label ?? new URL(source).hostname}
      </a>
    );
  return <span className="break-all">{label ? `${label} (${source})` : source}</span>;
}
