import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Page and API text is rendered as text, never as HTML (README "Security and data"); the Firefox lint
// allowance for react-dom's innerHTML (scripts/lint-firefox.mjs) relies on our code never reaching it.
const SOURCE_DIRS = ['lib', 'entrypoints', 'components'];
const HTML_SINKS =
  /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [file] : [];
  });
}

describe('HTML sinks', () => {
  it('no source file writes HTML', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && HTML_SINKS.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});
