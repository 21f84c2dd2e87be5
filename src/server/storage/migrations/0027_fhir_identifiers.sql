-- The record system's own identifier of each stay it planned through the FHIR face
-- (`PUT /Appointment?identifier=system|value`), so the same request sent again updates that stay
-- instead of planning another. Expand only: a new table.
CREATE TABLE fhir_identifiers (
  municipality_id uuid NOT NULL REFERENCES municipalities (id),
  system text NOT NULL,
  value text NOT NULL,
  stay_id text NOT NULL,
  PRIMARY KEY (municipality_id, system, value)
);
