/**
 * Serves the chat page with the browser shim for a person to try:
 *   npm run build && npx tsx test/webview/shim/serve.ts
 * then open the printed address in a browser.
 */
import { buildShim, startShimServer } from './server';

async function main(): Promise<void> {
  await buildShim();
  const server = await startShimServer();
  console.log(`Stride Coach chat (browser shim): ${server.url}`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}

void main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
