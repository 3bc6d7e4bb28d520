import type { Lead, OctanistLead } from '@aura-kit/client'
import type { ComponentProps, ComponentRef } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { useLeadDetail } from './LeadDetailContext.tsx'
import type { LeadDetailPanel } from './LeadDetailPanel.tsx'

type RootProps = ComponentProps<typeof LeadDetailPanel.Root>
type NotesProps = ComponentProps<typeof LeadDetailPanel.Notes>

describe('LeadDetailPanel parts', () => {
  it('take one target at most', () => {
    expectTypeOf<{ leadId: string }>().toExtend<RootProps>()
    expectTypeOf<{ lead: Lead }>().toExtend<RootProps>()
    expectTypeOf<{ octanistLead: OctanistLead }>().toExtend<RootProps>()
    expectTypeOf<{ leadId: string; lead: Lead }>().not.toExtend<RootProps>()
    expectTypeOf<{ lead: Lead; octanistLead: OctanistLead }>().not.toExtend<RootProps>()
  })

  it('take the kit settings as overrides, and the element props of their element', () => {
    expectTypeOf<{ locale: string; currency: string; id: string }>().toExtend<RootProps>()
    expectTypeOf<{ resolveUser: (id: string) => Promise<string> }>().toExtend<RootProps>()
    expectTypeOf<{ asChild: boolean; heading: string; className: string }>().toExtend<NotesProps>()
    expectTypeOf<{ onClick: () => void; 'data-x': string }>().toExtend<NotesProps>()
    expectTypeOf<{ bogus: number }>().not.toExtend<NotesProps>()
  })

  it('forward refs to their elements', () => {
    expectTypeOf<ComponentRef<typeof LeadDetailPanel.Root>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<typeof LeadDetailPanel>>().toEqualTypeOf<HTMLDivElement>()
    expectTypeOf<ComponentRef<typeof LeadDetailPanel.Header>>().toEqualTypeOf<HTMLElement>()
    expectTypeOf<ComponentRef<typeof LeadDetailPanel.Attribution>>().toEqualTypeOf<HTMLElement>()
  })

  it('useLeadDetail narrows on the source', () => {
    const detail = {} as ReturnType<typeof useLeadDetail>
    if (detail.source === 'aura') {
      expectTypeOf(detail.lead).toEqualTypeOf<Lead>()
    } else {
      expectTypeOf(detail.octanistLead).toEqualTypeOf<OctanistLead>()
    }
  })
})
