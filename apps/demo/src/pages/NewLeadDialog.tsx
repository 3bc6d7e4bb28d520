import type { Lead } from '@aura-kit/client'
import { CreateLeadForm } from '@aura-kit/ui'
import { Dialog } from 'radix-ui'
import { useRef, useState } from 'react'
import { useStrings } from '../i18n/LanguageProvider.tsx'

/**
 * "New lead": `CreateLeadForm` in a modal dialog. The form puts the created lead at the top of
 * the loaded lists itself (`useCreateLead`); this closes the dialog and hands the lead on.
 */
export function NewLeadDialog({ onCreated }: { onCreated: (lead: Lead) => void }) {
  const [open, setOpen] = useState(false)
  const strings = useStrings()
  const form = useRef<HTMLFormElement>(null)
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="demo-button demo-button-primary">{strings.newLead}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="demo-overlay" />
        <Dialog.Content
          className="demo-dialog"
          aria-describedby={undefined}
          onOpenAutoFocus={(event) => {
            // Straight to the first field (Email) rather than the Close button before it.
            const first = form.current?.querySelector('input')
            if (first) {
              event.preventDefault()
              first.focus()
            }
          }}
        >
          <div className="demo-dialog-header">
            <Dialog.Title className="demo-dialog-title">{strings.newLead}</Dialog.Title>
            <Dialog.Close className="demo-button">{strings.close}</Dialog.Close>
          </div>
          <CreateLeadForm
            ref={form}
            onCancel={() => setOpen(false)}
            onCreated={(lead) => {
              setOpen(false)
              onCreated(lead)
            }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
