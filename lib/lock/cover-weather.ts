import { sha256 } from '../crypto/sha256';

/**
 * The weather cover shows a plausible forecast with no network at all (nothing is
 * ever fetched, docs/discretion.md): it changes from day to day and follows the
 * seasons of the northern temperate zone, the same all day long. It names no place.
 */
export const WEATHER_CONDITIONS = ['sunny', 'partly', 'cloudy', 'showers', 'rain'] as const;
export type WeatherCondition = (typeof WEATHER_CONDITIONS)[number];

export interface DayForecast {
  condition: WeatherCondition;
  high: number;
  low: number;
}

function dayForecast(date: Date): DayForecast {
  const day = `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
  const [a = 0, b = 0, c = 0] = sha256(new TextEncoder().encode(day));
  // Warmest in late July, coldest in late January.
  const dayOfYear = Math.floor((date.getTime() - new Date(date.getFullYear(), 0, 1).getTime()) / 86_400_000);
  const season = -Math.cos(((dayOfYear - 20) / 365) * 2 * Math.PI);
  const high = Math.round(13 + 9 * season + (a % 7) - 3);
  return { condition: WEATHER_CONDITIONS[b % WEATHER_CONDITIONS.length]!, high, low: high - 4 - (c % 5) };
}

export function forecastFor(today: Date): { today: DayForecast; tomorrow: DayForecast } {
  const tomorrow = new Date(today);
  tomorrow.setDate(today.getDate() + 1);
  return { today: dayForecast(today), tomorrow: dayForecast(tomorrow) };
}
