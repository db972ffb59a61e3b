import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { forecastFor, type DayForecast } from '@/lib/lock/cover-weather';
import { t } from '../../i18n';

const SYMBOL: Record<DayForecast['condition'], string> = { sunny: '☀', partly: '⛅', cloudy: '☁', showers: '🌦', rain: '🌧' };

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
      <span class="cover__symbol" aria-hidden="true">
        {SYMBOL[forecast.condition]}
      </span>
      <span>{t(`lock_cover_weather_${forecast.condition}`)}</span>
      <span class="cover__range">{t('lock_cover_weather_range', [String(forecast.high), String(forecast.low)])}</span>
    </div>
  );
}
