import type { UploadCheckView } from '@/lib/messaging/upload-channel';
import type { RemoteUploadCheck } from '@/lib/messaging/upload-client';
import { describeUploadSummary, type UploadCheckOutcome } from '@/lib/upload';

/**
 * A check's outcome as the page receives it: the summary to show (row lists as their capped text:
 * a 200,000-row class stays a sentence) and the corrected copy's bytes, or the file's error.
 */
export function remoteResultOf(outcome: UploadCheckOutcome): RemoteUploadCheck {
  if (!outcome.ok) return { ok: false, code: outcome.error.code, text: outcome.error.text };
  const { classes, ...rest } = describeUploadSummary(outcome);
  const view: UploadCheckView = { ...rest, classes: classes.map(({ rows: _rows, ...c }) => c) };
  const { copy } = outcome;
  return copy
    ? { ok: true, view, copy: { name: copy.name, mimeType: copy.mimeType, bytes: copy.bytes } }
    : { ok: true, view };
}
