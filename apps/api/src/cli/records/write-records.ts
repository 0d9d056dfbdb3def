/** Records as `thb export` writes them: one JSON document of every kind, or one kind's CSV. */
import { formatCsv, writeCell } from './csv.ts';
import { recordColumns, type RecordKind, type RecordsByKind } from './record-kinds.ts';

/** `{"members": [...], "resources": [...], "events": [...]}`, indented, ending in a line break. */
export function recordsJson(records: Partial<RecordsByKind>): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** One kind's records as CSV: a column per field, text as it is, everything else as JSON. */
export function recordsCsv(kind: RecordKind, records: readonly object[]): string {
  const columns = recordColumns(kind);
  const rows = records.map((record) => columns.map(({ name, text }) => {
    const value: unknown = (record as Record<string, unknown>)[name];
    if (value === undefined) return '';
    return writeCell(text && typeof value === 'string' ? value : JSON.stringify(value));
  }));
  return formatCsv(columns.map((column) => column.name), rows);
}
