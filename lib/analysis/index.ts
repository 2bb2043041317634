// Public entry of lib/analysis: pure functions from a graphology graph to plain records (each module's DEFAULTS stay in it).
export { prepareAnalysisGraph, describeAnalysisGraph } from './analysis-graph';
export type { AnalysisDescription, AnalysisEdgeAttributes, AnalysisGraph, AnalysisNodeAttributes, AnalysisOptions, Direction, Projection } from './analysis-graph';
export { degreeCentrality, type DegreeMode, type DegreeOptions } from './degree';
export { weightedDegree, type WeightedDegreeOptions } from './weighted-degree';
export { betweennessCentrality, type BetweennessOptions } from './betweenness';
export { closenessCentrality, type ClosenessOptions } from './closeness';
export { eigenvectorCentrality, type EigenvectorOptions } from './eigenvector';
export { pagerank, type PagerankOptions } from './pagerank';
export { MEASURES, MEASURE_IDS, isMeasureId, computeMeasure, type Measure, type MeasureId } from './measures';
export type { MetricGraph } from './metric-graph';
export { shortestPath, withinSteps, type Hop, type PathOptions } from './paths';
export { detectCommunities, type CommunityOptions, type CommunityResult } from './communities';
export { blocCohesion, compareBlocs, BLOC_INDICATORS, type BlocCohesion, type BlocIndicator, type CohesionOptions } from './cohesion';
export { signedNetwork, triadBalance, enemiesOfEnemies, alliesInConflict, type SignedTie, type BalanceResult, type EnemyOfEnemy } from './balance';
export { IN_STATUSES, HOSTILE_STATUSES, ENDED_STATUSES, isLiveTie, tieWeight } from './tie-rules';
