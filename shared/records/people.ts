/** Personas and competitors: kept per plan, and linked to the products they concern. */
import * as v from 'valibot';
import type { Competitor, Persona } from '../domain/workspace';
import { longText, name, recordBase, stamps } from './fields';
import { defineKind, type SchemaMatches } from './kind';

const schema = v.strictObject({ ...recordBase, name, notes: longText, ...stamps });
const personaMatches: SchemaMatches<typeof schema, Persona> = true;
const competitorMatches: SchemaMatches<typeof schema, Competitor> = true;
void personaMatches;
void competitorMatches;

const fieldLabels = { name: 'Name', notes: 'Notes' };

export const personaKind = defineKind<Persona>()({
  table: 'personas',
  noun: 'persona',
  label: 'Personas',
  scope: 'plan',
  schema,
  indexes: 'id, planId',
  links: [],
  fieldLabels,
  describe: (persona) => persona.name,
  since: { fileVersion: 2, databaseVersion: 3 },
});

export const competitorKind = defineKind<Competitor>()({
  table: 'competitors',
  noun: 'competitor',
  label: 'Competitors',
  scope: 'plan',
  schema,
  indexes: 'id, planId',
  links: [],
  fieldLabels,
  describe: (competitor) => competitor.name,
  since: { fileVersion: 2, databaseVersion: 3 },
});
