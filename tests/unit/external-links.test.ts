import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from '../../main/external-links'

describe('external links', () => {
  it('opens only plain http(s) links', () => {
    expect(isSafeExternalUrl('https://example.org/benchmarks?x=1')).toBe(true)
    expect(isSafeExternalUrl('http://example.org')).toBe(true)
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'data:text/html,hi', 'https://user:pw@example.org', 'not a url', '']) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })
})
