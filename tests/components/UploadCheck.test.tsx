// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UploadCheck } from '@/components/UploadCheck';
import { remoteResultOf } from '@/lib/background/upload-result';
import type { RemoteCheckOptions } from '@/lib/messaging/upload-client';
import { checkUploadFile } from '@/lib/upload';
import { fixtureBytes } from '../lib/upload/helpers';

/** What the background does for the component, run in-process (the transport has its own e2e). */
async function checkInProcess(file: File, opts: RemoteCheckOptions) {
  const outcome = await checkUploadFile(
    new Uint8Array(await file.arrayBuffer()),
    file.name,
    opts.market ? { market: opts.market } : {},
    { onProgress: (p) => opts.onProgress?.(p.phase, p.fraction) },
  );
  return remoteResultOf(outcome);
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

async function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(node));
}

async function waitFor(check: () => boolean, timeoutMs = 5000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out; text: ${container.textContent}`);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

async function choose(file: File) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
}

const fileOf = (name: string) => new File([fixtureBytes(name) as BlobPart], name);

describe('UploadCheck', () => {
  it('checks a chosen defective template and offers the corrected copy', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:lml/copy');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await render(<UploadCheck locale="en" market="US" check={checkInProcess} />);
    expect(container.querySelector('input[type="file"]')!.getAttribute('aria-label')).toBe(
      'Tracking upload template to check',
    );
    await choose(fileOf('tracking-upload-defective-us.xlsx'));
    await waitFor(() => container.querySelector('section') !== null);
    expect(container.querySelector('[role="status"]')!.textContent).toContain(
      '19 rows checked: 5 OK, 14 with problems',
    );
    expect(container.querySelector('tr[data-code="whitespace"]')!.textContent).toContain('rows 5, 16, 17');
    const link = container.querySelector('a[download]')!;
    expect(link.getAttribute('download')).toBe('tracking-upload-defective-us-corrected.xlsx');
    expect(link.getAttribute('href')).toBe('blob:lml/copy');
    expect((created.mock.calls[0]![0] as Blob).type).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect([...container.querySelectorAll('li[data-row]')].map((li) => li.getAttribute('data-row'))).toEqual([
      '4',
      '8',
      '11',
      '12',
      '13',
      '14',
      '15',
      '17',
      '19',
    ]);
  });

  it('says all rows are OK in Chinese', async () => {
    await render(<UploadCheck locale="zh" check={checkInProcess} />);
    await choose(fileOf('tracking-upload-good-utf8-bom.csv'));
    await waitFor(() => container.querySelector('section') !== null);
    expect(container.textContent).toContain('全部 3 行均无问题');
    expect(container.querySelector('a[download]')).toBeNull();
  });

  it('shows a bad file’s reason', async () => {
    await render(<UploadCheck locale="en" check={checkInProcess} />);
    await choose(new File([Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], 'old.xls'));
    await waitFor(() => /Excel 97–2003/.test(container.textContent ?? ''));
    expect(container.querySelector('[role="status"]')!.textContent).toContain('"old.xls"');
  });

  it('shows an error when the check itself fails', async () => {
    await render(<UploadCheck locale="en" check={() => Promise.reject(new Error('boom'))} />);
    await choose(fileOf('tracking-upload-good-us.xlsx'));
    await waitFor(() => /boom/.test(container.textContent ?? ''));
    expect(container.textContent).toContain('The check failed unexpectedly: boom');
  });

  it('shows the progress the background reports while it checks', async () => {
    let release: () => void = () => undefined;
    const slow = (file: File, opts: RemoteCheckOptions) => {
      opts.onProgress?.('reading', 0.42);
      return new Promise<Awaited<ReturnType<typeof checkInProcess>>>((resolve) => {
        release = () => void checkInProcess(file, opts).then(resolve);
      });
    };
    await render(<UploadCheck locale="zh" check={slow} />);
    await choose(fileOf('tracking-upload-good-us.xlsx'));
    await waitFor(() => /42%/.test(container.textContent ?? ''));
    expect(container.querySelector('[role="status"]')!.textContent).toContain('正在读取各行… 42%');
    expect(container.querySelector('progress')!.getAttribute('value')).toBe('42');
    release();
    await waitFor(() => container.querySelector('section') !== null);
    expect(container.querySelector('progress')).toBeNull();
  });

  it('checks a dropped file', async () => {
    await render(<UploadCheck locale="en" check={checkInProcess} />);
    const zone = container.querySelector('.upload-check > div')!;
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { files: [fileOf('tracking-upload-good-us.xlsx')] } });
    await act(async () => zone.dispatchEvent(event));
    await waitFor(() => container.querySelector('section') !== null);
    expect(container.textContent).toContain('All 5 rows OK');
  });
});
