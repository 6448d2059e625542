/** `npm run demo`: serve the demo dApp alone, for a browser where the extension is already loaded. */
import { startDemoServer } from './server';

const demo = await startDemoServer({ port: Number(process.env.DEMO_PORT ?? 5183) });
console.log(`Demo dApp: ${demo.url} (Ctrl-C to stop)`);
