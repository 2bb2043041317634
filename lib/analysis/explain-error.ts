// Turns an analysis failure into words for a user: what could not be computed and what to try, never the name of a
// module or an internal option.

/** A user-facing message for a measure that failed; `measure` is its human name ("PageRank"). */
export function explainMetricError(message: string, measure: string): string {
  if (/did not converge/.test(message)) {
    return /directed graph without cycles/.test(message)
      ? `${measure} is not defined on these ties: followed in their direction they form no cycle (memberships alone, for instance). Add alliances or conflicts, or choose PageRank.`
      : `${measure} did not settle on these ties. Choose other tie kinds or another measure.`;
  }
  if (/graph is empty/.test(message)) return `${measure} has nothing to rank: no node is shown with these filters.`;
  if (/needs a directed graph/.test(message)) return `${measure} needs ties with a direction (memberships, dependencies or deployments).`;
  if (/weights must be zero or more|has weight/.test(message))
    return `${measure} cannot use these ties: one of them has a negative or missing figure. Size nodes by an unweighted measure such as degree.`;
  return `${measure} could not be computed on these ties. Choose other tie kinds or another measure.`;
}
