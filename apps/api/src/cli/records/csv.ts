/**
 * CSV as RFC 4180 writes it (quotes doubled, CRLF rows) and as spreadsheets save it (LF rows
 * too, a UTF-8 byte-order mark), with the line each row starts on: a quoted cell may hold line
 * breaks, so the row number and the line number part after the first such cell.
 */

/** One row and the line of the file it starts on (1-based). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** What could not be read, and where. */
export interface CsvProblem {
  line: number;
  message: string;
}

/** A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR), maybe behind apostrophes. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A cell as written: an apostrophe before a formula start, so that opening an export in a
 * spreadsheet shows `+49 30 123` or `=HYPERLINK(…)` as text instead of running it (OWASP's
 * advice for CSV injection). {@link readCell} takes exactly that apostrophe off again.
 */
export function writeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value of a cell written by {@link writeCell}. */
export function readCell(cell: string): string {
  return FORMULA_START.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell;
}

function quoted(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * A CSV file of a header and rows, with a byte-order mark so that spreadsheets read it as UTF-8.
 * @example formatCsv(['id', 'name'], [['a', 'Ä, Ö']]) // '\uFEFFid,name\r\na,"Ä, Ö"\r\n'
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${BYTE_ORDER_MARK}${[header, ...rows].map((row) => `${row.map(quoted).join(',')}\r\n`).join('')}`;
}

/** Where the cell starting at `start` ends (before a comma, a line break or the end). */
function unquotedEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && text[end] !== ',' && text[end] !== '\n' && !(text[end] === '\r' && text[end + 1] === '\n')) end += 1;
  return end;
}

/**
 * The rows of a CSV text with their line numbers; blank lines are skipped. A quoted cell that
 * never closes ends the reading with a problem; text after a closing quote is a problem of its row.
 */
export function parseCsv(input: string): { rows: CsvRow[]; problems: CsvProblem[] } {
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const rowLine = line;
    const cells: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const parts: string[] = [];
        let from = i + 1;
        let closed = false;
        for (let j = from; j < text.length; j += 1) {
          if (text[j] === '\n') line += 1;
          else if (text[j] === '"') {
            parts.push(text.slice(from, j));
            if (text[j + 1] === '"') {
              parts.push('"');
              j += 1;
              from = j + 1;
            } else {
              i = j + 1;
              closed = true;
              break;
            }
          }
        }
        if (!closed) {
          problems.push({ line: rowLine, message: 'a quoted cell is never closed (a " is missing)' });
          return { rows, problems };
        }
        const end = unquotedEnd(text, i);
        if (end > i) problems.push({ line, message: `text after the closing quote of a cell: ${JSON.stringify(text.slice(i, end))}` });
        cells.push(parts.join(''));
        i = end;
      } else {
        const end = unquotedEnd(text, i);
        cells.push(text.slice(i, end));
        i = end;
      }
      if (text[i] !== ',') break;
      i += 1;
    }
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') {
      i += 1;
      line += 1;
    }
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
  }
  return { rows, problems };
}
