/**
 * The home page's order and filters (kind, tag, year, each with its count) and the places to jump
 * to. On a phone they fold behind one "Sort and filter" control; every choice lives in the URL.
 */
import type { EventKind, HomeFacets, HomeJump } from '../../shared/types';
import { plural } from '../format';
import type { HomeParams, HomeSort } from './home-params';
import { homeFiltered } from './home-params';

/** Most tags offered by the type-ahead (the most used). */
const MAX_TAG_OPTIONS = 300;

const SORT_LABELS: Record<HomeSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'By title',
};

/** Props: the current params, the facets over every event, how many events show, and the jumps. */
export interface HomeControlsProps {
  params: HomeParams;
  facets: HomeFacets;
  /** Undefined while the list for new params is being made. */
  shown?: number;
  jumps: HomeJump[];
  onChange: (next: HomeParams) => void;
  onJump: (row: number) => void;
}

/** The sort and filter controls, and the jump links. */
export function HomeControls({
  params,
  facets,
  shown,
  jumps,
  onChange,
  onJump,
}: HomeControlsProps) {
  const set = (patch: Partial<HomeParams>) => onChange({ ...params, ...patch });
  const summary = `${shown === undefined ? 'Listing events…' : plural(shown, 'event')} · ${SORT_LABELS[params.sort].toLowerCase()}${
    homeFiltered(params) ? ' · filtered' : ''
  }`;
  return (
    <div class="home-controls">
      <details class="home-filters" open={homeFiltered(params) || undefined}>
        <summary>
          Sort and filter <span class="home-filters__summary">{summary}</span>
        </summary>
        <div class="home-filters__body">
          <label>
            Order
            <select
              value={params.sort}
              onChange={(e) => set({ sort: e.currentTarget.value as HomeSort })}
            >
              {Object.entries(SORT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Kind
            <select
              value={params.kind ?? ''}
              onChange={(e) =>
                set({ kind: (e.currentTarget.value || undefined) as EventKind | undefined })
              }
            >
              <option value="">Any kind</option>
              {facets.kinds.map(([kind, count]) => (
                <option key={kind} value={kind}>
                  {kind} ({count})
                </option>
              ))}
            </select>
          </label>
          <label>
            Year
            <select
              value={params.year ?? ''}
              onChange={(e) => set({ year: e.currentTarget.value || undefined })}
            >
              <option value="">Any year</option>
              {facets.years.map(([year, count]) => (
                <option key={year} value={year}>
                  {year === 'undated' ? 'Undated' : year} ({count})
                </option>
              ))}
            </select>
          </label>
          {facets.tags.length > 0 && (
            <label>
              Tag
              <input
                type="search"
                list="home-tags"
                placeholder="Any tag"
                value={params.tag ?? ''}
                // A tag applies once chosen from the list or typed whole; emptied, it clears.
                onChange={(e) => {
                  const value = e.currentTarget.value.trim();
                  if (!value || facets.tags.some(([tag]) => tag === value))
                    set({ tag: value || undefined });
                }}
              />
              <datalist id="home-tags">
                {facets.tags.slice(0, MAX_TAG_OPTIONS).map(([tag, count]) => (
                  <option key={tag} value={tag}>
                    {`${tag} (${count})`}
                  </option>
                ))}
              </datalist>
            </label>
          )}
          {homeFiltered(params) && (
            <button type="button" class="button" onClick={() => onChange({ sort: params.sort })}>
              Clear filters
            </button>
          )}
        </div>
      </details>
      {jumps.length > 1 && (
        <nav class="home-jumps" aria-label="Jump to">
          <ul>
            {jumps.map((jump) => (
              <li key={jump.label}>
                <a
                  href={`#${encodeURIComponent(jump.label)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onJump(jump.row);
                  }}
                >
                  {jump.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
