// The family's data copy is handed to the browser as a file address that must outlive the click.
import { effectScope } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOWNLOAD_ADDRESS_KEPT_MS, useFamilyDataDownload } from '../../../src/family/composables/useFamilyDataDownload'
import { testClock } from '../../support/testClock'

afterEach(() => vi.restoreAllMocks())

describe("downloading the family's data", () => {
  it('keeps the file’s address until long after the click, as Safari on iOS reads it only then', async () => {
    const time = testClock()
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pusterom/copy')
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const scope = effectScope()
    const copy = scope.run(() => useFamilyDataDownload(time))

    await copy?.download()

    expect(clicked).toHaveBeenCalledOnce()
    expect(copy?.failed.value).toBe(false)
    expect(revoke).not.toHaveBeenCalled()
    expect(time.fireNext()).toBe(DOWNLOAD_ADDRESS_KEPT_MS)
    expect(revoke).toHaveBeenCalledWith('blob:pusterom/copy')
    scope.stop()
  })
})
