import { buildCorrectedCopy } from './build-corrected-copy';
import { checkTrackingRowsInSteps } from './check-tracking-rows';
import { readTrackingTemplate } from './read-tracking-template';
import type {
  CheckTrackingRowsOptions,
  CorrectedCopy,
  TrackingTemplate,
  TrackingUploadSummary,
  UploadCheckHooks,
  UploadFileError,
} from './types';

export type UploadCheckOutcome =
  | {
      ok: true;
      template: TrackingTemplate;
      summary: TrackingUploadSummary;
      /** Present when there were certain fixes and the copy passed its read-back check. */
      copy?: CorrectedCopy;
      /** Why no copy is offered although there were certain fixes. */
      copyError?: UploadFileError;
    }
  | { ok: false; error: UploadFileError };

/**
 * The whole check of a chosen file, as the in-page hint and the drop zone run it: read the template,
 * check every row, and build the corrected copy when some fixes are certain. `hooks.onProgress` hears
 * how far it is between slices of work (the background reports it to the seller and yields there).
 * Never throws.
 * Example: `await checkUploadFile(bytes, 'orders.xlsx', { market: 'US' })` →
 * `{ ok: true, summary: { rows: 12, ok: 9, defective: 3, … }, copy: { name: 'orders-corrected.xlsx', … } }`.
 */
export async function checkUploadFile(
  file: ArrayBuffer | Uint8Array,
  name: string,
  opts: CheckTrackingRowsOptions = {},
  hooks: UploadCheckHooks = {},
): Promise<UploadCheckOutcome> {
  const read = await readTrackingTemplate(file, name, hooks);
  if (!read.ok) return read;
  const { template } = read;
  const summary = await checkTrackingRowsInSteps(template.rows, opts, hooks);
  if (!summary.certainFixes.length) return { ok: true, template, summary };
  await hooks.onProgress?.({ phase: 'copying', fraction: 0 });
  const built = await buildCorrectedCopy(template, summary.certainFixes, hooks);
  return built.ok
    ? { ok: true, template, summary, copy: built.copy }
    : { ok: true, template, summary, copyError: built.error };
}
