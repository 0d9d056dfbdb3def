import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, readCell, writeCell } from './csv.ts';

describe('CSV', () => {
  it('reads back what it writes: commas, quotes, line breaks, spaces and non-Latin text', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', ' padded ', 'Ελλάδα', ''], ['x', '', '', '', '', 'end']];
    const text = formatCsv(['one', 'two', 'three', 'four', 'five', 'six'], rows);
    expect(text.startsWith('\uFEFFone,two,')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((row) => row.cells)).toEqual([['one', 'two', 'three', 'four', 'five', 'six'], ...rows]);
  });

  it('numbers rows by the line they start on, across line breaks inside cells, with CRLF or LF', () => {
    for (const newline of ['\r\n', '\n']) {
      const text = ['id,note', 'a,"first', 'second', 'third"', '', 'b,plain', 'c,""""'].join(newline);
      const { rows, problems } = parseCsv(text);
      expect(problems).toEqual([]);
      expect(rows).toEqual([
        { line: 1, cells: ['id', 'note'] },
        { line: 2, cells: ['a', `first${newline === '\r\n' ? '\r\n' : '\n'}second${newline}third`.replaceAll('\r\n', newline)] },
        { line: 6, cells: ['b', 'plain'] },
        { line: 7, cells: ['c', '"'] },
      ]);
    }
  });

  it('reports a quote that never closes and text after a closing quote', () => {
    expect(parseCsv('id,name\na,"open\nb,c\n').problems).toEqual([{ line: 2, message: 'a quoted cell is never closed (a " is missing)' }]);
    expect(parseCsv('id,name\na,"x"y\n').problems).toEqual([{ line: 2, message: 'text after the closing quote of a cell: "y"' }]);
  });

  it('keeps spreadsheets from running cells as formulas, and gives the exact value back on import', () => {
    for (const value of ['=HYPERLINK("http://evil")', '+49 30 123', '-1', '@SUM(A1)', "'=already quoted", "'plain", 'plain', '']) {
      const cell = writeCell(value);
      if (/^'*[=+\-@]/.test(value)) expect(cell.startsWith("'")).toBe(true);
      expect(readCell(cell)).toBe(value);
    }
  });
});
