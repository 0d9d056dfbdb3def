/**
 * The kinds of record the command line exports and imports, their schemas, and how each field
 * is written in a CSV cell: text fields (strings, enums, dates, URLs) as they are, every other
 * field (localised text, lists, coordinates, contacts, references) as JSON. Derived from the
 * schemas, so a new field gets its column without touching this file.
 */
import { Event, Member, Resource } from '@thb/schema';
import type * as z from 'zod';

/** The kinds in the order of an export. */
export const RECORD_KINDS = ['members', 'resources', 'events'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The record of each kind. */
export interface RecordsByKind {
  members: Member[];
  resources: Resource[];
  events: Event[];
}

/** Each kind's schema: the same ones the store and the API validate with. */
export const RECORD_SCHEMAS = { members: Member, resources: Resource, events: Event } as const;

/** One column of a kind's CSV. */
export interface RecordColumn {
  name: string;
  /** Written as it is; otherwise as JSON. */
  text: boolean;
}

/** Whether values of a schema are always strings. */
function isText(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType; options?: z.core.$ZodType[]; values?: unknown[] };
  switch (def.type) {
    case 'string':
    case 'enum':
      return true;
    case 'literal':
      return (def.values ?? []).every((value) => typeof value === 'string');
    case 'optional':
      return def.innerType !== undefined && isText(def.innerType);
    case 'union':
      return (def.options ?? []).every(isText);
    default:
      return false;
  }
}

/** The CSV columns of a kind: its schema's fields in their order (`id` first). */
export function recordColumns(kind: RecordKind): RecordColumn[] {
  const shape: Record<string, z.core.$ZodType> = RECORD_SCHEMAS[kind].shape;
  return Object.entries(shape).map(([name, schema]) => ({ name, text: isText(schema) }));
}

/** Zod's issues as `path: message`, e.g. `contact.email: Invalid email address`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`).join('; ');
}
