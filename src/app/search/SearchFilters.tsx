/** The filters of the search page (event, year, language, bookmarked only), kept in the URL. */
import { useMemo, useState } from 'preact/hooks';
import { useEveryEvent } from '../routes/use-every-event';
import type { EventRecord, Language } from '../../shared/types';
import { formatDate, languageName } from '../format';
import type { SearchParams } from './search-params';
import { byDateDesc } from '../../data/corpus-store';

/** The events before they are read (one array, so the lists made from it are made once). */
const NO_EVENTS: EventRecord[] = [];

/** Most events offered at once by the event type-ahead. */
const MAX_EVENT_OPTIONS = 20;

/** The filter controls, folded behind one "Filters" control; `onChange` gets the changed params. */
export function SearchFilters({
  params,
  onChange,
}: {
  params: SearchParams;
  onChange: (next: SearchParams) => void;
}) {
  const active = [params.event, params.year, params.lang, params.bookmarked].filter(Boolean).length;
  // The event list (the home page's, read once a session) is only needed once the filters are
  // open: a library not saved offline does not fetch every event file for a search.
  const [opened, setOpened] = useState(active > 0);
  const events = useEveryEvent(undefined, opened).list ?? NO_EVENTS;
  // Worked out once per event list, not on every keystroke (35,000 events): the years, the
  // languages, and each event's label for the type-ahead.
  const { years, languages, labels } = useMemo(() => {
    const years = [...new Set(events.map((e) => e.date?.slice(0, 4)).filter(Boolean))] as string[];
    years.sort((a, b) => b.localeCompare(a));
    const languages = [...new Set(events.flatMap((e) => e.languages))].filter((l) => l !== 'und');
    // Newest first, as the type-ahead offers them (the home page's events come in any order).
    const labels = [...events].sort(byDateDesc).map((event) => {
      const label = event.date ? `${event.title} (${formatDate(event.date)})` : event.title;
      return { event, label, lower: label.toLowerCase() };
    });
    return { years, languages, labels };
  }, [events]);
  const set = (patch: Partial<SearchParams>) => onChange({ ...params, ...patch });

  // The event filter is a type-ahead: only the events matching what is typed become options.
  const chosen = labels.find((l) => l.event.id === params.event);
  const [typed, setTyped] = useState<string>();
  const text = typed ?? chosen?.label ?? '';
  const needle = text.trim().toLowerCase();
  const options =
    needle.length >= 2 && text !== chosen?.label
      ? labels.filter((l) => l.lower.includes(needle)).slice(0, MAX_EVENT_OPTIONS)
      : [];

  return (
    <details
      class="search-filters-fold"
      open={active > 0 || undefined}
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <summary>
        Filters{active > 0 && <span class="search-filters__count"> ({active} on)</span>}
      </summary>
      <fieldset class="search-filters">
        <legend class="visually-hidden">Filters</legend>
        <label>
          <span>Event</span>
          <input
            type="search"
            list="search-event-options"
            placeholder="All events: type to choose one"
            value={text}
            onInput={(e) => {
              const value = e.currentTarget.value;
              setTyped(value);
              const match = labels.find((l) => l.label === value);
              if (match) {
                setTyped(undefined);
                set({ event: match.event.id });
              } else if (!value && params.event) set({ event: undefined });
            }}
          />
          <datalist id="search-event-options">
            {options.map((l) => (
              <option key={l.event.id} value={l.label} />
            ))}
          </datalist>
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
    </details>
  );
}
