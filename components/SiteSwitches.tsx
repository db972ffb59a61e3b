import { t } from './i18n';

export interface SiteSwitchesProps {
  /** The current tab's site (host without www.), or undefined on pages that are not web sites. */
  site: string | undefined;
  hidden: boolean;
  blurPaused: boolean;
  /**
   * Set when this site is on a list locked behind the PIN: the switch shows it is on
   * but cannot turn it off (that needs the PIN, in the settings). Adding a site never
   * needs the PIN.
   */
  locked?: boolean;
  onHiddenChange(hidden: boolean): void;
  onBlurPausedChange(paused: boolean): void;
  /** A short calm status line ("Earlier visits removed: 12"). */
  status?: string;
}

/** Quick switches for the site of the current tab. */
export function SiteSwitches({ site, hidden, blurPaused, locked, onHiddenChange, onBlurPausedChange, status }: SiteSwitchesProps) {
  if (!site) return <p class="switches switches--none">{t('popup_switches_no_site')}</p>;
  return (
    <section class="switches" aria-labelledby="switches-title">
      <h2 id="switches-title" class="switches__title">
        {t('popup_switches_title', site)}
      </h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={hidden}
          disabled={locked}
          aria-describedby={locked ? 'switches-locked' : undefined}
          onChange={(e) => onHiddenChange(e.currentTarget.checked)}
        />
        <span>{t('popup_hide_visits')}</span>
      </label>
      {locked && (
        <p class="switches__locked" id="switches-locked">
          {t('lock_popup_locked_hint')}
        </p>
      )}
      <label class="switch">
        <input type="checkbox" checked={blurPaused} onChange={(e) => onBlurPausedChange(e.currentTarget.checked)} />
        <span>{t('popup_pause_blur')}</span>
      </label>
      {status && (
        <p class="switches__status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
