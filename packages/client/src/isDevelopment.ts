// Bundlers replace `process.env.NODE_ENV` textually; declared here so the build needs no Node types.
declare const process: { env: { NODE_ENV?: string } }

/** True outside production builds; false in a browser page that has no `process` at all. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return false
  }
}
