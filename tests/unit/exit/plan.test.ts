import { describe, expect, it } from 'vitest';
import { planExit, type TabSnapshot } from '@/lib/exit/plan';

const tab = (id: number, windowId: number, url: string, active = false, index = 0): TabSnapshot => ({
  id,
  windowId,
  url,
  active,
  index,
  incognito: false,
});
const sensitive = (t: TabSnapshot) => t.url.includes('hotline.example');

describe('planExit', () => {
  const tabs = [
    tab(1, 1, 'https://news.example/', false, 0),
    tab(2, 1, 'https://hotline.example/chat', true, 1),
    tab(3, 1, 'https://mail.example/', false, 2),
    tab(4, 2, 'https://hotline.example/a', true, 0),
    tab(5, 2, 'https://hotline.example/b', false, 1),
    tab(6, 3, 'https://shop.example/', true, 0),
  ];

  it('replaces the front tab and closes every sensitive tab, nothing else', () => {
    const plan = planExit({ tabs, frontTabId: 2, isSensitiveTab: sensitive, isSensitiveUrl: sensitive, closeFrontWindow: false });
    expect(plan.front?.id).toBe(2);
    expect(plan.frontIsSensitive).toBe(true);
    expect(plan.closeTabIds.sort()).toEqual([2, 4, 5]);
    expect([...plan.eraseUrls.values()].sort()).toEqual([
      'https://hotline.example/a',
      'https://hotline.example/b',
      'https://hotline.example/chat',
    ]);
  });

  it('replaces a front tab that is not a chosen site, without erasing its history', () => {
    const plan = planExit({ tabs, frontTabId: 6, isSensitiveTab: sensitive, isSensitiveUrl: sensitive, closeFrontWindow: false });
    expect(plan.frontIsSensitive).toBe(false);
    expect(plan.closeTabIds).toContain(6);
    expect([...plan.eraseUrls.values()]).not.toContain('https://shop.example/');
  });

  it('closes the whole front window when asked, instead of replacing the front tab', () => {
    const plan = planExit({ tabs, frontTabId: 2, isSensitiveTab: sensitive, isSensitiveUrl: sensitive, closeFrontWindow: true });
    expect(plan.closeWindowIds).toEqual([1]);
    expect(plan.closeTabIds.sort()).toEqual([4, 5]);
  });

  it('never closes the front window when no other window would keep a tab (the browser would quit first)', () => {
    const alone = tabs.filter((t) => t.windowId !== 3);
    // Window 2 holds only chosen-site tabs, which close: nothing would be left open.
    const plan = planExit({ tabs: alone, frontTabId: 2, isSensitiveTab: sensitive, isSensitiveUrl: sensitive, closeFrontWindow: true });
    expect(plan.closeWindowIds).toEqual([]);
    expect(plan.closeTabIds.sort()).toEqual([2, 4, 5]);
    const single = planExit({
      tabs: tabs.filter((t) => t.windowId === 1),
      frontTabId: 2,
      isSensitiveTab: sensitive,
      isSensitiveUrl: sensitive,
      closeFrontWindow: true,
    });
    expect(single.closeWindowIds).toEqual([]);
    expect(single.closeTabIds).toEqual([2]);
  });

  it('closes a tab that showed a chosen site earlier, without erasing the ordinary page it shows now', () => {
    const hadTrail = (t: TabSnapshot) => sensitive(t) || t.id === 1;
    const plan = planExit({ tabs, frontTabId: 6, isSensitiveTab: hadTrail, isSensitiveUrl: sensitive, closeFrontWindow: false });
    expect(plan.closeTabIds).toContain(1);
    expect(plan.eraseUrls.has(1)).toBe(false);
  });

  it('still closes sensitive tabs when no front tab is known', () => {
    const plan = planExit({ tabs, frontTabId: undefined, isSensitiveTab: sensitive, isSensitiveUrl: sensitive, closeFrontWindow: false });
    expect(plan.front).toBeUndefined();
    expect(plan.closeTabIds.sort()).toEqual([2, 4, 5]);
  });
});
