import type { Lead } from '@aura-kit/client'
import type { ComponentProps } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { CreateLeadForm } from './CreateLeadForm.tsx'
import type { CreateLeadField } from './createLeadFormValues.ts'

describe('CreateLeadForm parts props', () => {
  it('Field takes only the form’s field names', () => {
    expectTypeOf<
      ComponentProps<typeof CreateLeadForm.Field>['name']
    >().toEqualTypeOf<CreateLeadField>()
    // @ts-expect-error not a field of the form
    void ({ name: 'website' } satisfies ComponentProps<typeof CreateLeadForm.Field>)
  })

  it('Root takes the form options and a form element’s props; Submit takes asChild', () => {
    type Root = ComponentProps<typeof CreateLeadForm.Root>
    expectTypeOf<Root['onCreated']>().toEqualTypeOf<((lead: Lead) => void) | undefined>()
    expectTypeOf<Root>().toHaveProperty('autoComplete')
    expectTypeOf<Root['asChild']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<ComponentProps<typeof CreateLeadForm.Submit>['asChild']>().toEqualTypeOf<
      boolean | undefined
    >()
  })

  it('the ready-made form takes kit overrides', () => {
    type Props = ComponentProps<typeof CreateLeadForm>
    expectTypeOf<Props>().toHaveProperty('messages')
    expectTypeOf<Props>().toHaveProperty('locale')
    expectTypeOf<Props>().toHaveProperty('appearance')
  })
})
