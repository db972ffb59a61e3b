import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { forecastFor, type DayForecast } from '@/lib/lock/cover-weather';
import { formatNumber, t } from '../../i18n';

const CLOUD = 'M9 19h9a4 4 0 0 0 .4-8 6 6 0 0 0-11.5 1.5A3.3 3.3 0 0 0 9 19z';

/** Drawn here rather than emoji: many systems lack a colour emoji font, and nothing may be fetched. */
function WeatherIcon({ condition }: { condition: DayForecast['condition'] }) {
  const sun = (
    <g stroke="currentColor" stroke-width="1.6" stroke-linecap="round">
      <circle cx="10" cy="10" r="4" fill="none" />
      {[0, 45, 90, 135, 180, 225, 270, 315].map((angle) => (
        <line key={angle} x1="10" y1="2.5" x2="10" y2="4" transform={`rotate(${angle} 10 10)`} />
      ))}
    </g>
  );
  const drops = (count: number) => (
    <g stroke="currentColor" stroke-width="1.6" stroke-linecap="round">
      {Array.from({ length: count }, (_, i) => (
        <line key={i} x1={10 + i * 3.5} y1="21" x2={9 + i * 3.5} y2="23.5" />
      ))}
    </g>
  );
  return (
    <svg class="cover__icon" viewBox="0 0 26 26" width="28" height="28" aria-hidden="true">
      {(condition === 'sunny' || condition === 'partly' || condition === 'showers') && sun}
      {condition !== 'sunny' && <path d={CLOUD} fill="var(--card)" stroke="currentColor" stroke-width="1.6" />}
      {condition === 'showers' && drops(2)}
      {condition === 'rain' && drops(3)}
    </svg>
  );
}

/** A forecast card (made up, from the date; nothing is fetched) with a place search that also takes the PIN. */
export function WeatherCover({
  titleProps,
  onSubmit,
}: {
  titleProps: JSX.HTMLAttributes<HTMLHeadingElement>;
  onSubmit(text: string): Promise<boolean>;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState(false);
  const forecast = forecastFor(new Date());

  const submit = async (event: Event) => {
    event.preventDefault();
    const text = query;
    if (!text) return;
    if (await onSubmit(text)) return;
    setQuery('');
    setNotFound(true);
  };

  return (
    <div class="cover cover--weather">
      <h1 class="cover__title" {...titleProps}>
        {t('lock_cover_weather_title')}
      </h1>
      <form role="search" onSubmit={(e) => void submit(e)}>
        <label class="visually-hidden" for={id}>
          {t('lock_cover_weather_search')}
        </label>
        <input
          id={id}
          class="cover__search"
          type="search"
          autoComplete="off"
          placeholder={t('lock_cover_weather_search')}
          value={query}
          onInput={(e) => (setQuery(e.currentTarget.value), setNotFound(false))}
        />
      </form>
      {notFound && <p class="cover__empty">{t('lock_cover_weather_none')}</p>}
      <Day label={t('lock_cover_weather_today')} forecast={forecast.today} />
      <Day label={t('lock_cover_weather_tomorrow')} forecast={forecast.tomorrow} />
    </div>
  );
}

function Day({ label, forecast }: { label: string; forecast: DayForecast }) {
  return (
    <div class="cover__day">
      <span class="cover__day-name">{label}</span>
      <span class="cover__symbol">
        <WeatherIcon condition={forecast.condition} />
      </span>
      <span>{t(`lock_cover_weather_${forecast.condition}`)}</span>
      <span class="cover__range">{t('lock_cover_weather_range', [formatNumber(forecast.high), formatNumber(forecast.low)])}</span>
    </div>
  );
}
