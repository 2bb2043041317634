// Public entry of lib/graph: build the graph from the dataset and take its view as of a date.
export { buildGraph } from './build';
export { asOf } from './as-of';
export { parseAsOfParam } from './date-param';
export type * from './types';
export { tiesOf, neighbourKeys, type TieSummary, type TieGroup } from "./ties-of";
