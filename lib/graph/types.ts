// Typed graphology attributes for Entente's graph, shared by the builder, the analyses and the view.
import type { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { IndicatorName, Organization, Source, State, Tie, TieKind, TiePeriod } from '@/lib/data/schema';

export type StateNodeAttributes = {
  kind: 'state';
  label: string;
  name: string;
  officialName: string;
  iso2: string;
  region: string;
  subregion: string;
  flag: string;
  lat: number;
  lng: number;
  recognition: State['recognition'];
  /** Common, former and short names for search ("Burma", "UK"). */
  aliases: string[];
  /** When the state existed as an independent state; null = throughout the data's span. */
  lifespan: { start: string; end: string | null }[] | null;
  /** Indicators (null where unknown); the year of each figure is in indicatorYears. */
  population: number | null;
  gdp: number | null;
  milexPctGdp: number | null;
  milexUsd: number | null;
  personnel: number | null;
  indicatorYears: Partial<Record<IndicatorName, number>>;
  indicatorSources: Source[];
};

export type OrganizationNodeAttributes = {
  kind: 'organization';
  /** The acronym it carried on the view's date (CST before 2002-10-07, CSTO after). */
  label: string;
  name: string;
  orgKind: Organization['kind'];
  founded: string;
  dissolved: string | null;
  formerNames: Organization['names'];
  /** Other names for search ("Warsaw Pact"). */
  aliases: string[];
  headquarters: string | null;
  lat: number | null;
  lng: number | null;
  description: string;
  sources: Source[];
};

export type NodeAttributes = StateNodeAttributes | OrganizationNodeAttributes;

export type EdgeAttributes = {
  kind: TieKind;
  subtype: string | null;
  /** Status of the period shown: on the view's date, or the latest period in the timeless graph. */
  status: TiePeriod['status'];
  intensity: 'minor' | 'war' | null;
  start: string;
  end: string | null;
  label: string | null;
  note: string | null;
  periodNote: string | null;
  weight: number | null;
  unit: string | null;
  year: number | null;
  ucdpId: number | null;
  directed: boolean;
  /** Sources for the tie as a whole. */
  sources: Source[];
  /** Sources for the shown period, where they differ from the tie's. */
  periodSources: Source[];
  periods: Tie['periods'];
};

export type GraphAttributes = {
  title: string;
  /** The date the view shows (YYYY-MM-DD), or null for the timeless graph that holds every period. */
  asOf: string | null;
  datasetAsOf: string;
  /**
   * An imported graph that uses none of Entente's node or tie kinds (e.g. Les Misérables): a plain graph of nodes and
   * edges, shown with the file's own kinds (originalKind), without the curated model's words, dates and panels.
   */
  plain?: boolean;
};

export type EntenteGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedEntenteGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
