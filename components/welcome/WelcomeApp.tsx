import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import { formatNumber, t } from '../i18n';
import { Toggle } from '../options/controls';
import { CategoryChoices } from '../options/ContentWarningsSection';
import { DecoyField, ShortcutInfo } from '../options/ExitSection';
import { ChosenSiteList, SiteAdder } from '../options/SitesSection';
import { useSettings } from '../options/settings-hooks';
import { useSiteEraser } from '../options/site-erasing';
import { PinSettings } from '../lock/DiscretionSection';
import { useChosenSiteList } from '../lock/use-chosen-sites';
import { PracticePage, PRACTICE_QUERY } from './PracticePage';
import { TryExit } from './TryExit';

interface Step {
  id: string;
  title: string;
  render(settings: Settings): preact.ComponentChildren;
}

/**
 * The first run: three short steps (the optional PIN sits with the sites it protects),
 * every one skippable, each saved as it is changed (through the same controls as the
 * settings page).
 */
export function WelcomeApp() {
  if (new URLSearchParams(location.search).has(PRACTICE_QUERY)) return <PracticePage />;
  return <Welcome />;
}

function Welcome() {
  const settings = useSettings();
  const eraser = useSiteEraser();
  const list = useChosenSiteList();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  const steps: Step[] = [
    {
      id: 'sites',
      title: t('welcome_sites_title'),
      // The optional PIN belongs with the list it protects: the issue allows at most
      // three steps, and a fourth just for the PIN would be one too many.
      render: (s) => (
        <>
          <p>{t('welcome_sites_intro')}</p>
          <SiteAdder sites={list?.sites ?? []} eraser={eraser} />
          <ChosenSiteList sites={list?.sites ?? []} keys={list?.keys ?? {}} />
          <p class="hint">{t('welcome_sites_later')}</p>
          <h3>{t('lock_welcome_title')}</h3>
          <p>{t('lock_welcome_intro')}</p>
          <PinSettings disguise={s.discretion.disguise} />
          {/* Said before any choice is made: the browser's list of extensions shows the
              real name and icon whatever the extension does (issue 16). */}
          <p class="hint">{t('welcome_seen_in_list')}</p>
        </>
      ),
    },
    {
      id: 'exit',
      title: t('welcome_exit_title'),
      render: (s) => (
        <>
          <p>{t('welcome_exit_intro')}</p>
          <DecoyField decoyUrl={s.exit.decoyUrl} />
          <ShortcutInfo />
          <Toggle
            label={t('options_exit_shift')}
            hint={t('options_exit_shift_hint')}
            checked={s.exit.inPageTrigger}
            change={(value) => (c) => ({ ...c, exit: { ...c.exit, inPageTrigger: value } })}
          />
          <TryExit settings={s} />
        </>
      ),
    },
    {
      id: 'warnings',
      title: t('welcome_blur_title'),
      render: (s) => (
        <>
          <p>{t('welcome_blur_intro')}</p>
          <Toggle
            label={t('options_blur_enabled')}
            checked={s.blur.enabled}
            change={(value) => (c) => ({ ...c, blur: { ...c.blur, enabled: value } })}
          />
          <CategoryChoices settings={s} />
        </>
      ),
    },
  ];
  const done = index >= steps.length;

  // Move the focus to the new step's heading, so that a screen reader starts there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  return (
    <div class="page page--welcome">
      <header class="page__header">
        <h1>{t('welcome_title')}</h1>
        <p class="lead">{t('welcome_intro')}</p>
        {!done && (
          <ol class="steps" aria-label={t('welcome_steps_label')}>
            {steps.map((step, i) => (
              <li key={step.id} aria-current={i === index ? 'step' : undefined} class={i === index ? 'steps__current' : undefined}>
                {step.title}
              </li>
            ))}
          </ol>
        )}
      </header>
      <main>
        {done ? (
          <section class="section" aria-labelledby="done-title">
            <h2 id="done-title" ref={heading} tabIndex={-1}>
              {t('welcome_done_title')}
            </h2>
            <p>{t('welcome_done_text')}</p>
            <div class="buttons">
              <button type="button" class="button--primary" onClick={() => void closeThisPage()}>
                {t('welcome_close')}
              </button>
              <a class="button" href={browser.runtime.getURL('/options.html')}>
                {t('welcome_open_settings')}
              </a>
            </div>
          </section>
        ) : settings ? (
          <section class="section" aria-labelledby="step-title">
            <p class="step-count">{t('welcome_step_count', [formatNumber(index + 1), formatNumber(steps.length)])}</p>
            <h2 id="step-title" ref={heading} tabIndex={-1}>
              {steps[index]!.title}
            </h2>
            {steps[index]!.render(settings)}
            <div class="buttons step-buttons">
              {index > 0 && (
                <button type="button" onClick={() => setIndex(index - 1)}>
                  {t('welcome_back')}
                </button>
              )}
              <button type="button" class="button--primary" onClick={() => setIndex(index + 1)}>
                {index === steps.length - 1 ? t('welcome_finish') : t('welcome_next')}
              </button>
            </div>
          </section>
        ) : (
          <p role="status">{t('options_loading')}</p>
        )}
      </main>
      {!done && (
        <footer class="page__footer">
          <button type="button" class="button--link" onClick={() => void closeThisPage()}>
            {t('welcome_skip')}
          </button>
          <p class="hint">{t('welcome_skip_hint')}</p>
        </footer>
      )}
    </div>
  );
}

/** Closes the welcome tab: a page about this extension left open could give the survivor away. */
async function closeThisPage(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id).catch(() => window.close());
  else window.close();
}
