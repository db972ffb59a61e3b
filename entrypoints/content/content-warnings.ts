import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Placeholder until the content-warning module lands (owned by the blurring work). */
export function startContentWarnings(_ctx: ContentScriptContext): void {}
