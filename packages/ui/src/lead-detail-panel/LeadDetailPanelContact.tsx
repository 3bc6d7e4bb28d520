'use client'
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import type { PartProps } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import type { AuraMessages } from '../messages/types.ts'
import { mailtoHref, telHref } from '../utils/safeHref.ts'
import { usePanel } from './LeadDetailContext.tsx'
import { hasHostContent, renderPart } from './renderPart.tsx'
import { useAnnouncement } from './useAnnouncement.ts'
import { writeClipboard } from './writeClipboard.ts'

export interface LeadDetailPanelContactProps extends HTMLAttributes<HTMLElement>, PartProps {
  /** Replaces the email and phone rows (the copy announcements' live region stays). */
  children?: ReactNode
}

interface Contact {
  kind: 'email' | 'phone'
  label: string
  value: string
  href: string | undefined
  copy: string
  copied: string
  failed: string
}

function contactsOf(email: unknown, phone: unknown, labels: AuraMessages['leadPanel']): Contact[] {
  const contacts: Contact[] = []
  if (typeof email === 'string' && email.trim() !== '') {
    contacts.push({
      kind: 'email',
      label: labels.email,
      value: email,
      href: mailtoHref(email),
      copy: labels.copyEmail,
      copied: labels.copiedEmail,
      failed: labels.copyEmailFailed,
    })
  }
  if (typeof phone === 'string' && phone.trim() !== '') {
    contacts.push({
      kind: 'phone',
      label: labels.phone,
      value: phone,
      href: telHref(phone),
      copy: labels.copyPhone,
      copied: labels.copiedPhone,
      failed: labels.copyPhoneFailed,
    })
  }
  return contacts
}

/**
 * Email and phone as mailto/tel links (only when they look valid) with copy buttons whose result
 * is announced. Renders nothing when the lead has neither (Aura and Octanist leads alike).
 */
export const LeadDetailPanelContact = forwardRef<HTMLElement, LeadDetailPanelContactProps>(
  function LeadDetailPanelContact({ asChild, children, ...props }, ref) {
    const panel = usePanel()
    const messages = useMessageSections({ leadPanel: leadPanelEn })
    const labels = messages.leadPanel
    const [announcement, announce] = useAnnouncement()
    const record = panel.source === 'aura' ? panel.lead : panel.octanistLead
    const contacts = contactsOf(record.email, record.phone, labels)
    if (contacts.length === 0 && !hasHostContent(asChild, children)) {
      return null
    }
    return renderPart({
      tag: 'section',
      asChild,
      ref,
      className: 'aura-contact-actions',
      props,
      attributes: { role: 'group', 'aria-label': labels.contact },
      children,
      render: (own) => (
        <>
          {own ??
            contacts.map((contact) => (
              <div key={contact.kind} className="aura-contact" data-kind={contact.kind}>
                <span className="aura-field-name">{contact.label}</span>
                {contact.href ? (
                  <a className="aura-link" href={contact.href} dir="auto">
                    {panel.text(contact.value, 320)}
                  </a>
                ) : (
                  <span dir="auto">{panel.text(contact.value, 320)}</span>
                )}
                <button
                  type="button"
                  className="aura-button aura-button-small"
                  aria-label={contact.copy}
                  onClick={async () => {
                    const copied = await writeClipboard(contact.value)
                    announce(copied ? contact.copied : contact.failed)
                  }}
                >
                  {labels.copy}
                </button>
              </div>
            ))}
          <span className="aura-copy-status" role="status">
            {announcement}
          </span>
        </>
      ),
    })
  },
)
