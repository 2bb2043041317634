// Zod schemas for every file in data/: the single source of the dataset's types.
import { z } from 'zod';
import { isIsoDate } from './dates';
import { TIE_KIND_TABLE, type TieKind } from './tie-kinds';

// No code generation: zod would otherwise probe Function(""), which the Content-Security-Policy refuses (no unsafe-eval).
z.config({ jitless: true });

export const isoDate = z
  .string({ error: 'expected a date string (YYYY, YYYY-MM or YYYY-MM-DD)' })
  .refine(isIsoDate, { error: (issue) => `"${String(issue.input)}" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD` });

export const stateKey = z.string().regex(/^[A-Z]{3}$/, { error: 'state keys are ISO 3166-1 alpha-3 codes in upper case, e.g. "ARM"' });
export const organizationKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'organization keys are lower-case acronym slugs, e.g. "csto"' });
export const nodeKey = z.union([stateKey, organizationKey], { error: 'expected a state key (e.g. "ARM") or an organization key (e.g. "csto")' });

export const sourceSchema = z.strictObject({
  title: z.string().min(1, { error: 'a source needs a title' }),
  publisher: z.string().min(1, { error: 'a source needs a publisher' }),
  url: z.url({ protocol: /^https?$/, error: 'a source needs an http(s) URL' }),
  date: isoDate,
});
export type Source = z.infer<typeof sourceSchema>;

const sources = z.array(sourceSchema).min(1, { error: 'every fact needs at least one source' });

// ---- nodes -------------------------------------------------------------------------------

export const RECOGNITIONS = ['un-member', 'un-observer', 'partial'] as const;

