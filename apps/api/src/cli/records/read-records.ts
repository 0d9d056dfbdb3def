/**
 * Records from an import file, JSON in the export's shape or one kind's CSV as exported, each
 * checked with its schema. Every bad record is reported with where it is (the CSV line; for
 * JSON the array index and the line it starts on), so one run shows everything to fix.
 */
import { parseCsv, readCell } from './csv.ts';
import { arrayElementLines, lineAt } from './json-lines.ts';
import {
  describeIssues, RECORD_KINDS, RECORD_SCHEMAS, recordColumns, type RecordKind, type RecordsByKind,
} from './record-kinds.ts';

/** One thing wrong with the file. */
export interface RecordProblem {
  /** The line it is on, when known (1-based). */
  line: number | undefined;
  /** Where, in words: `line 7`, `members[3], line 42`. */
  where: string;
  message: string;
}

/** The valid records of a file and what is wrong with the others. */
export interface ReadRecords {
  records: RecordsByKind;
  /** How many records the file holds, valid or not. */
  total: number;
  problems: RecordProblem[];
}

const emptyRecords = (): RecordsByKind => ({ members: [], resources: [], events: [] });

/** Checks one record with its schema and against the ids seen before it. */
function checker(result: ReadRecords) {
  const seen: Record<RecordKind, Map<string, string>> = { members: new Map(), resources: new Map(), events: new Map() };
  return (kind: RecordKind, value: unknown, line: number | undefined, where: string) => {
    result.total += 1;
    const id = typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : undefined;
    const named = id === undefined ? where : `${where} (id "${id}")`;
    const parsed = RECORD_SCHEMAS[kind].safeParse(value);
    if (!parsed.success) {
      result.problems.push({ line, where: named, message: describeIssues(parsed.error.issues) });
      return;
    }
    const earlier = seen[kind].get(parsed.data.id);
    if (earlier !== undefined) {
      result.problems.push({ line, where: named, message: `the id is used twice: also at ${earlier}` });
      return;
    }
    seen[kind].set(parsed.data.id, where);
    // The kinds and their schemas go together (RECORD_SCHEMAS), which TypeScript cannot follow through `kind`.
    (result.records[kind] as unknown[]).push(parsed.data);
  };
}

/** A JSON file: `{"members": [...], "resources": [...], "events": [...]}`, each key optional. */
export function readJsonRecords(text: string): ReadRecords {
  const result: ReadRecords = { records: emptyRecords(), total: 0, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : lineAt(text, Number(position));
    result.problems.push({ line, where: line === undefined ? 'the file' : `line ${line}`, message: `not valid JSON: ${message}` });
    return result;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    result.problems.push({ line: 1, where: 'the file', message: 'must hold one object: {"members": [...], "resources": [...], "events": [...]}' });
    return result;
  }
  const lines = arrayElementLines(text);
  const check = checker(result);
  for (const [key, value] of Object.entries(data)) {
    if (!(RECORD_KINDS as readonly string[]).includes(key)) {
      result.problems.push({ line: undefined, where: `"${key}"`, message: `unknown key; the file may hold ${RECORD_KINDS.join(', ')}` });
      continue;
    }
    if (!Array.isArray(value)) {
      result.problems.push({ line: undefined, where: `"${key}"`, message: 'must be a list ([...]) of records' });
      continue;
    }
    const kind = key as RecordKind;
    const starts = lines.get(kind);
    value.forEach((record, index) => {
      const line = starts?.length === value.length ? starts[index] : undefined;
      check(kind, record, line, line === undefined ? `${kind}[${index}]` : `${kind}[${index}], line ${line}`);
    });
  }
  return result;
}

/** The kind whose columns include every column of the header, when only one kind's do. */
function kindOfHeader(header: readonly string[]): RecordKind | undefined {
  const fits = RECORD_KINDS.filter((kind) => {
    const names = new Set(recordColumns(kind).map((column) => column.name));
    return header.every((name) => names.has(name));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A CSV file of one kind, as `thb export --format csv` writes it: a header of field names, text
 * fields as they are, other fields as JSON, an empty cell for a field that is not set. The kind
 * is read from the header unless given.
 */
export function readCsvRecords(text: string, givenKind?: RecordKind): ReadRecords & { kind: RecordKind | undefined } {
  const result: ReadRecords = { records: emptyRecords(), total: 0, problems: [] };
  const { rows, problems } = parseCsv(text);
  result.problems.push(...problems.map((problem) => ({ ...problem, where: `line ${problem.line}` })));
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) {
    if (result.problems.length === 0) result.problems.push({ line: 1, where: 'the file', message: 'is empty; the first line must name the columns' });
    return { ...result, kind: givenKind };
  }
  const header = headerRow.cells.map((cell) => cell.trim());
  const kind = givenKind ?? kindOfHeader(header);
  if (!kind) {
    result.problems.push({ line: headerRow.line, where: `line ${headerRow.line}`, message: 'these columns are not those of members, resources or events; name the kind with --kind' });
    return { ...result, kind };
  }
  const columns = new Map(recordColumns(kind).map((column) => [column.name, column]));
  const headerProblems = header.flatMap((name, index) => {
    if (!columns.has(name)) return [`unknown column "${name}" for ${kind}`];
    return header.indexOf(name) === index ? [] : [`column "${name}" appears twice`];
  });
  if (!header.includes('id')) headerProblems.push('there is no "id" column');
  if (headerProblems.length > 0) {
    result.problems.push({ line: headerRow.line, where: `line ${headerRow.line} (the header)`, message: headerProblems.join('; ') });
    return { ...result, kind };
  }
  const check = checker(result);
  for (const row of dataRows) {
    const where = `line ${row.line}`;
    if (row.cells.length !== header.length) {
      result.total += 1;
      result.problems.push({ line: row.line, where, message: `has ${row.cells.length} cells; the header has ${header.length}` });
      continue;
    }
    const record: Record<string, unknown> = {};
    const cellProblems: string[] = [];
    row.cells.forEach((cell, index) => {
      const value = readCell(cell);
      const name = header[index]!;
      if (value === '') return;
      if (columns.get(name)!.text) {
        record[name] = value;
        return;
      }
      try {
        record[name] = JSON.parse(value);
      } catch {
        cellProblems.push(`${name}: not valid JSON (this column holds JSON, e.g. ${name === 'coordinates' ? '{"lat":52.5,"lon":13.4}' : '["a","b"] or {"en":"…"}'})`);
      }
    });
    if (cellProblems.length > 0) {
      result.total += 1;
      const id = typeof record.id === 'string' ? ` (id "${record.id}")` : '';
      result.problems.push({ line: row.line, where: `${where}${id}`, message: cellProblems.join('; ') });
      continue;
    }
    check(kind, record, row.line, where);
  }
  return { ...result, kind };
}
