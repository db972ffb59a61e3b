import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ExitButton } from '@/components/ExitButton';
import { SiteSwitches } from '@/components/SiteSwitches';
import { HelpPanel } from '@/components/help/HelpPanel';
import { countryFromLocale } from '@/lib/help/locale';
import { formatNumber, t } from '@/components/i18n';
import { sendToBackground } from '@/lib/platform/messaging';
import { InvalidSettingsError, loadSettings, updateSettings, watchSettings } from '@/lib/platform/settings-store';
import { removeChosenSiteByKey } from '@/lib/platform/chosen-sites';
import type { Settings } from '@/lib/settings/schema';
import { addSite, hostOfUrl, siteMatchesHost, siteOfPageHost } from '@/lib/sites';
import { saveChosenSite, usePopupSites } from '@/components/lock/use-chosen-sites';
import { plainProblem } from '@/components/options/settings-hooks';
import { ResetNotice } from '@/components/lock/ResetNotice';

/** The host of the tab the survivor was looking at when they opened the popup. */
async function currentHost(): Promise<string | undefined> {
  // The last focused *normal* window: the popup itself is not one, so this also finds
  // the right tab when the popup is opened in its own window.
  const win = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  const [tab] = await browser.tabs.query(
    win?.id !== undefined ? { active: true, windowId: win.id } : { active: true, lastFocusedWindow: true },
  );
  return tab?.url ? hostOfUrl(tab.url) : undefined;
}

/** A failure's reasons in the settings page's plain words, never a schema path. */
function problemText(error: unknown): string {
  return error instanceof InvalidSettingsError ? error.problems.map(plainProblem).join(' ') : '';
}

export function App() {
  const [settings, setSettings] = useState<Settings>();
  // The page's host, and the site named for it: the host without "www.", never wider
  // (on www.gov.uk that is www.gov.uk, never all of gov.uk; lib/sites.ts).
  const [host, setHost] = useState<string>();
  const site = host && siteOfPageHost(host);
  const [status, setStatus] = useState<string>();
  // What the survivor just asked for, shown until the stored list says the same, so the
  // switch does not flick back while the site is being added or removed.
  const [wantHidden, setWantHidden] = useState<boolean>();
  // Whether this site is chosen comes from the site keys: it works with the list locked.
  const chosenSites = usePopupSites();

  useEffect(() => {
    void loadSettings().then(setSettings);
    void currentHost().then(setHost);
    return watchSettings(setSettings);
  }, []);

  const exit = () => {
    // The background answers at once (before it changes any tab); closing the popup
    // before the message is out could lose it.
    void sendToBackground({ type: 'exit-now', trigger: 'popup' }).finally(() => window.close());
  };

  // Asked of the page's own host: whether its visits are hidden, whichever chosen site
  // (the whole site, or one subdomain) covers it.
  const chosen = chosenSites && host ? chosenSites.index.matchHost(host) : undefined;
  // With a PIN, adding a site needs no PIN but taking one off the list does (the settings page).
  const locked = !!chosen && !!chosenSites?.pinSet;
  useEffect(() => {
    if (wantHidden !== undefined && wantHidden === !!chosen) setWantHidden(undefined);
  }, [wantHidden, chosen]);
  // As the content script decides it: a paused site covering this page's host.
  const paused = settings && host ? settings.blur.pausedSites.some((s) => siteMatchesHost(s, host)) : false;

  const setHidden = async (hide: boolean) => {
    if (!site) return;
    setWantHidden(hide);
    if (hide) {
      // Refused (a shared ending such as gov.uk, the neutral page on this site): nothing
      // was changed, said in the settings page's plain words.
      const problems = await saveChosenSite(site);
      if (problems.length) {
        setWantHidden(undefined);
        return setStatus(t('popup_switch_failed', problems.join(' ')));
      }
      setStatus(t('popup_hidden_working'));
      try {
        const summary = await sendToBackground({ type: 'erase-site-history', site });
        setStatus(t('popup_hidden_done', formatNumber(summary.removed)));
      } catch {
        // The site is on the list (new visits are removed); only the earlier ones are not.
        setStatus(t('popup_erase_failed', site));
      }
    } else if (chosen && !locked) {
      try {
        await removeChosenSiteByKey(chosen);
        setStatus(t('popup_unhidden'));
      } catch (error) {
        setWantHidden(undefined);
        setStatus(t('popup_switch_failed', problemText(error)));
      }
    }
  };

  const setPaused = async (pause: boolean) => {
    if (!site) return;
    try {
      await updateSettings((s) => ({
        ...s,
        blur: {
          ...s.blur,
          pausedSites: pause ? addSite(s.blur.pausedSites, site) : s.blur.pausedSites.filter((p) => !siteMatchesHost(p, host ?? site)),
        },
      }));
    } catch (error) {
      setStatus(t('popup_switch_failed', problemText(error)));
    }
  };

  // The survivor's choice, else the region of the browser's language; never the network.
  const country = settings?.help.country ?? countryFromLocale(browser.i18n.getUILanguage()) ?? countryFromLocale(navigator.language);
  const setCountry = (code: string) => void updateSettings((s) => ({ ...s, help: { ...s.help, country: code } })).catch(() => undefined);
  const openWebsite = (url: string) => {
    void sendToBackground({ type: 'open-help-site', url }).finally(() => window.close());
  };

  return (
    <main class="popup">
      <ExitButton onExit={exit} />
      <ResetNotice />
      {settings && chosenSites && (
        <SiteSwitches
          site={site}
          hidden={wantHidden ?? !!chosen}
          locked={locked}
          blurPaused={paused}
          onHiddenChange={(v) => void setHidden(v)}
          onBlurPausedChange={(v) => void setPaused(v)}
          status={status}
        />
      )}
      {/* Not waiting for settings: the help lines are part of the first screen. */}
      <HelpPanel
        country={country}
        onCountryChange={setCountry}
        onOpenWebsite={openWebsite}
        // "Take a moment" on a blurred passage opens this page in a tab at the exercises.
        initialView={location.hash === '#grounding' ? 'breathe' : undefined}
      />
      <footer class="popup__footer">
        <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage(), window.close())}>
          {t('popup_settings_link')}
        </a>
      </footer>
    </main>
  );
}
