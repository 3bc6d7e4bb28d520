import type { Call } from '@aura-kit/client'
import type { ComponentProps, ComponentRef } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import { de } from '../messages/de/index.ts'
import { en } from '../messages/en/index.ts'
import type { CallTranscript } from './CallTranscript.tsx'

type Parts = typeof CallTranscript

describe('CallTranscript parts', () => {
  it('each forwards a ref to the element it renders', () => {
    expectTypeOf<ComponentRef<Parts>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<Parts['Root']>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<Parts['Header']>>().toEqualTypeOf<HTMLDListElement>()
    expectTypeOf<ComponentRef<Parts['SpeakerFilter']>>().toEqualTypeOf<HTMLFieldSetElement>()
    expectTypeOf<ComponentRef<Parts['Export']>>().toEqualTypeOf<HTMLButtonElement>()
    expectTypeOf<ComponentRef<Parts['Follow']>>().toEqualTypeOf<HTMLButtonElement>()
    expectTypeOf<ComponentRef<Parts['List']>>().toEqualTypeOf<HTMLElement>()
  })

  it('the root takes a call or its id, kit settings and its element’s props', () => {
    type RootProps = ComponentProps<Parts['Root']>
    expectTypeOf<{ callId: string; locale: string }>().toExtend<RootProps>()
    expectTypeOf<{ call: Call; messages: typeof de; onKeyDown: () => void }>().toExtend<RootProps>()
    expectTypeOf<{ resolveUser: (id: string) => Promise<string> }>().toExtend<RootProps>()
    expectTypeOf<{ call: string }>().not.toExtend<RootProps>()
    // The ready-made component renders its own parts.
    expectTypeOf<ComponentProps<Parts>>().not.toHaveProperty('children')
  })

  it('asChild where a host brings its own element, and only there', () => {
    expectTypeOf<ComponentProps<Parts['Search']>>().toHaveProperty('asChild')
    expectTypeOf<ComponentProps<Parts['Export']>>().toHaveProperty('asChild')
    expectTypeOf<ComponentProps<Parts['Follow']>>().toHaveProperty('asChild')
    expectTypeOf<ComponentProps<Parts['List']>>().not.toHaveProperty('asChild')
  })

  it('the transcript messages keep their parameters in every catalogue', () => {
    expectTypeOf(en.transcript.matchCount).parameters.toEqualTypeOf<
      [count: number, formatted: string]
    >()
    expectTypeOf(de.transcript.matchPosition).returns.toEqualTypeOf<string>()
    expectTypeOf(de.transcript).toEqualTypeOf(en.transcript)
  })
})
