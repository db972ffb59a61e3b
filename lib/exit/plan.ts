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
  /** URLs to remove from history once their tabs are gone. */
  eraseUrls: string[];
}

export interface ExitInput {
  tabs: TabSnapshot[];
  frontTabId: number | undefined;
  isSensitiveTab(tab: TabSnapshot): boolean;
  closeFrontWindow: boolean;
}

export function planExit({ tabs, frontTabId, isSensitiveTab, closeFrontWindow }: ExitInput): ExitPlan {
  const front = tabs.find((t) => t.id === frontTabId);
  const sensitive = tabs.filter((t) => isSensitiveTab(t));
  const frontIsSensitive = front ? sensitive.some((t) => t.id === front.id) : false;
  const closeWindowIds = closeFrontWindow && front ? [front.windowId] : [];
  const closeTabIds = [
    ...(front && !closeWindowIds.length ? [front.id] : []),
    ...sensitive.filter((t) => t.id !== front?.id && !closeWindowIds.includes(t.windowId)).map((t) => t.id),
  ];
  const eraseUrls = [...new Set(sensitive.map((t) => t.url))];
  return { front, frontIsSensitive, closeTabIds, closeWindowIds, eraseUrls };
}
