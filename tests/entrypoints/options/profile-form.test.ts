import { describe, expect, it } from 'vitest';
import { sellerProfileSchema } from '@/lib/storage';
import {
  convertDraftUnits,
  draftFromProfile,
  EMPTY_PROFILE_DRAFT,
  profileFromDraft,
  toggleCarrier,
} from '@/entrypoints/options/profile-form';

describe('profileFromDraft', () => {
  it('stores what the seller typed in grams and millimetres', () => {
    const result = profileFromDraft(
      {
        ...EMPTY_PROFILE_DRAFT,
        market: 'US',
        businessType: 'company',
        dailyOrders: '60',
        monthlyParcels: '1,800',
        connectedCarriers: ['usps'],
        weight: '1',
        length: '10',
        width: '8',
        height: '4',
      },
      'imperial',
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        market: 'US',
        businessType: 'company',
        dailyOrders: 60,
        monthlyParcels: 1800,
        connectedCarriers: ['usps'],
        defaultParcel: { weightGrams: 454, dimensionsMm: { length: 254, width: 203.2, height: 101.6 } },
      },
    });
    if (result.ok) expect(sellerProfileSchema.safeParse(result.profile).success).toBe(true);
  });

  it('leaves unknown fields out instead of inventing them', () => {
    expect(profileFromDraft(EMPTY_PROFILE_DRAFT, 'metric')).toEqual({ ok: true, profile: { connectedCarriers: [] } });
  });

  it('keeps a weight without a size', () => {
    expect(profileFromDraft({ ...EMPTY_PROFILE_DRAFT, market: 'GB', weight: '0,5' }, 'metric')).toEqual({
      ok: true,
      profile: { market: 'GB', connectedCarriers: [], defaultParcel: { weightGrams: 500 } },
    });
  });

  it('lists every problem with its field and saves nothing', () => {
    const result = profileFromDraft(
      { ...EMPTY_PROFILE_DRAFT, dailyOrders: 'thirty', monthlyParcels: '1.5', weight: '0', length: '10', width: 'x' },
      'metric',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'dailyOrders', code: 'not-whole-number' },
        { field: 'monthlyParcels', code: 'not-whole-number' },
        { field: 'weight', code: 'not-positive' },
        { field: 'width', code: 'not-a-number' },
        { field: 'dimensions', code: 'incomplete-dimensions' },
      ],
    });
  });

  it('asks for a weight when only a size is given', () => {
    const result = profileFromDraft({ ...EMPTY_PROFILE_DRAFT, length: '30', width: '20', height: '10' }, 'metric');
    expect(result).toEqual({ ok: false, errors: [{ field: 'weight', code: 'weight-needed-for-size' }] });
  });

  it('drops a carrier ticked twice', () => {
    const result = profileFromDraft(
      { ...EMPTY_PROFILE_DRAFT, connectedCarriers: ['usps', 'usps', 'jt-express'] },
      'metric',
    );
    expect(result.ok && result.profile.connectedCarriers).toEqual(['usps', 'jt-express']);
  });
});

describe('draftFromProfile', () => {
  it('shows a stored profile in the market’s units, and saving it unchanged stores the same profile', () => {
    const profile = {
      market: 'US' as const,
      dailyOrders: 5,
      connectedCarriers: ['winit'],
      defaultParcel: { weightGrams: 907, dimensionsMm: { length: 304.8, width: 254, height: 101.6 } },
    };
    const draft = draftFromProfile(profile, 'imperial');
    expect(draft).toMatchObject({
      market: 'US',
      dailyOrders: '5',
      monthlyParcels: '',
      weight: '2',
      length: '12',
      width: '10',
      height: '4',
    });
    expect(profileFromDraft(draft, 'imperial')).toEqual({ ok: true, profile });
  });
  it('keeps carrier ids the pack does not list (stored as typed, never rejected)', () => {
    expect(draftFromProfile({ connectedCarriers: ['some-local-courier'] }, 'metric').connectedCarriers).toEqual([
      'some-local-courier',
    ]);
  });
});

describe('convertDraftUnits and toggleCarrier', () => {
  it('re-expresses the sizes when the market moves from imperial to metric', () => {
    const draft = { ...EMPTY_PROFILE_DRAFT, weight: '2', length: '10', width: '', height: '4' };
    expect(convertDraftUnits(draft, 'imperial', 'metric')).toMatchObject({
      weight: '0.907',
      length: '25.4',
      width: '',
      height: '10.2',
    });
    expect(convertDraftUnits(draft, 'metric', 'metric')).toBe(draft);
  });
  it('adds and removes carriers', () => {
    const added = toggleCarrier(EMPTY_PROFILE_DRAFT, 'usps', true);
    expect(added.connectedCarriers).toEqual(['usps']);
    expect(toggleCarrier(added, 'usps', false).connectedCarriers).toEqual([]);
  });
});
