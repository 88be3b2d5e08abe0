/** The filters of the search page (event, year, language, bookmarked only), kept in the URL. */
import { useEffect, useState } from 'preact/hooks';
import { listEvents } from '../../data/corpus-store';
import type { EventRecord, Language } from '../../shared/types';
import { formatDate, languageName } from '../format';
import type { SearchParams } from './search-params';

/** The filter controls; `onChange` gets the params with the filter changed. */
export function SearchFilters({
  params,
  onChange,
}: {
  params: SearchParams;
  onChange: (next: SearchParams) => void;
}) {
  const [events, setEvents] = useState<EventRecord[]>([]);
  useEffect(() => {
    listEvents().then(setEvents, () => setEvents([]));
  }, []);
  const years = [...new Set(events.map((e) => e.date?.slice(0, 4)).filter(Boolean))] as string[];
  years.sort((a, b) => b.localeCompare(a));
  const languages = [...new Set(events.flatMap((e) => e.languages))].filter((l) => l !== 'und');
  const set = (patch: Partial<SearchParams>) => onChange({ ...params, ...patch });

  return (
    <fieldset class="search-filters">
      <legend class="visually-hidden">Filters</legend>
      <label>
        <span>Event</span>
        <select
          value={params.event ?? ''}
          onChange={(e) => set({ event: e.currentTarget.value || undefined })}
        >
          <option value="">All events</option>
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
              {e.date ? ` (${formatDate(e.date)})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Year</span>
        <select
          value={params.year ?? ''}
          onChange={(e) => set({ year: e.currentTarget.value || undefined })}
        >
          <option value="">Any year</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Language</span>
        <select
          value={params.lang ?? ''}
          onChange={(e) =>
            set({ lang: (e.currentTarget.value || undefined) as Language | undefined })
          }
        >
          <option value="">Any language</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l) ?? l}
            </option>
          ))}
        </select>
      </label>
      <label class="search-filters__check">
        <input
          type="checkbox"
          checked={!!params.bookmarked}
          onChange={(e) => set({ bookmarked: e.currentTarget.checked || undefined })}
        />
        <span>Bookmarked only</span>
      </label>
    </fieldset>
  );
}
