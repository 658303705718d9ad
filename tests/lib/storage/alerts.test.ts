import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  alertIdOf,
  countAlerts,
  listAlerts,
  listUnnotifiedAlerts,
  markAlertNotified,
  openDb,
  raiseAlert,
  type LastmileDb,
} from '@/lib/storage';

let db: LastmileDb;
beforeEach(async () => {
  db = await openDb(`alerts-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const alert = (riskCode: string, raisedAt = 10) => ({ packageKey: 'pkg:1', riskCode, orderId: 'o1', raisedAt });

describe('raiseAlert', () => {
  it('is true for a new risk and false when the same risk is raised again', async () => {
    expect(await raiseAlert(db, alert('first-scan-overdue'))).toBe(true);
    expect(await raiseAlert(db, alert('first-scan-overdue', 99))).toBe(false);
    expect(await raiseAlert(db, alert('no-update-24h'))).toBe(true);
    expect(await countAlerts(db)).toBe(2);
  });

  it('writes the alert un-notified until it is marked', async () => {
    await raiseAlert(db, alert('exception', 20));
    await raiseAlert(db, alert('first-scan-overdue', 10));
    expect((await listUnnotifiedAlerts(db)).map((a) => a.riskCode)).toEqual(['first-scan-overdue', 'exception']);
    expect(await markAlertNotified(db, alert('exception'), 30)).toBe(true);
    expect((await listUnnotifiedAlerts(db)).map((a) => a.riskCode)).toEqual(['first-scan-overdue']);
    expect((await listAlerts(db, { orderId: 'o1' })).find((a) => a.riskCode === 'exception')).toMatchObject({
      notified: 1,
      notifiedAt: 30,
    });
    expect(await markAlertNotified(db, alert('lost-suspected'), 30)).toBe(false);
  });

  it('gives each alert a stable notification id', () => {
    expect(alertIdOf(alert('exception'))).toBe('lml-alert:pkg:1:exception');
  });
});
