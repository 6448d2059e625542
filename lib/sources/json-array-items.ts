import { isSpace, JsonValueScanner } from './json-value-scanner.ts';
import { InvalidPayloadError } from './source-error.ts';

export type JsonArrayEvent =
  /** One element of the array, as its own JSON text (parse it with JSON.parse; it is small). */
  | { kind: 'item'; text: string }
  /** An element longer than `maxItemChars`: dropped unread, so one hostile element cannot make us hold it. */
  | { kind: 'oversized'; chars: number };

export interface JsonArrayItemsOptions {
  /**
   * Where the array is: `null` for a top-level array (`/protocols`), or the key of a top-level object member
   * (`"data"` in yields.llama.fi `/pools`, whose body is `{status, data:[…]}`).
   */
  key: string | null;
  /** Longest element kept, in UTF-16 code units. */
  maxItemChars: number;
  /** Receives other top-level members of small size (e.g. `status`), decoded; bigger ones are skipped. */
  onMember?: (key: string, value: unknown) => void;
}

// Scanner states. Plain numbers rather than an enum so the file stays erasable TypeScript.
const ROOT = 0;
const OBJ_KEY = 1; // expecting a member key or `}`
const OBJ_KEY_STRING = 2; // inside a member key
const OBJ_COLON = 3;
const OBJ_VALUE = 4; // expecting a member value
const OBJ_AFTER = 5; // expecting `,` or `}`
const ARR_VALUE = 6; // expecting an element or `]`
const ARR_AFTER = 7; // expecting `,` or `]`
const VALUE = 8; // inside a value (an element, or a member value being skipped)
const DONE = 9;

const MAX_MEMBER_CHARS = 1024;
const MAX_KEY_CHARS = 1024;

/**
 * Incremental JSON scanner: yields the elements of one array in a streamed body one at a time, holding only the
 * element being read. It tracks strings, escapes and nesting depth, not full JSON grammar — each element is then
 * checked by JSON.parse and a zod schema. Used for yields.llama.fi `/pools`, a body of many MB
 * (15k+ pools, landscape.md §3.1) that must not be held as one string or one object in the extension's worker.
 * A body that ends before the array and its container close is a truncated payload and throws.
 */
export async function* jsonArrayItems(
  chunks: AsyncIterable<string>,
  options: JsonArrayItemsOptions,
): AsyncGenerator<JsonArrayEvent, void, undefined> {
  let state: number = ROOT;
  let arrayFound = false;
  let memberKey = '';
  let keyParts: string[] = [];
  let keyLength = 0;
  let keyEscape = false;

  // The value being read.
  let valueIsElement = false;
  const value = new JsonValueScanner();

  const fail = (details: string): never => {
    throw new InvalidPayloadError({ details });
  };

  for await (const chunk of chunks) {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (state === VALUE) {
        const stop = value.scan(chunk, i);
        if (stop === -1) break;
        i = stop;
        const text = value.take();
        if (valueIsElement) {
          if (text === null) yield { kind: 'oversized', chars: value.length };
          else yield { kind: 'item', text };
          state = ARR_AFTER;
        } else {
          if (text !== null && options.onMember) {
            let decoded: unknown;
            try {
              decoded = JSON.parse(text);
            } catch {
              fail(`member ${memberKey} is not JSON`);
            }
            options.onMember(memberKey, decoded);
          }
          state = OBJ_AFTER;
        }
        continue;
      }

      if (state === OBJ_KEY_STRING) {
        const start = i;
        while (i < n) {
          const c = chunk.charCodeAt(i);
          if (keyEscape) keyEscape = false;
          else if (c === 0x5c) keyEscape = true;
          else if (c === 0x22) break;
          i++;
        }
        keyLength += i - start;
        if (keyLength > MAX_KEY_CHARS) fail('member key too long');
        keyParts.push(chunk.slice(start, i));
        if (i < n) {
          try {
            memberKey = JSON.parse(`"${keyParts.join('')}"`) as string;
          } catch {
            fail('bad member key');
          }
          keyParts = [];
          keyLength = 0;
          state = OBJ_COLON;
          i++;
        }
        continue;
      }

      const c = chunk.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      switch (state) {
        case ROOT:
          if (options.key === null) {
            if (c !== 0x5b) fail('expected a top-level array');
            arrayFound = true;
            state = ARR_VALUE;
          } else {
            if (c !== 0x7b) fail('expected a top-level object');
            state = OBJ_KEY;
          }
          i++;
          break;
        case OBJ_KEY:
          if (c === 0x7d) {
            state = DONE;
            i++;
          } else if (c === 0x22) {
            state = OBJ_KEY_STRING;
            keyParts = [];
            keyLength = 0;
            keyEscape = false;
            i++;
          } else fail('expected a member key');
          break;
        case OBJ_COLON:
          if (c !== 0x3a) fail('expected a colon');
          state = OBJ_VALUE;
          i++;
          break;
        case OBJ_VALUE:
          if (memberKey === options.key && c === 0x5b && !arrayFound) {
            arrayFound = true;
            state = ARR_VALUE;
            i++;
          } else {
            valueIsElement = false;
            value.start(c, MAX_MEMBER_CHARS);
            state = VALUE;
          }
          break;
        case OBJ_AFTER:
          if (c === 0x2c) state = OBJ_KEY;
          else if (c === 0x7d) state = DONE;
          else fail('expected , or } after a member');
          i++;
          break;
        case ARR_VALUE:
          if (c === 0x5d) {
            state = options.key === null ? DONE : OBJ_AFTER;
            i++;
          } else {
            valueIsElement = true;
            value.start(c, options.maxItemChars);
            state = VALUE;
          }
          break;
        case ARR_AFTER:
          if (c === 0x2c) state = ARR_VALUE;
          else if (c === 0x5d) state = options.key === null ? DONE : OBJ_AFTER;
          else fail('expected , or ] after an element');
          i++;
          break;
        case DONE:
          fail('content after the end of the document');
          break;
        default:
          fail('scanner state');
      }
    }
  }

  if (state !== DONE) fail('truncated');
  if (!arrayFound) fail(options.key === null ? 'no array' : `no "${options.key}" array`);
}
