import { describe, expect, it } from 'vitest';
import { featureSwitchLabels, featureSwitchMessages } from '@/lib/i18n/feature-switch-messages';
import type { Localized } from '@/lib/i18n';
import { ALL_FEATURES_ON } from '@/lib/signals';
import { featureSwitchesSchema } from '@/lib/storage';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts: Array<[string, Localized]> = [
  ...Object.entries(featureSwitchMessages),
  ...Object.entries(featureSwitchLabels).flatMap(([key, { label, hint }]): Array<[string, Localized]> => [
    [`${key}.label`, label],
    [`${key}.hint`, hint],
  ]),
];

describe('feature switch texts', () => {
  it.each(texts)('%s is in English and Chinese with the same placeholders', (_key, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(placeholders(text.zh)).toEqual(placeholders(text.en));
  });

  it('labels every stored switch and every switch the signal policy reads, no more', () => {
    const labelled = Object.keys(featureSwitchLabels).sort();
    expect(labelled).toEqual(Object.keys(featureSwitchesSchema.shape).sort());
    expect(labelled).toEqual(Object.keys(ALL_FEATURES_ON).sort());
  });
});
