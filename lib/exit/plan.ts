/**
 * What a quick exit does to the open tabs, decided from a snapshot of them.
 * The front tab is always replaced by a fresh tab showing the decoy page: a new tab
 * has no back button history at all, which `tabs.update` cannot give (it adds an
 * entry, and only Firefox can replace one). Every other sensitive tab is closed, in
 * every window; nothing else is touched.
 */
export interface TabSnapshot {
  id: number;
  windowId: number;
  index: number;
  url: string;
  active: boolean;
  incognito: boolean;
}

export interface ExitPlan {
  /** The tab on screen; undefined when there is no tab at all (no window open). */
  front?: TabSnapshot;
  /** Whether the front tab itself is sensitive (its URL is erased from history). */
  frontIsSensitive: boolean;
  /** Tabs to close, the front tab included, in the order they are closed. */
  closeTabIds: number[];
  /** Windows to close entirely (the `closeWindow` option), instead of showing the decoy. */
  closeWindowIds: number[];
  /** Current URLs to remove from history once their tabs are gone, by tab id. */
  eraseUrls: Map<number, string>;
}

export interface ExitInput {
  tabs: TabSnapshot[];
  frontTabId: number | undefined;
  /** A tab to close: it shows, or has shown, something sensitive. */
  isSensitiveTab(tab: TabSnapshot): boolean;
  /** Whether the tab's current URL itself is to be erased (a chosen site, a help page). */
  isSensitiveUrl(tab: TabSnapshot): boolean;
  closeFrontWindow: boolean;
}

export function planExit({ tabs, frontTabId, isSensitiveTab, isSensitiveUrl, closeFrontWindow }: ExitInput): ExitPlan {
  const front = tabs.find((t) => t.id === frontTabId);
  const sensitive = tabs.filter((t) => isSensitiveTab(t));
  const frontIsSensitive = front ? sensitive.some((t) => t.id === front.id) : false;
  // Closing the front window is safe only if another window keeps a tab: closing the
  // last window quits the browser before anything is erased (and the tabs come back at
  // the next start). Otherwise the neutral page is shown, as without the option.
  const anotherWindowStays = tabs.some((t) => t.windowId !== front?.windowId && !sensitive.includes(t));
  const closeWindowIds = closeFrontWindow && front && anotherWindowStays ? [front.windowId] : [];
  const closeTabIds = [
    ...(front && !closeWindowIds.length ? [front.id] : []),
    ...sensitive.filter((t) => t.id !== front?.id && !closeWindowIds.includes(t.windowId)).map((t) => t.id),
  ];
  // Only what is itself sensitive is erased: a tab that is closed because it showed a
  // chosen site earlier may now show an ordinary page, whose history stays.
  const eraseUrls = new Map(tabs.filter((t) => isSensitiveUrl(t)).map((t) => [t.id, t.url]));
  return { front, frontIsSensitive, closeTabIds, closeWindowIds, eraseUrls };
}
