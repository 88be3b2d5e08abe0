/** The corpus plugin's virtual module: where this build's corpus lives. */
declare module 'virtual:talkshelf-corpus' {
  /** URL of the CorpusManifest JSON, relative to the app's base (no leading slash). */
  export const corpusManifestUrl: string;
  /** The corpus version (content hash) this app build was made with. */
  export const corpusVersion: string;
  /** URL of the search index manifest, relative to the app's base (no leading slash). */
  export const searchManifestUrl: string;
}
