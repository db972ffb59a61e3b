import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatResetDate, readResetNotice } from '@/lib/lock/reset-notice';
import { STORED } from '@/lib/platform/extension-storage';

const RESET_NOTICE_KEY = STORED.pinResetNotice.key;
import { addChosenSite } from '@/lib/platform/chosen-sites';
import { dismissResetNotice, resetProtectedData, setPin } from '@/lib/platform/site-lock';

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
});

describe('the note after a PIN reset', () => {
  it('is left by the reset, dated, and goes when dismissed', async () => {
    await addChosenSite('hotline.example');
    await setPin('2580');
    expect((await fakeBrowser.storage.local.get(RESET_NOTICE_KEY))[RESET_NOTICE_KEY]).toBeUndefined();
    const before = Date.now();
    await resetProtectedData();
    const notice = readResetNotice((await fakeBrowser.storage.local.get(RESET_NOTICE_KEY))[RESET_NOTICE_KEY]);
    expect(notice!.at).toBeGreaterThanOrEqual(before);
    expect(notice!.at).toBeLessThanOrEqual(Date.now());
    // Only a date: nothing of the list.
    expect(JSON.stringify(notice)).not.toContain('hotline');
    await dismissResetNotice();
    expect((await fakeBrowser.storage.local.get(RESET_NOTICE_KEY))[RESET_NOTICE_KEY]).toBeUndefined();
  });

  it('reads odd stored values as no note, never throwing', () => {
    for (const raw of [undefined, null, 0, 'x', {}, { at: 'yesterday' }, { at: Number.NaN }, { at: -1 }]) {
      expect(readResetNotice(raw)).toBeUndefined();
    }
    expect(readResetNotice({ at: 1_795_000_000_000 })).toEqual({ at: 1_795_000_000_000 });
  });

  it('writes the date in the survivor’s language', () => {
    const at = Date.UTC(2026, 10, 24, 12);
    expect(formatResetDate(at, 'en-GB')).toBe('24 November 2026');
    expect(formatResetDate(at, 'en-US')).toBe('November 24, 2026');
    expect(formatResetDate(at, 'not a language!')).toBe('2026-11-24');
  });
});
