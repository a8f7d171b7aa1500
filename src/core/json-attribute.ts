/** JSON attributes (`data`, `config`): text in the attribute, any value through the property. */

/** Text of a JSON attribute that did not parse. */
export class InvalidJsonAttribute {
  constructor(readonly text: string) {}
}

/** Attribute converter: JSON text ↔ value; bad JSON becomes an {@link InvalidJsonAttribute}. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return new InvalidJsonAttribute(value);
    }
  },
  toAttribute(value: unknown): string | null {
    return value === undefined ? null : JSON.stringify(value);
  },
};

/** The value as a plain object, or undefined (absent, not an object, or JSON that did not parse). */
export function objectValue(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !(value instanceof InvalidJsonAttribute) && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
