// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HintFeature } from '@/entrypoints/seller-center.content/feature';
import { featuresByFile } from '@/entrypoints/seller-center.content/features';
import type { PageInfo } from '@/lib/seller-center';

const DIR = path.resolve('entrypoints/seller-center.content');
const read = (file: string) => fs.readFileSync(file, 'utf8');

/** Every file of the content script that defines a feature (`export const x: HintFeature = {`). */
const featureFiles = fs
  .readdirSync(DIR)
  .filter((file) => file.endsWith('.ts') && /export const \w+: HintFeature = \{/.test(read(path.join(DIR, file))))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

const registered = featuresByFile as Record<string, HintFeature>;
const docs = read('docs/architecture.md');
const specDir = path.resolve('tests/e2e');

async function exportedFeature(name: string): Promise<HintFeature> {
  const module = (await import(`@/entrypoints/seller-center.content/${name}.ts`)) as Record<string, unknown>;
  const exported = Object.values(module).filter(
    (value): value is HintFeature =>
      typeof value === 'object' && value !== null && 'kind' in value && 'update' in value,
  );
  expect(exported, `${name}.ts exports one feature`).toHaveLength(1);
  return exported[0]!;
}

const PAGES: PageInfo[] = (
  ['order-list', 'order-detail', 'shipping-labels', 'tracking-upload', 'logistics-settings', 'other'] as const
).flatMap((kind) => [true, false].map((isToShip) => ({ kind, isToShip }) as unknown as PageInfo));

describe('in-page features are named by their files', () => {
  it('finds the feature files (the scan itself works)', () => {
    expect(featureFiles).toContain('carrier-badge');
    expect(featureFiles.length).toBeGreaterThanOrEqual(8);
  });

  it('registers every feature file under its file name, and nothing else', () => {
    expect(Object.keys(registered).sort()).toEqual(featureFiles);
  });

  it.each(featureFiles)('%s: the registered feature is the one its file exports', async (name) => {
    const own = await exportedFeature(name);
    const entry = registered[name]!;
    if (entry === own) return;
    // A lazily loaded feature is a stand-in: same hint kind, same pages, its file's code loaded on demand.
    expect(entry.kind).toBe(own.kind);
    expect(PAGES.map((page) => entry.include(page))).toEqual(PAGES.map((page) => own.include(page)));
    expect(read(path.join(DIR, 'features.ts'))).toContain(`import('./${name}')`);
  });

  it.each(featureFiles)('%s: documented with its replica pages and covered by an e2e spec', async (name) => {
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${name}.ts\` |`));
    expect(row, `docs/architecture.md has a row for ${name}.ts`).toBeDefined();
    const [, , kind, pages, spec] = row!.split('|').map((cell) => cell.trim());
    expect(kind).toContain((await exportedFeature(name)).kind);
    expect(pages).toMatch(/^`\//);
    const specFile = path.join(specDir, spec!);
    expect(fs.existsSync(specFile), `${spec} exists`).toBe(true);
    expect(read(specFile)).toMatch(new RegExp(`${name}|data-lml="${(await exportedFeature(name)).kind}"`));
  });
});
