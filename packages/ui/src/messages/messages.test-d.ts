import { describe, expectTypeOf, it } from 'vitest'
import { de } from './de/index.ts'
import { en } from './en/index.ts'
import type { AuraMessages, MessagesOverride } from './types.ts'

describe('messages', () => {
  it('a catalogue has every section and key of the English one', () => {
    expectTypeOf(de).toEqualTypeOf<AuraMessages>()
    expectTypeOf(en).toExtend<AuraMessages>()
    // @ts-expect-error a catalogue missing a section is not a catalogue
    const partial: AuraMessages = { language: 'fr', common: en.common }
    expectTypeOf(partial).toExtend<AuraMessages>()
  })

  it('an override may carry any subset of a section, and nothing that is not a message', () => {
    expectTypeOf({ common: { retry: 'Nochmal' } }).toExtend<MessagesOverride>()
    expectTypeOf(de).toExtend<MessagesOverride>()
    // @ts-expect-error unknown sections are rejected
    const unknownSection: MessagesOverride = { comon: { retry: 'x' } }
    // @ts-expect-error a string where a message takes arguments is rejected
    const wrongShape: MessagesOverride = { common: { requestId: 'Request id' } }
    expectTypeOf(unknownSection).toExtend<MessagesOverride>()
    expectTypeOf(wrongShape).toExtend<MessagesOverride>()
  })

  it('parameterised messages keep their parameters', () => {
    expectTypeOf(en.common.requestId).parameters.toEqualTypeOf<[id: string]>()
    expectTypeOf(en.common.requestId).returns.toEqualTypeOf<string>()
  })
})
