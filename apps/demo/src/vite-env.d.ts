/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Aura API root the build starts with instead of the embedded mock. Never a token. */
  readonly VITE_AURA_API_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
