// Error text fit for an API answer: what went wrong, without the internal module paths some library errors name.
/** Removes "lib/analysis/eigenvector: " and similar path prefixes or mentions (lib/, app/, node_modules/, file paths). */
export function publicMessage(message: string): string {
  return message
    .replace(/(?:^|\s)(?:\.{0,2}\/)?(?:lib|app|node_modules|src|dist|scripts)\/[\w@./-]+:?\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
