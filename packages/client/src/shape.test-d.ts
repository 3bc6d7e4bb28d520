import type * as v from 'valibot'
import { expectTypeOf, test } from 'vitest'
import type { Call, callSchema } from './call.ts'
import type { Lead, leadSchema } from './lead.ts'
import type { OctanistLead, octanistLeadSchema } from './octanist-lead.ts'

/** The same type with every object written flat, so an intersection and its merge compare equal. */
type Flat<T> = T extends readonly (infer Item)[]
  ? Flat<Item>[]
  : T extends object
    ? { [Key in keyof T]: Flat<T[Key]> }
    : T

test('a shape parses to the output type of the valibot schema built from it', () => {
  expectTypeOf<Flat<Lead>>().toEqualTypeOf<Flat<v.InferOutput<typeof leadSchema>>>()
  expectTypeOf<Flat<Call>>().toEqualTypeOf<Flat<v.InferOutput<typeof callSchema>>>()
  expectTypeOf<Flat<OctanistLead>>().toEqualTypeOf<Flat<v.InferOutput<typeof octanistLeadSchema>>>()
  expectTypeOf<Flat<NonNullable<Lead['metadata']>>>().toEqualTypeOf<
    Flat<NonNullable<v.InferOutput<typeof leadSchema>['metadata']>>
  >()
})
