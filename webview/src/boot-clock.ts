/**
 * Imported first by main.ts, so this runs before the rest of the page's script is evaluated:
 * when the script started, in ms since the page began loading (for the first-open timeline).
 */
export const scriptMs = performance.now();
