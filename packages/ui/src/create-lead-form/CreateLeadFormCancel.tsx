'use client'
import { type ButtonHTMLAttributes, forwardRef } from 'react'
import { cx, type PartProps, partElement } from '../kit/parts.ts'
import { useMessages } from '../kit/useMessages.ts'
import { createForm as createFormEn } from '../messages/en/createForm.ts'

export interface CreateLeadFormCancelProps
  extends ButtonHTMLAttributes<HTMLButtonElement>,
    PartProps {}

/** A plain button labelled "Cancel" in the kit's language; give it the `onClick` that closes. */
export const CreateLeadFormCancel = forwardRef<HTMLButtonElement, CreateLeadFormCancelProps>(
  function CreateLeadFormCancel({ asChild, className, children, ...rest }, ref) {
    const text = useMessages('createForm', createFormEn)
    const Element = partElement('button', asChild)
    return (
      <Element type="button" {...rest} ref={ref} className={cx('aura-button', className)}>
        {asChild ? children : (children ?? text.cancel)}
      </Element>
    )
  },
)
