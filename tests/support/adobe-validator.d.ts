/** Types of @adobe/structured-data-validator (it ships none), as far as the tests use it. */
declare module '@adobe/structured-data-validator' {
  export interface Issue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    rootType: string;
    fieldNames?: string[];
  }
  export default class Validator {
    /** Without the schema.org vocabulary, only the Google rich-result handlers run. */
    constructor(schemaOrgJson?: unknown);
    /** Data as @marbec/web-auto-extractor gives it: format → type → items. */
    validate(data: { jsonld?: Record<string, unknown[]> }): Promise<Issue[]>;
  }
}
