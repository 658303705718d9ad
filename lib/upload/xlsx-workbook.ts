import { assertInflationBudget, inflateEntry, readZipDirectory, ZipRefusedError, type ZipEntry } from './zip-entries';
import { parseSharedStrings } from './xlsx-xml';

/** A workbook's parts as the reader needs them: sheets in workbook order, shared strings, the zip entries. */
export interface XlsxWorkbook {
  sheets: Array<{ name: string; path: string }>;
  sharedStrings: string[];
  /** Every entry of the archive by path, as the directory declares it. */
  entries: ReadonlyMap<string, ZipEntry>;
}

const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const SHEET = /<(?:[\w.-]+:)?sheet\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attr = (attrs: string, name: string) =>
  new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);

const XML_ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeAttr = (value: string) => value.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_ESCAPES[e]!);

/** Resolves a relationship target against the part that holds the relationship (`xl/workbook.xml`). */
function resolvePartPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relationships(xml: string): Array<{ id: string; type: string; target: string }> {
  return [...xml.matchAll(RELATIONSHIP)].map(([, attrs = '']) => ({
    id: attr(attrs, 'Id') ?? '',
    type: attr(attrs, 'Type') ?? '',
    target: unescapeAttr(attr(attrs, 'Target') ?? ''),
  }));
}

const relsPathOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');

/**
 * Opens an .xlsx from its zip directory: finds the workbook, its sheets (names and parts, in
 * workbook order) and the shared strings. Before anything is inflated, the declared sizes of every
 * XML part it may read are held to the inflation budget, so a zip bomb is refused in milliseconds.
 * Throws `ZipRefusedError` for a refused or damaged archive. `sharedStrings: false` leaves the
 * shared-string table unread (the corrected copy never needs it).
 */
export function openXlsx(bytes: Uint8Array, opts: { sharedStrings?: boolean } = {}): XlsxWorkbook {
  const entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
  assertInflationBudget([...entries.values()].filter((e) => /\.(xml|rels)$/i.test(e.name)));
  const text = (path: string) => partText(bytes, entries, path);
  const rootRels = text('_rels/.rels');
  const officeTarget = rootRels
    ? relationships(rootRels).find((r) => r.type.endsWith('/officeDocument'))?.target
    : undefined;
  const workbookPath = officeTarget ? resolvePartPath('', officeTarget) : 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (workbook === undefined) throw new ZipRefusedError({ kind: 'damaged', detail: 'the archive holds no workbook' });
  const rels = relationships(text(relsPathOf(workbookPath)) ?? '');
  const targetOf = new Map(rels.map((r) => [r.id, resolvePartPath(workbookPath, r.target)]));
  const sheets = [...workbook.matchAll(SHEET)].flatMap(([, attrs = '']) => {
    const path = targetOf.get(attr(attrs, 'id') ?? '');
    return path ? [{ name: unescapeAttr(attr(attrs, 'name') ?? ''), path }] : [];
  });
  if (opts.sharedStrings === false) return { sheets, sharedStrings: [], entries };
  const sharedRel = rels.find((r) => r.type.endsWith('/sharedStrings'));
  const sharedXml = text(sharedRel ? resolvePartPath(workbookPath, sharedRel.target) : 'xl/sharedStrings.xml');
  return { sheets, sharedStrings: sharedXml ? parseSharedStrings(sharedXml) : [], entries };
}

/** A part's text (inflated within its declared size), or undefined when the archive has no such part. */
export function partText(bytes: Uint8Array, entries: XlsxWorkbook['entries'], path: string): string | undefined {
  const entry = entries.get(path);
  return entry ? new TextDecoder().decode(inflateEntry(bytes, entry)) : undefined;
}
