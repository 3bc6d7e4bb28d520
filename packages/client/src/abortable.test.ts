import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { raceAbort, sleep } from './abortable.ts'

describe('sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('resolves after the delay', async () => {
    let done = false
    const promise = sleep(1000).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await promise
    expect(done).toBe(true)
  })

  it('rejects with the reason and clears its timer when aborted', async () => {
    const controller = new AbortController()
    const promise = sleep(1000, controller.signal)
    const reason = new DOMException('stop', 'AbortError')
    controller.abort(reason)
    await expect(promise).rejects.toBe(reason)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('rejects at once if already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(sleep(1000, controller.signal)).rejects.toBe(controller.signal.reason)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('raceAbort', () => {
  it('passes a value or error through', async () => {
    const signal = new AbortController().signal
    await expect(raceAbort(Promise.resolve(1), signal)).resolves.toBe(1)
    const error = new Error('x')
    await expect(raceAbort(Promise.reject(error), signal)).rejects.toBe(error)
    await expect(raceAbort(Promise.resolve(2), undefined)).resolves.toBe(2)
  })

  it('rejects with the reason even if the promise never settles', async () => {
    const controller = new AbortController()
    const promise = raceAbort(new Promise(() => {}), controller.signal)
    controller.abort('why')
    await expect(promise).rejects.toBe('why')
  })
})
