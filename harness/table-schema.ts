/** Checks data against the fields a datapackage.json declares (Frictionless Table Schema v2, the types used here). */

export interface DeclaredField {
  name: string;
  type: string;
  itemType?: string;
  delimiter?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(text));

/** Problems with one JSON value of a field, as messages; a null is a missing value. */
function jsonProblems(field: DeclaredField, value: unknown): string[] {
  if (value === null || value === undefined) return field.constraints?.required ? ['is required'] : [];
  const ok = {
    string: typeof value === 'string',
    number: typeof value === 'number' && Number.isFinite(value),
    boolean: typeof value === 'boolean',
    date: typeof value === 'string' && isDate(value),
    object: typeof value === 'object' && !Array.isArray(value),
    array: Array.isArray(value),
  }[field.type];
  if (ok === undefined) return [`has an unknown type "${field.type}"`];
  if (!ok) return [`is not a ${field.type}: ${JSON.stringify(value)}`];
  if (field.constraints?.enum && !field.constraints.enum.includes(String(value)))
    return [`is not one of the allowed values`];
  return [];
}

/** Problems with one CSV cell of a field; an empty cell is a missing value. */
function cellProblems(field: DeclaredField, text: string): string[] {
  if (text === '') return field.constraints?.required ? ['is required'] : [];
  const check = (type: string | undefined, item: string) =>
    ({
      string: true,
      number: /^-?\d+(\.\d+)?$/.test(item),
      boolean: item === 'true' || item === 'false',
      date: isDate(item),
    })[type ?? 'string'];
  if (field.type === 'list') {
    const items = text.split(field.delimiter ?? ',');
    return items.every((item) => item === '' || check(field.itemType, item))
      ? []
      : [`is not a list of ${field.itemType}`];
  }
  const ok = check(field.type, text);
  if (ok === undefined) return [`has an unknown type "${field.type}"`];
  if (!ok) return [`is not a ${field.type}: ${text}`];
  if (field.constraints?.enum && !field.constraints.enum.includes(text))
    return [`"${text}" is not one of the allowed values`];
  return [];
}

/** Problems with rows against declared fields: unknown or missing keys, wrong types, duplicates. */
export function schemaProblems(
  fields: DeclaredField[],
  rows: Record<string, unknown>[],
  format: 'json' | 'csv',
  primaryKey: string[] = [],
): string[] {
  const problems: string[] = [];
  const names = fields.map((field) => field.name);
  const seen = new Map<string, Set<string>>();
  const keys = new Set<string>();
  rows.forEach((row, index) => {
    const extra = Object.keys(row).filter((key) => !names.includes(key));
    if (extra.length) problems.push(`row ${index}: undeclared ${extra.join(', ')}`);
    for (const field of fields) {
      if (!(field.name in row)) problems.push(`row ${index}: ${field.name} is missing`);
      const value = row[field.name];
      const found = format === 'json' ? jsonProblems(field, value) : cellProblems(field, String(value ?? ''));
      problems.push(...found.map((message) => `row ${index}: ${field.name} ${message}`));
      if (field.constraints?.unique) {
        const values = seen.get(field.name) ?? new Set();
        if (values.has(String(value))) problems.push(`row ${index}: ${field.name} "${String(value)}" is not unique`);
        seen.set(field.name, values.add(String(value)));
      }
    }
    if (primaryKey.length) {
      const key = JSON.stringify(primaryKey.map((name) => row[name]));
      if (keys.has(key)) problems.push(`row ${index}: primary key ${key} repeats`);
      keys.add(key);
    }
  });
  return problems;
}
