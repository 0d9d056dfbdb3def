/**
 * The line each element of the top-level arrays starts on in a JSON text such as
 * `{"members": [{…}, {…}], "events": [{…}]}`, so that a bad record of an import is reported
 * with its line as well as its index. JSON.parse keeps no positions, hence this small scan,
 * run only on text that JSON.parse has accepted.
 */

/** For each key of the top-level object whose value is an array, the line of each element (1-based). */
export function arrayElementLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let lastKey: string | undefined;
  let current: number[] | undefined;
  let awaitingElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\n') {
      line += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\uFEFF') continue;
    if (depth === 2 && current && awaitingElement && char !== ']') {
      current.push(line);
      awaitingElement = false;
    }
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      // At depth 1 a string is a key or a value; only a key is followed by an array.
      if (depth === 1) lastKey = JSON.parse(text.slice(i, end + 1)) as string;
      i = end;
    } else if (char === '{' || char === '[') {
      if (depth === 1 && char === '[' && lastKey !== undefined) {
        current = [];
        lines.set(lastKey, current);
        awaitingElement = true;
      }
      depth += 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 1) current = undefined;
    } else if (char === ',' && depth === 2 && current) {
      awaitingElement = true;
    }
  }
  return lines;
}

/** The line of a character offset (1-based). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i += 1) if (text[i] === '\n') line += 1;
  return line;
}
