/** Labels for the status values each resource uses; unknown values show as they are. */
export const statuses = {
  lead: {
    new: 'New',
    contacted: 'Contacted',
    booked: 'Booked',
    qualified: 'Qualified',
    disqualified: 'Disqualified',
    won: 'Won',
    lost: 'Lost',
  } as Record<string, string>,
  call: {
    scheduled: 'Scheduled',
    closed: 'Closed',
    not_closed: 'Not closed',
    follow_up: 'Follow-up',
    no_show: 'No-show',
    rescheduled: 'Rescheduled',
    cancelled: 'Cancelled',
    completed: 'Completed',
  } as Record<string, string>,
  payment: {
    none: 'No payments',
    pending: 'Pending',
    partial: 'Partially paid',
    partially_paid: 'Partially paid',
    paid: 'Paid',
    refunded: 'Refunded',
    failed: 'Failed',
  } as Record<string, string>,
  octanist: {
    open: 'Open',
    qualified: 'Qualified',
    won: 'Won',
    lost: 'Lost',
  } as Record<string, string>,
}
