/**
 * Today's calendar date (YYYY-MM-DD in local time), kept current: a window left open over
 * midnight, or woken from sleep, must not go on calling yesterday "today".
 */
import { useEffect, useState } from 'react';
import { localCalendarDate } from '../../../shared/domain/calendar';

const CHECK_EVERY_MS = 60_000;

export function useToday(): string {
  const [today, setToday] = useState(() => localCalendarDate(new Date()));
  useEffect(() => {
    const refresh = () => setToday(localCalendarDate(new Date()));
    const timer = window.setInterval(refresh, CHECK_EVERY_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  return today;
}
