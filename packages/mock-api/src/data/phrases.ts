export const NOTE_LINES: readonly string[] = [
  'Left a voicemail, will try again on Thursday morning.',
  'Asked for pricing for a team of 25; sent the deck.',
  'Very interested, but the budget is only approved next quarter.',
  'Decision maker is the COO, needs to join the next call.',
  'Already uses a competitor, contract ends in March.',
  'Requested a case study from their industry.',
  'No answer twice. Sent a follow-up email with the booking link.',
  'Wants to start with a pilot for one region.',
  'Mentioned they found us through a podcast ad.',
  'Concerned about onboarding time; promised a migration plan.',
  'Asked whether we integrate with HubSpot and Salesforce.',
  'Prefers WhatsApp over email for follow-ups.',
  'Signed the proposal, waiting for the first payment.',
  'Payment failed, card expired. Sent an update link.',
  'Referred by an existing customer (Northwind Labs).',
  'Not a fit right now: solo founder, no sales team yet.',
  'Rescheduled because of a public holiday.',
  'Great call. Sending the contract tomorrow.',
]

export const CLOSER_LINES: readonly string[] = [
  'Thanks for making the time today, how has your week been?',
  'Before we dive in, could you walk me through how your team handles leads today?',
  'What made you book this call now rather than a few months ago?',
  'How many calls does your team take in a typical week?',
  'And who else would be involved in a decision like this?',
  'That makes sense. What happens to the leads that do not book right away?',
  'Let me share my screen and show you how the pipeline view works.',
  'Most of our customers see their show-up rate improve within the first month.',
  'What would it mean for the business if you closed five more deals a month?',
  'Our standard plan is billed annually, and onboarding is included.',
  'Is there anything that would stop you from moving forward today?',
  'I can send over the proposal right after this call.',
  'Would it help if I set up a short call with our onboarding team?',
  'Just to recap: you want better attribution and fewer no-shows, right?',
  'How are you measuring the return on your ad spend at the moment?',
  'Great, I will put a hold on the Tuesday slot for the kickoff.',
]

export const PROSPECT_LINES: readonly string[] = [
  'Sure, happy to. Right now it is mostly spreadsheets and a shared inbox.',
  'We get about forty inbound leads a week, mostly from Google and Meta ads.',
  'Honestly, our follow-up is the weak spot. Leads go cold within days.',
  'My co-founder would need to sign off on anything above ten thousand.',
  'We tried another tool last year but the team never really adopted it.',
  'That looks a lot cleaner than what we have.',
  'How long does the setup usually take?',
  'What does the pricing look like for a team of six?',
  'I like it, but I need to check the budget with finance first.',
  'Can it pull in the UTM data from our booking forms?',
  'We are based in two time zones, so scheduling is always messy.',
  'That would be a huge win for us, to be honest.',
  'Could you send me a few references from agencies like ours?',
  'Yes, let us do it. Send over the paperwork.',
  'I am not sure yet. Can we talk again next week?',
  'The show-up rate is maybe sixty percent on a good week.',
]

export const THIRD_SPEAKER_LINES: readonly string[] = [
  'Sorry, jumping in late. I handle finance on our side.',
  'Could you clarify the payment terms?',
  'We would need a data processing agreement before signing.',
  'Monthly billing would be easier for us this year.',
]

export const SUMMARIES: readonly string[] = [
  'Prospect runs paid acquisition on Google and Meta and struggles with follow-up speed.',
  'Discussed the pipeline view, attribution and automated reminders.',
  'Main objection was budget timing; decision expected within two weeks.',
  'Prospect agreed to a pilot and asked for a proposal.',
  'Co-founder must approve; a second call was proposed.',
  'Strong fit: high lead volume and a dedicated setter team.',
  'Deal closed on the call; onboarding to be scheduled.',
]

export const ACTION_ITEM_TITLES: readonly string[] = [
  'Send proposal',
  'Share case study',
  'Book follow-up with decision maker',
  'Send contract for signature',
  'Set up onboarding kickoff',
  'Confirm budget with finance',
  'Send integration documentation',
]

export const FORM_QUESTIONS: readonly {
  field_id: string
  label: string
  answers: readonly unknown[]
}[] = [
  {
    field_id: 'budget',
    label: 'What is your budget?',
    answers: ['< $1,000', '$1,000 – $5,000', '$5,000 – $20,000', '$20,000+', 15000, null],
  },
  {
    field_id: 'team_size',
    label: 'How many people are on your sales team?',
    answers: [1, 3, 5, 12, 40, '50+'],
  },
  {
    field_id: 'challenge',
    label: 'What is your biggest challenge right now?',
    answers: ['Lead follow-up', 'Show-up rate', 'Attribution', 'Hiring closers', 'Not sure yet'],
  },
  {
    field_id: 'channels',
    label: 'Where do your leads come from?',
    answers: [['google', 'meta'], ['linkedin'], ['referrals', 'events'], []],
  },
  { field_id: 'consent', label: 'I agree to be contacted', answers: [true, false] },
]

export const DISQUALIFICATION_TRIGGERS: readonly { key: string; label: string; value: unknown }[] =
  [
    { key: 'budget', label: 'What is your budget?', value: '< $1,000' },
    { key: 'team_size', label: 'How many people are on your sales team?', value: 0 },
    { key: 'country', label: 'Where is your business based?', value: 'Antarctica' },
    { key: 'role', label: 'What is your role?', value: 'Student' },
    { key: 'timeline', label: 'When do you want to start?', value: null },
  ]

export const LOSS_REASONS: readonly string[] = [
  'Too expensive',
  'Chose a competitor',
  'No budget',
  'Timing',
  'No response',
  'Not a fit',
]

export const CONVERSION_NAMES: readonly string[] = [
  'Contact Form',
  'Demo Request',
  'Purchase',
  'Quote Request',
  'Newsletter Signup',
  'Phone Call',
]
