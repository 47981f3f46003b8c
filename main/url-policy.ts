/** Which URLs Arbiter lets through: the app's own files (and dev server), and web links for the OS browser. */

/** Plain web links, the only URLs handed to the operating system. */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && url.username === '' && url.password === ''
}

/** Arbiter works offline: the page may load its own files and, in development, the dev server. Nothing else. */
export function isAllowedRequest(candidate: string, appPageUrl: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.protocol === 'file:' || url.protocol === 'devtools:' || url.protocol === 'data:') return true
  const app = new URL(appPageUrl)
  if (app.protocol === 'file:') return false
  const sameHost = url.host === app.host
  return sameHost && (url.protocol === app.protocol || url.protocol === 'ws:')
}
