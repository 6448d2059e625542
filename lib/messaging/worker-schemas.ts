/**
 * The worker parses every message on receipt: content scripts run in pages, and a compromised or
 * confused content script must not make the worker misbehave.
 */
import { z } from 'zod';

const untrustedRequest = z.object({ method: z.string().max(100), params: z.unknown() });

export const assessMessageSchema = z.object({
  type: z.literal('assess'),
  hold: z.object({
    requests: z.array(untrustedRequest).min(1).max(50),
    chainId: z.string().max(66).nullable(),
    via: z.enum(['request', 'send', 'sendAsync']),
    wallet: z.string().max(100),
  }),
  page: z.object({ origin: z.string().max(2048), topLevel: z.boolean() }),
});

export const loadUiMessageSchema = z.object({ type: z.literal('load-ui') });

export const workerMessageSchema = z.discriminatedUnion('type', [assessMessageSchema, loadUiMessageSchema]);
export type ParsedWorkerMessage = z.infer<typeof workerMessageSchema>;
