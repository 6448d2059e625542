/**
 * The content of a request as one string, for binding an approval to exactly what the person saw. Only captured
 * built-ins run here (no `toJSON`, no page `sort`, no getters: an accessor makes the value unreadable), strings carry
 * their length so no two contents share a form, and a value too deep or too large for the budget has none (null).
 */
import { getOwnPropertyDescriptor, hasOwn, isArray, ownKeys, sortStrings } from './safe-globals';

const MAX_DEPTH = 64;
const MAX_NODES = 200_000;

export function canonical(value: unknown): string | null {
  let nodes = 0;
  const walk = (v: unknown, depth: number): string | null => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return null;
    if (v === null) return 'z';
    switch (typeof v) {
      case 'undefined':
        return 'u';
      case 'string':
        return 's' + v.length + ':' + v;
      case 'number':
        return 'n' + v;
      case 'boolean':
        return 'b' + v;
      case 'bigint':
        return 'i' + v;
      case 'object':
        break;
      default:
        return null;
    }
    const o = v as Record<string, unknown>;
    const keys: string[] = [];
    const all = ownKeys(o);
    for (let i = 0; i < all.length; i++) if (typeof all[i] === 'string') keys[keys.length] = all[i] as string;
    if (!isArray(o)) sortStrings(keys);
    let out = isArray(o) ? '[' : '{';
    for (let i = 0; i < keys.length; i++) {
      const d = getOwnPropertyDescriptor(o, keys[i]!)!;
      if (!hasOwn(d, 'value')) return null;
      const inner = walk(d.value, depth + 1);
      if (inner === null) return null;
      out += 's' + keys[i]!.length + ':' + keys[i] + '=' + inner + ',';
    }
    return out + (isArray(o) ? ']' : '}');
  };
  return walk(value, 0);
}
