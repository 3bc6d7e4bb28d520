'use client'
import { mailtoHref, telHref } from '../utils/safeHref.ts'
import { displayValue } from './displayValue.ts'
import { useAnnouncement } from './useAnnouncement.ts'
import { writeClipboard } from './writeClipboard.ts'

interface Contact {
  kind: 'email' | 'phone'
  label: string
  value: string
  href: string | undefined
}

function contactsOf(email: unknown, phone: unknown): Contact[] {
  const contacts: Contact[] = []
  if (typeof email === 'string' && email.trim() !== '') {
    contacts.push({ kind: 'email', label: 'Email', value: email, href: mailtoHref(email) })
  }
  if (typeof phone === 'string' && phone.trim() !== '') {
    contacts.push({ kind: 'phone', label: 'Phone', value: phone, href: telHref(phone) })
  }
  return contacts
}

/** Email and phone as mailto/tel links (only when they look valid) with copy buttons. */
export function ContactActions({ email, phone }: { email: unknown; phone: unknown }) {
  const [announcement, announce] = useAnnouncement()
  const contacts = contactsOf(email, phone)
  return (
    <div className="aura-contact-actions">
      {contacts.map((contact) => (
        <div key={contact.kind} className="aura-contact" data-kind={contact.kind}>
          <span className="aura-field-name">{contact.label}</span>
          {contact.href ? (
            <a className="aura-link" href={contact.href} dir="auto">
              {displayValue(contact.value, 320)}
            </a>
          ) : (
            <span dir="auto">{displayValue(contact.value, 320)}</span>
          )}
          <button
            type="button"
            className="aura-button aura-button-small"
            aria-label={`Copy ${contact.label.toLowerCase()}`}
            onClick={async () => {
              const copied = await writeClipboard(contact.value)
              announce(
                copied
                  ? `Copied ${contact.label.toLowerCase()}`
                  : `Couldn't copy the ${contact.label.toLowerCase()}`,
              )
            }}
          >
            Copy
          </button>
        </div>
      ))}
      <span className="aura-copy-status" role="status">
        {announcement}
      </span>
    </div>
  )
}
