/** Selecting text in the reader as a mouse drag would, across highlight spans. */
import type { Page } from '@playwright/test'

/** Selects the first occurrence of `passage` in the reader text; `scroll` brings it into view first. */
export async function selectPassage(page: Page, passage: string, { scroll = false } = {}) {
  await page.getByTestId('reader-text').evaluate(
    (container, { wanted, scroll }) => {
      const start = (container.textContent ?? '').indexOf(wanted)
      if (start < 0) throw new Error(`"${wanted}" is not in the reader`)
      const end = start + wanted.length
      const range = document.createRange()
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
      let offset = 0
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0
        if (start >= offset && start < offset + length) range.setStart(node, start - offset)
        if (end > offset && end <= offset + length) range.setEnd(node, end - offset)
        offset += length
      }
      if (scroll) range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
    },
    { wanted: passage, scroll },
  )
}
