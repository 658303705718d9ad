import { readFileSync } from 'node:fs';
import { checkUploadFile } from '@/lib/upload';
const bytes = new Uint8Array(readFileSync('/tmp/upl/200k.xlsx'));
let t = Date.now();
const phases: Record<string, number> = {};
let last = Date.now(), lastPhase = 'start';
const o = await checkUploadFile(bytes, 'x.xlsx', { market: 'US' }, { onProgress: (p) => { const now = Date.now(); phases[lastPhase] = (phases[lastPhase] ?? 0) + now - last; last = now; lastPhase = p.phase; } });
phases[lastPhase] = (phases[lastPhase] ?? 0) + Date.now() - last;
console.log('full', Date.now() - t, o.ok, o.ok && o.summary.defective, phases);
