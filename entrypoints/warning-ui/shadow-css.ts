/**
 * Tailwind v4 registers its internal variables with `@property`, which has no effect inside a
 * shadow root; unregistered, those variables have no initial value and every declaration that
 * reads them is dropped. Turn each registration into a plain declaration scoped to the shadow tree.
 */
export function shadowCss(css: string): string {
  const initials: string[] = [];
  const rest = css.replace(/@property\s+(--[\w-]+)\s*\{([^}]*)\}/g, (_, name: string, body: string) => {
    const initial = /initial-value\s*:\s*([^;]+)/.exec(body);
    if (initial) initials.push(`${name}:${initial[1]!.trim()}`);
    return '';
  });
  return initials.length ? `${rest}\n:host,*,::before,::after,::backdrop{${initials.join(';')}}` : rest;
}