export const stateSchema = z.strictObject({
  key: stateKey,
  iso2: z.string().regex(/^[A-Z]{2}$/),
  isoNumeric: z.string().regex(/^\d{3}$/).nullable(),
  name: z.string().min(1),
  officialName: z.string().min(1),
  region: z.string().min(1),
  subregion: z.string(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  flag: z.string(),
  borders: z.array(stateKey),
  recognition: z.enum(RECOGNITIONS),
  /** Other names people search by: common, former and short names ("Burma", "UK"); names, not dated facts. */
  aliases: z.array(z.string().min(1)).optional(),
});
export type State = z.infer<typeof stateSchema>;

/** When a state existed as an independent state; states without a lifespan row are taken to exist throughout. */
export const lifespanSchema = z.strictObject({
  state: stateKey,
  periods: z
    .array(z.strictObject({ start: isoDate, end: isoDate.nullable(), note: z.string().optional() }))
    .min(1, { error: 'a lifespan needs at least one period' }),
  sources,
});
export type Lifespan = z.infer<typeof lifespanSchema>;

export const ORGANIZATION_KINDS = [
  'collective-defence',
  'security-organization',
  'political-union',
  'economic-union',
  'regional-forum',
  'intelligence-partnership',
] as const;

/** A name an organization carried for a time (the CST became the CSTO; the EEC became the EU). */
const organizationName = z.strictObject({
  acronym: z.string().min(1),
  name: z.string().min(1),
  start: isoDate,
  end: isoDate.nullable(),
});

export const organizationSchema = z.strictObject({
  key: organizationKey,
  names: z.array(organizationName).min(1, { error: 'an organization needs at least one name' }),
  kind: z.enum(ORGANIZATION_KINDS),
  founded: isoDate,
  dissolved: isoDate.nullable(),
  headquarters: z.strictObject({ city: z.string().min(1), country: stateKey, lat: z.number(), lng: z.number() }).nullable(),
  description: z.string().min(20, { error: 'write a one-paragraph description in our own words' }),
  sources,
  /** Other names people search by ("Warsaw Pact"); names, not dated facts. */
  aliases: z.array(z.string().min(1)).optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

// ---- ties --------------------------------------------------------------------------------

// Statuses and subtypes come from the tie-kind registry (tie-kinds.ts); only period and tie fields live here.
export const MEMBERSHIP_STATUSES = TIE_KIND_TABLE.membership.statuses;
export const ALLIANCE_STATUSES = TIE_KIND_TABLE.alliance.statuses;
export const CONFLICT_STATUSES = TIE_KIND_TABLE.conflict.statuses;
export const CONFLICT_INTENSITIES = ['minor', 'war'] as const;
export const DEPENDENCY_STATUSES = TIE_KIND_TABLE.dependency.statuses;
export const DEPLOYMENT_STATUSES = TIE_KIND_TABLE.deployment.statuses;

export const ALLIANCE_SUBTYPES = TIE_KIND_TABLE.alliance.subtypes;
export const CONFLICT_SUBTYPES = TIE_KIND_TABLE.conflict.subtypes;
export const DEPENDENCY_SUBTYPES = TIE_KIND_TABLE.dependency.subtypes;
export const DEPLOYMENT_SUBTYPES = TIE_KIND_TABLE.deployment.subtypes;

function periodSchema<S extends readonly [string, ...string[]]>(statuses: S) {
  return z.strictObject({
    start: isoDate,
    end: isoDate.nullable(),
    status: z.enum(statuses),
    note: z.string().optional(),
    sources: z.array(sourceSchema).optional(),
  });
}

const conflictPeriod = periodSchema(CONFLICT_STATUSES).extend({
  intensity: z.enum(CONFLICT_INTENSITIES).nullable(),
});

const tieBase = {
  source: nodeKey,
  target: nodeKey,
  label: z.string().min(1).optional(),
  note: z.string().optional(),
  sources,
};

export const membershipSchema = z.strictObject({
  ...tieBase,
  kind: z.literal('membership'),
  periods: z.array(periodSchema(MEMBERSHIP_STATUSES)).min(1),
});

export const allianceSchema = z.strictObject({
  ...tieBase,
  kind: z.literal('alliance'),
  subtype: z.enum(ALLIANCE_SUBTYPES),
  periods: z.array(periodSchema(ALLIANCE_STATUSES)).min(1),
});

export const conflictSchema = z.strictObject({
  ...tieBase,
  kind: z.literal('conflict'),
  subtype: z.enum(CONFLICT_SUBTYPES),
  ucdpId: z.number().int().positive().optional(),
  periods: z.array(conflictPeriod).min(1),
});

export const weightSchema = z.strictObject({
  value: z.number().nonnegative(),
  unit: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
});

export const dependencySchema = z.strictObject({
  ...tieBase,
  kind: z.literal('dependency'),
  subtype: z.enum(DEPENDENCY_SUBTYPES),
  weight: weightSchema.optional(),
  periods: z.array(periodSchema(DEPENDENCY_STATUSES)).min(1),
});

export const deploymentSchema = z.strictObject({
  ...tieBase,
  kind: z.literal('deployment'),
  subtype: z.enum(DEPLOYMENT_SUBTYPES),
  periods: z.array(periodSchema(DEPLOYMENT_STATUSES)).min(1),
});

/** One schema per kind: a kind in the registry without a schema here is a type error. */
const TIE_SCHEMAS = {
  membership: membershipSchema,
  alliance: allianceSchema,
  conflict: conflictSchema,
  dependency: dependencySchema,
  deployment: deploymentSchema,
} as const satisfies { [K in TieKind]: z.ZodObject<{ kind: z.ZodLiteral<K> }> };

export const tieSchema = z.discriminatedUnion('kind', [
  TIE_SCHEMAS.membership,
  TIE_SCHEMAS.alliance,
  TIE_SCHEMAS.conflict,
  TIE_SCHEMAS.dependency,
  TIE_SCHEMAS.deployment,
]);
export type Tie = z.infer<typeof tieSchema>;
export type TiePeriod = Tie['periods'][number];
// The union above must list every schema: a kind left out makes this line fail to compile.
const everyKindInUnion: Record<Exclude<TieKind, Tie['kind']>, never> = {};
void everyKindInUnion;
export { TIE_KINDS, type TieKind } from './tie-kinds';

// ---- indicators: figures analysts size and colour by, each with its year ----------------------

const figure = z.strictObject({ value: z.number().nonnegative(), year: z.number().int().min(1900).max(2100) });

export const indicatorsSchema = z.strictObject({
  state: stateKey,
  population: figure.optional(),
  /** GDP at the official exchange rate, current US dollars. */
  gdp: figure.optional(),
  milexPctGdp: figure.optional(),
  /** Military expenditure in US dollars: milexPctGdp × gdp for the same year. */
  milexUsd: figure.optional(),
  /** Active military personnel (the midpoint where the source gives a range). */
  personnel: figure.optional(),
  sources,
});
export type Indicators = z.infer<typeof indicatorsSchema>;
export const INDICATOR_NAMES = ['population', 'gdp', 'milexPctGdp', 'milexUsd', 'personnel'] as const;
export type IndicatorName = (typeof INDICATOR_NAMES)[number];

export const datasetInfoSchema = z.strictObject({
  title: z.string(),
  asOf: isoDate,
  description: z.string(),
  credits: z.array(z.string()),
});
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

export type Dataset = {
  info: DatasetInfo;
  states: State[];
  lifespans: Lifespan[];
  organizations: Organization[];
  indicators: Indicators[];
  ties: Tie[];
};
