/**
 * Reads one JSON value out of a streamed body for json-array-items.ts: it tracks strings, escapes and nesting depth,
 * not full JSON grammar, and keeps the value's text only up to a limit (past it, only the length is counted).
 */

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

export class JsonValueScanner {
  private kind: 'container' | 'string' | 'scalar' = 'scalar';
  private depth = 0;
  private inString = false;
  private escape = false;
  private parts: string[] = [];
  private limit = 0;
  private overflow = false;
  /** Characters of the value read so far (counted on past the limit). */
  length = 0;

  /** A value starts at character `c` (not yet consumed); its text is kept up to `limit` characters. */
  start(c: number, limit: number): void {
    this.limit = limit;
    this.parts = [];
    this.length = 0;
    this.overflow = false;
    this.depth = 0;
    this.inString = false;
    this.escape = false;
    if (c === 0x7b || c === 0x5b) this.kind = 'container';
    else if (c === 0x22) this.kind = 'string';
    else this.kind = 'scalar';
  }

  /**
   * Reads `chunk` from `i`. Returns where the value ended — just past its last character, or, for a scalar, at the
   * delimiter after it, which the caller then reads — or -1 when the chunk ended inside the value.
   */
  scan(chunk: string, i: number): number {
    const start = i;
    const n = chunk.length;
    let ended = -1; // index just past the value's last char
    let endedBefore = -1; // scalar values end *before* the delimiter
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x22) {
          this.inString = false;
          if (this.kind === 'string') {
            ended = i + 1;
            break;
          }
        }
      } else if (this.kind === 'scalar') {
        if (c === 0x2c || c === 0x5d || c === 0x7d || isSpace(c)) {
          endedBefore = i;
          break;
        }
      } else if (c === 0x22) {
        this.inString = true;
      } else if (c === 0x7b || c === 0x5b) {
        this.depth++;
      } else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth === 0) {
          ended = i + 1;
          break;
        }
      }
      i++;
    }
    if (ended === -1 && endedBefore === -1) {
      this.keep(chunk, start, n);
      return -1;
    }
    const stop = ended !== -1 ? ended : endedBefore;
    this.keep(chunk, start, stop);
    return stop;
  }

  /** The value's text, or null when it ran past the limit. */
  take(): string | null {
    const text = this.overflow ? null : this.parts.join('');
    this.parts = [];
    return text;
  }

  private keep(chunk: string, from: number, to: number): void {
    if (this.overflow || to <= from) {
      if (this.overflow) this.length += to - from;
      return;
    }
    this.length += to - from;
    if (this.length > this.limit) {
      this.overflow = true;
      this.parts = [];
      return;
    }
    this.parts.push(chunk.slice(from, to));
  }
}
