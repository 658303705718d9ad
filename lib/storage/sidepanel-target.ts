import { z } from 'zod';
import { defineSetting } from './settings';

/** Where the side panel should open: an order or a search, and when it was asked (it goes stale). Holds no secret. */
const sidepanelTargetSchema = z.object({
  orderId: z
    .string()
    .regex(/^\d{6,24}$/)
    .optional(),
  query: z.string().trim().min(1).max(200).optional(),
  at: z.number().finite(),
});
export type SidepanelTarget = z.infer<typeof sidepanelTargetSchema>;

/** Written by the background (in-page "Open troubleshooting", a notification click); the side panel watches it. */
export const sidepanelTargetSetting = defineSetting<SidepanelTarget | null>('local:sidepanel-target', {
  schema: sidepanelTargetSchema.nullable(),
  fallback: null,
  version: 1,
});
