/**
 * Imported first by extension.ts, so this runs before any other module of the bundle: the time
 * the extension's code started loading, for the activation figure in the log.
 */
export const moduleStart = performance.now();

/** Milliseconds since `from`, rounded to 0.1 ms. */
export function since(from: number): number {
  return Math.round((performance.now() - from) * 10) / 10;
}
