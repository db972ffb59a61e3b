/**
 * The neutral looks the toolbar button can take (issue 7): an icon and a title that
 * say nothing about safety, and a matching cover in the popup. Icons are in
 * public/disguise/<name>/, the normal icon in public/icon/.
 */
export const DISGUISES = ['none', 'notes', 'weather', 'calculator'] as const;
export type Disguise = (typeof DISGUISES)[number];

/** How the real popup is reached from the cover when no PIN is set. */
export const REVEAL_GESTURES = ['three-clicks', 'long-press'] as const;
export type RevealGesture = (typeof REVEAL_GESTURES)[number];

const SIZES = [16, 32, 48, 128] as const;

/** The `path` argument of action.setIcon for a disguise (extension-root paths). */
export function disguiseIconPaths(disguise: Disguise): Record<string, string> {
  const folder = disguise === 'none' ? 'icon' : `disguise/${disguise}`;
  return Object.fromEntries(SIZES.map((size) => [String(size), `/${folder}/${size}.png`]));
}

/** The message key of the toolbar title; 'none' keeps the extension's own name. */
export function disguiseTitleKey(disguise: Disguise): string {
  return disguise === 'none' ? 'ext_name' : `lock_disguise_${disguise}_title`;
}

/**
 * The disguise from a stored settings value, read without zod: the popup decides what
 * to paint first from this, and must never paint the real popup of a disguised
 * extension, not even for one frame. Anything odd reads as the defaults.
 */
export function discretionOf(rawSettings: unknown): { disguise: Disguise; reveal: RevealGesture } {
  const section =
    typeof rawSettings === 'object' && rawSettings !== null ? (rawSettings as { discretion?: unknown }).discretion : undefined;
  const { disguise, reveal } = (typeof section === 'object' && section !== null ? section : {}) as Record<string, unknown>;
  return {
    disguise: (DISGUISES as readonly unknown[]).includes(disguise) ? (disguise as Disguise) : 'none',
    reveal: (REVEAL_GESTURES as readonly unknown[]).includes(reveal) ? (reveal as RevealGesture) : 'three-clicks',
  };
}

export type PinKind = 'digits' | 'passphrase';

/**
 * Whether a disguise's cover can take the PIN in force: the calculator takes digits
 * only, so a calculator with a passphrase would lock the survivor out of the real
 * popup. The one rule for the settings page, the welcome step and a settings file.
 */
export function disguiseTakesPin(disguise: Disguise, pinKind: PinKind | undefined): boolean {
  return !(disguise === 'calculator' && pinKind === 'passphrase');
}
