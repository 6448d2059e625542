/**
 * The worker parses every message on receipt: content scripts run in pages, and a compromised or
 * confused content script must not make the worker misbehave. Messages that read or change the
 * person's settings are accepted only from the extension's own pages.
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
  /** The holding frame will show a warning under this token: the worker may show it at once (surface-router.ts). */
  surface: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/), openBy: z.number() }).optional(),
});

export const loadUiMessageSchema = z.object({ type: z.literal('load-ui'), part: z.enum(['ui', 'surface']).optional() });
export const decisionMessageSchema = z.object({ type: z.literal('decision'), decision: z.enum(['continue', 'cancel']) });
/** A held method posted straight to a wallet's content-script channel, around the hook (bypass-detector.ts). */
export const bypassMessageSchema = z.object({ type: z.literal('bypass'), method: z.string().max(100) });
/** Accounts a wallet answered on the page (reported-accounts.ts): kept for the popup as a suggestion, never read. */
export const accountsMessageSchema = z.object({ type: z.literal('accounts'), accounts: z.array(z.string().regex(/^0x[0-9a-fA-F]{40}$/)).min(1).max(5) });
export const openReportMessageSchema = z.object({ type: z.literal('open-report'), id: z.string().regex(/^[a-z0-9:-]{1,64}$/i) });

/** From content scripts. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  assessMessageSchema,
  loadUiMessageSchema,
  decisionMessageSchema,
  openReportMessageSchema,
  bypassMessageSchema,
  accountsMessageSchema,
]);

/** From the popup and the options page. */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('list-tokens') }),
  z.object({ type: z.literal('token-report'), id: z.string().max(64) }),
  z.object({ type: z.literal('compare') }),
  z.object({ type: z.literal('tab-state'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('tab-bypasses'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('status') }),
  z.object({ type: z.literal('refresh') }),
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('set-settings'), settings: z.unknown() }),
  z.object({ type: z.literal('rank'), profile: z.enum(['preserve', 'balance', 'maximize']), chainId: z.number().int().positive().nullable() }),
  z.object({
    type: z.literal('loop'),
    id: z.string().regex(/^[a-z0-9-]{1,64}$/),
    market: z.enum(['aave-v3', 'morpho-blue', 'spark']),
    chainId: z.number().int().positive(),
    leverage: z.number().finite().min(0).max(1000),
  }),
  z.object({ type: z.literal('exposure') }),
  z.object({ type: z.literal('tab-accounts'), tabId: z.number().int().nonnegative() }),
  /** The Choose view's and the options page's own part of the settings: profiles and "your restaking". */
  z.object({ type: z.literal('set-choice'), profiles: z.unknown().optional(), exposure: z.unknown().optional() }),
]);

export type ContentMessage = z.infer<typeof contentMessageSchema>;
export type PageMessage = z.infer<typeof pageMessageSchema>;
