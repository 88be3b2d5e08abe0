/** What a route shows while its data loads, or when the corpus cannot be read. */

/** A placeholder heading while loading; `data-loading` keeps focus management waiting for the real one. */
export function Loading() {
  return (
    <div class="page loading">
      <h1 tabIndex={-1} data-loading="">
        Loading…
      </h1>
    </div>
  );
}

/** The message when no corpus could be loaded (offline on a first visit, say). */
export function CorpusError({ error }: { error: Error }) {
  return (
    <div class="page corpus-error">
      <h1 tabIndex={-1}>Could not load the talks</h1>
      <p>{error.message}</p>
      <p>
        <button type="button" class="button" onClick={() => location.reload()}>
          Try again
        </button>
      </p>
    </div>
  );
}
