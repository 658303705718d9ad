import type { FuelSurcharge } from './schema';

/** A fuel figure's period as inclusive ISO days: a month covers its 1st to "31st" (string order is enough). */
export function fuelPeriod(fuel: Pick<FuelSurcharge, 'month' | 'from' | 'to'>): {
  key: string;
  start: string;
  end: string;
} {
  if (fuel.month) return { key: fuel.month, start: `${fuel.month}-01`, end: `${fuel.month}-31` };
  return { key: `${fuel.from}–${fuel.to}`, start: fuel.from ?? '', end: fuel.to ?? '' };
}

/** Fuel figures in order of their start day (a month sorts with the weeks that start in it). */
export function sortFuel<T extends Pick<FuelSurcharge, 'month' | 'from' | 'to'>>(fuel: readonly T[]): T[] {
  return [...fuel].sort((a, b) => fuelPeriod(a).start.localeCompare(fuelPeriod(b).start));
}
