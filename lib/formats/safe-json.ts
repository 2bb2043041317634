// JSON.parse behind three guards: a nesting-depth limit checked on the raw text, error positions turned into lines,
// and a refusal of "__proto__", "constructor" and "prototype" keys anywhere in the value.
import { FORBIDDEN_KEYS, MAX_JSON_DEPTH } from './import-result';

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; message: string; where: string };

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The index where nesting first exceeds `maxDepth`, or -1; strings are skipped so brackets inside them do not count. */
function tooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

/** The JSON path of the first forbidden key in `value`, or null. Iterative, so deep values cannot overflow the stack. */
export function forbiddenKeyPath(value: unknown, root = '$'): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (Array.isArray(current)) current.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}`;
        stack.push([(current as Record<string, unknown>)[key], `${path}.${key}`]);
      }
    }
  }
  return null;
}

/** Parses JSON text; `where` in a failure is "line N" for syntax and depth, or the JSON path of a forbidden key. */
export function parseJsonSafely(text: string, maxDepth = MAX_JSON_DEPTH): SafeJsonResult {
  const deep = tooDeepAt(text, maxDepth);
  if (deep >= 0) return { ok: false, message: `JSON nested more than ${maxDepth} levels deep`, where: `line ${lineAt(text, deep)}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? `line ${lineAt(text, Number(position[1]))}` : 'file';
    return { ok: false, message: `not valid JSON: ${message}`, where };
  }
  const forbidden = forbiddenKeyPath(value);
  if (forbidden) {
    const key = forbidden.slice(forbidden.lastIndexOf('.') + 1);
    return { ok: false, message: `the key "${key}" is not allowed in imported files`, where: forbidden };
  }
  return { ok: true, value };
}
