import { z } from 'zod';
import { MAX_UPLOAD_BYTES } from '@/lib/upload/file-kind';
import { BASE64, MAX_CHUNK_TEXT } from './upload-wire';

export { base64ToBytes, bytesToBase64, CHUNK_BYTES, UPLOAD_PORT } from './upload-wire';

/**
 * The tracking-upload check runs in the background, never in Seller Center's page: the content script
 * (or the options page) streams the chosen file's bytes over a port named `UPLOAD_PORT`, the
 * background parses and checks them and answers with progress, the summary to show and the corrected
 * copy's bytes. Ports, not one message: Chrome serialises extension messages as JSON (no binary, a
 * 64 MiB cap), so bytes travel as base64 in `CHUNK_BYTES` slices, each one checked here with zod.
 * These schemas are for the background; the page side checks answers with upload-wire.ts (no zod there).
 */

const localized = z.object({ en: z.string().max(20_000), zh: z.string().max(20_000) });
const base64 = z.string().max(MAX_CHUNK_TEXT).regex(BASE64);

/** What the page side sends. */
export const uploadClientMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    name: z.string().max(255),
    size: z.number().int().min(0).max(MAX_UPLOAD_BYTES),
    market: z.string().max(8).optional(),
  }),
  z.object({ type: z.literal('chunk'), index: z.number().int().min(0), data: base64 }),
]);
export type UploadClientMessage = z.infer<typeof uploadClientMessage>;

/** The summary as the page shows it (lib/upload's `UploadSummaryView` without the full row lists). */
const uploadCheckView = z.object({
  tone: z.enum(['ok', 'warning', 'error']),
  headline: localized,
  location: localized,
  classes: z
    .array(
      z.object({
        code: z.string().max(64),
        title: localized,
        rowsText: localized,
        fixedInCopy: z.boolean(),
      }),
    )
    .max(64),
  notes: localized.optional(),
  download: z.object({ name: z.string().max(300), label: localized, note: localized }).optional(),
  copyProblem: localized.optional(),
  needsHuman: z.array(z.object({ row: z.number().int(), orderId: z.string().max(200), text: localized })).max(100),
  needsHumanTotal: z.number().int().min(0),
  moreNeedsHuman: localized.optional(),
  firstDefectiveOrderId: z.string().max(200).optional(),
});
export type UploadCheckView = z.infer<typeof uploadCheckView>;

const uploadProgressPhase = z.enum(['receiving', 'reading', 'checking', 'copying']);
export type UploadProgressPhase = z.infer<typeof uploadProgressPhase>;

/** What the background answers. */
export const uploadServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), phase: uploadProgressPhase, fraction: z.number().min(0).max(1) }),
  z.object({ type: z.literal('error'), code: z.string().max(64), text: localized }),
  z.object({
    type: z.literal('done'),
    view: uploadCheckView,
    copy: z
      .object({
        name: z.string().max(300),
        mimeType: z.string().max(100),
        size: z.number().int().min(1).max(MAX_UPLOAD_BYTES),
      })
      .optional(),
  }),
  z.object({ type: z.literal('copy-chunk'), index: z.number().int().min(0), data: base64 }),
]);
export type UploadServerMessage = z.infer<typeof uploadServerMessage>;
