/**
 * The tables as Kysely sees them. Each record's full document is kept as JSON text; the other
 * columns are copies of what SQL filters and sorts on, rewritten with the document on every put.
 */

/** One key-value row per setting; `data_version` is bumped by every write. */
export interface MetaTable {
  key: string;
  /** A bigint. PostgreSQL's driver returns it as a string, so it is read through `Number()`. */
  value: number;
}

/** Members with the columns their list filters and orders on. */
export interface MembersTable {
  id: string;
  /** The name folded (lower case, no accents), so ordering ignores case and accents everywhere. */
  name_key: string;
  country: string;
  scope: string;
  /** Folded words of name, acronym, city and every description, wrapped in spaces for word-prefix LIKE. */
  search_text: string;
  document: string;
}

/** One row per member and focus area, so `focus` filters and counts need no JSON functions. */
export interface MemberFocusTable {
  member_id: string;
  focus: string;
}

/** Resources: filtered and ranked by the shared search engine, so SQL only needs the document. */
export interface ResourcesTable {
  id: string;
  type: string;
  published: string;
  document: string;
}

/** Events with their span as UTC ISO strings (`toISOString()` form), which compare as text. */
export interface EventsTable {
  id: string;
  kind: string;
  status: string;
  format: string;
  date_precision: string;
  starts_at: string;
  ends_at: string;
  document: string;
}

/** The database schema of the store. */
export interface StoreDatabase {
  meta: MetaTable;
  members: MembersTable;
  member_focus: MemberFocusTable;
  resources: ResourcesTable;
  events: EventsTable;
}

/** The meta key of the data version. */
export const DATA_VERSION_KEY = 'data_version';
