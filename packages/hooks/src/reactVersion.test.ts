import { version } from 'react'
import { version as domVersion } from 'react-dom'
import { expect, inject, it } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    reactMajor: string
  }
}

it('runs on the React major this project is meant to test', () => {
  expect(version.split('.')[0]).toBe(inject('reactMajor'))
  expect(domVersion).toBe(version)
})
