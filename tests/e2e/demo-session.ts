import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server';

/**
 * The demo server and one browser for a whole suite: started before it and handed to `use` (which keeps them in
 * the suite's own variables and may open its page), closed after it.
 */
export function demoSession<B extends { close(): Promise<unknown> }>(launch: () => Promise<B>, use: (browser: B, demo: DemoServer) => unknown): void {
  let demo: DemoServer | undefined;
  let browser: B | undefined;
  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launch();
    await use(browser, demo);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
}
