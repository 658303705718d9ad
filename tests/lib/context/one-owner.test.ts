import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One owner per concern (issue 13): the surfaces once each worked out their own context — the popup and
 * side panel read the built-in pack, money and units were converted and printed in several files, and
 * the popup kept its inputs with a hand-made storage adapter — and the copies disagreed. These checks
 * read the source, so a new copy fails here before it can disagree on screen.
 */

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Code without comments, so a comment that names a thing is not a use of it. */
function codeOf(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

const ui = ['entrypoints', 'components'].flatMap(sourceFiles);
const extension = ['entrypoints', 'components', 'lib'].flatMap(sourceFiles);
const offenders = (files: string[], pattern: RegExp, except: (file: string) => boolean = () => false) =>
  files.filter((file) => !except(file) && pattern.test(codeOf(file)));

describe('one owner per concern', () => {
  it('scans the source (the checks below are not vacuous)', () => {
    expect(ui.length).toBeGreaterThan(50);
    expect(offenders(extension, /GRAMS_PER_POUND = 453\.59237/)).toEqual(['lib/units/convert.ts']);
  });

  it('no UI file reads the built-in rule pack: every surface reads the effective context', () => {
    expect(offenders(ui, /\bdefaultRulePack\b/)).toEqual([]);
  });

  it('no file but lib/units holds a conversion constant or formats money', () => {
    const notUnits = (file: string) => file.startsWith('lib/units/');
    expect(offenders(extension, /453\.59|28\.349|\b0\.4535|\b2\.2046|\b0\.03527/, notUnits)).toEqual([]);
    expect(offenders(extension, /new Intl\.NumberFormat|style: 'currency'/, notUnits)).toEqual([]);
  });

  it('no raw browser.storage read or write outside lib/storage: settings are typed, validated items', () => {
    const notStorage = (file: string) => file.startsWith('lib/storage/');
    expect(
      offenders(
        extension,
        /from 'wxt\/utils\/storage'|browser\.storage\.(local|sync|session)\.(get|set|remove)/,
        notStorage,
      ),
    ).toEqual([]);
  });

  it('the effective pack is merged in lib/rules only', () => {
    expect(offenders(extension, /\bmergeRulePacks\(/, (file) => file.startsWith('lib/rules/'))).toEqual([]);
  });
});
