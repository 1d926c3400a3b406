/** The region in force for numbers and dates: the chosen one, or the system's. */
import { setDisplayRegion } from '../../../shared/domain/region';
import { resolveRegion, resolveWeekStart } from '../../../shared/settings';
import { useSettings } from './settings';

const systemLocale = () => navigator.language || 'en-US';

/**
 * Resolves the region and makes it the display region at once, during render, so every
 * component below formats with it on this very render (Intl's own default is the system's).
 */
export function useAppliedRegion(): string {
  const region = resolveRegion({ region: useSettings((s) => s.region) }, systemLocale());
  setDisplayRegion(region);
  return region;
}

/** The region and first day of the week, for code outside React (exports, updates). */
export function currentRegionSettings() {
  const settings = useSettings.getState();
  const region = resolveRegion(settings, systemLocale());
  return { region, weekStart: resolveWeekStart(settings, region) };
}
