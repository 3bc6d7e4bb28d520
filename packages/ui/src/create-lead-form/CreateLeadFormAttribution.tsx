'use client'
import { Collapsible } from 'radix-ui'
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import { useKit } from '../kit/KitContext.tsx'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { createForm as createFormEn } from '../messages/en/createForm.ts'
import { useCreateLeadFormContext } from './CreateLeadFormContext.ts'
import { CreateLeadFormField } from './CreateLeadFormField.tsx'
import { ATTRIBUTION_FIELDS } from './createLeadFormValues.ts'

export interface CreateLeadFormAttributionProps
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** What the open section holds; default a `Field` per attribution key (UTM keys, referrer). */
  children?: ReactNode
}

/**
 * The collapsible Attribution section. Closed, its trigger counts the filled fields; it opens by
 * itself when it starts filled or when one of its fields has an error.
 */
export const CreateLeadFormAttribution = forwardRef<HTMLDivElement, CreateLeadFormAttributionProps>(
  function CreateLeadFormAttribution({ children, className, ...rest }, ref) {
    const { form } = useCreateLeadFormContext('Attribution')
    const { format } = useKit()
    const messages = useMessageSections({ createForm: createFormEn })
    const text = messages.createForm
    const filled = ATTRIBUTION_FIELDS.filter((name) => form.values[name].trim() !== '').length
    return (
      <Collapsible.Root
        {...rest}
        ref={ref}
        open={form.attributionOpen}
        onOpenChange={form.setAttributionOpen}
        className={cx('aura-form-section', className)}
      >
        <Collapsible.Trigger className="aura-disclosure">
          <span className="aura-disclosure-icon" aria-hidden="true">
            ▸
          </span>
          {filled > 0 ? text.attributionFilled(filled, format.integer(filled)) : text.attribution}
        </Collapsible.Trigger>
        <Collapsible.Content className="aura-form-grid" role="group" aria-label={text.attribution}>
          {children ??
            ATTRIBUTION_FIELDS.map((name) => <CreateLeadFormField key={name} name={name} />)}
        </Collapsible.Content>
      </Collapsible.Root>
    )
  },
)
