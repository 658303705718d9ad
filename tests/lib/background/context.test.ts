import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishContext, republishOnSettingChange } from '@/lib/background/context';
import { publishedContextItem } from '@/lib/context';
import { defaultRulePack } from '@/lib/rules';
import { localeSetting, ruleOverridesSetting } from '@/lib/storage';

describe('publishContext', () => {
  beforeEach(() => fakeBrowser.reset());

  it('publishes the built-in pack and the settings in the one storage item', async () => {
    await localeSetting.setValue('zh');
    const context = await publishContext();
    expect(context.localePreference).toBe('zh');
    expect(await publishedContextItem.getValue()).toEqual(context);
    expect(context.pack).toEqual(defaultRulePack);
  });

  it('re-publishes when the seller’s pack renames a carrier, so every surface names it the same', async () => {
    await publishContext();
    const stop = republishOnSettingChange((error) => {
      throw error;
    });
    const renamed = { ...defaultRulePack.carriers[0]!, name: { en: 'Acme Post', zh: 'Acme 邮政' } };
    await ruleOverridesSetting.setValue({ carriers: [renamed] });
    await expect
      .poll(async () => (await publishedContextItem.getValue())?.pack.carriers.some((c) => c.name.en === 'Acme Post'))
      .toBe(true);
    stop();
  });
});
