import {
  CALL_STATUSES,
  LEAD_STATUSES,
  OCTANIST_CLICK_ID_FIELDS,
  OCTANIST_LEAD_SOURCES,
  OCTANIST_LEAD_STATUSES,
} from '@aura-kit/client'
import type { CallFilters, LeadFilters } from '@aura-kit/hooks'
import type { AuraMessages } from '../messages/types.ts'
import type { FilterControl, FilterValues } from './FilterBar.tsx'
import { OCTANIST_FILTER_FIELDS, type OctanistTableFilters } from './octanistFilters.ts'

/** How one resource's filters meet the filter bar: its controls and the mapping both ways. */
export interface FilterSchema<TFilters> {
  /** The controls, labelled in `messages`. */
  controls: (messages: AuraMessages) => readonly FilterControl[]
  /** Filters → the form's values ('' for "any"). */
  toValues: (filters: TFilters) => FilterValues
  /** The form's values → filters, keeping what the form does not show from `previous`. */
  fromValues: (values: FilterValues, previous: TFilters) => TFilters
}

/** Removes undefined, null and '' so filter objects (and query keys) stay canonical. */
export function dropEmpty<T extends object>(filters: T): T {
  return Object.fromEntries(
    Object.entries(filters).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as T
}

const orUndefined = (value: string | undefined) => (value ? value : undefined)

const optionsOf = (values: readonly string[], labels: Record<string, string>) =>
  values.map((value) => ({ value, label: labels[value] ?? value }))

export const LEAD_FILTER_SCHEMA: FilterSchema<LeadFilters> = {
  controls: ({ filters, statuses }) => [
    {
      kind: 'select',
      name: 'status',
      label: filters.status,
      options: optionsOf(LEAD_STATUSES, statuses.lead),
    },
    { kind: 'text', name: 'source', label: filters.source, placeholder: filters.sourcePlaceholder },
    {
      kind: 'user',
      name: 'assignedToId',
      label: filters.assignee,
      placeholder: filters.userIdPlaceholder,
    },
  ],
  toValues: (value) => ({
    status: value.status ?? '',
    source: value.source ?? '',
    assignedToId: value.assignedToId ?? '',
  }),
  fromValues: (next, value) =>
    dropEmpty({
      ...value,
      status: orUndefined(next.status),
      source: orUndefined(next.source),
      assignedToId: orUndefined(next.assignedToId),
    }),
}

export const CALL_FILTER_SCHEMA: FilterSchema<CallFilters> = {
  controls: ({ filters, statuses }) => [
    {
      kind: 'select',
      name: 'status',
      label: filters.status,
      options: optionsOf(CALL_STATUSES, statuses.call),
    },
    {
      kind: 'select',
      name: 'when',
      label: filters.when,
      options: [
        { value: 'upcoming', label: filters.upcoming },
        { value: 'past', label: filters.past },
      ],
    },
    { kind: 'text', name: 'leadId', label: filters.leadId, placeholder: filters.uuidPlaceholder },
    {
      kind: 'user',
      name: 'closerId',
      label: filters.closer,
      placeholder: filters.userIdPlaceholder,
    },
    {
      kind: 'user',
      name: 'setterId',
      label: filters.setter,
      placeholder: filters.userIdPlaceholder,
    },
    {
      kind: 'text',
      name: 'bookingLinkId',
      label: filters.bookingLink,
      placeholder: filters.uuidPlaceholder,
    },
  ],
  toValues: (value) => ({
    status: value.status ?? '',
    when: value.isUpcoming === true ? 'upcoming' : value.isUpcoming === false ? 'past' : '',
    leadId: value.leadId ?? '',
    closerId: value.closerId ?? '',
    setterId: value.setterId ?? '',
    bookingLinkId: value.bookingLinkId ?? '',
  }),
  fromValues: (next, value) =>
    dropEmpty({
      ...value,
      status: orUndefined(next.status),
      isUpcoming: next.when === 'upcoming' ? true : next.when === 'past' ? false : undefined,
      leadId: orUndefined(next.leadId),
      closerId: orUndefined(next.closerId),
      setterId: orUndefined(next.setterId),
      bookingLinkId: orUndefined(next.bookingLinkId),
    }),
}

export const OCTANIST_FILTER_SCHEMA: FilterSchema<OctanistTableFilters> = {
  controls: ({ filters, statuses }) => [
    {
      kind: 'select',
      name: 'status',
      label: filters.status,
      options: optionsOf(OCTANIST_LEAD_STATUSES, statuses.octanist),
    },
    {
      kind: 'select',
      name: 'source',
      label: filters.source,
      options: optionsOf(OCTANIST_LEAD_SOURCES, filters.octanistSources),
    },
    { kind: 'text', inputType: 'date', name: 'createdFrom', label: filters.createdFrom },
    { kind: 'text', inputType: 'date', name: 'createdTo', label: filters.createdTo },
    { kind: 'text', inputType: 'number', name: 'valueMin', label: filters.valueMin },
    { kind: 'text', inputType: 'number', name: 'valueMax', label: filters.valueMax },
    {
      kind: 'select',
      name: 'clickId',
      label: filters.hasClickId,
      // Click ids are the platforms' own parameter names (gclid, fbc…), in every language.
      options: OCTANIST_CLICK_ID_FIELDS.map((value) => ({ value, label: value })),
    },
  ],
  toValues: (value) =>
    Object.fromEntries(
      Object.keys(OCTANIST_FILTER_FIELDS).map((name) => [
        name,
        value[name as keyof OctanistTableFilters] ?? '',
      ]),
    ),
  fromValues: (next) => dropEmpty(next) as OctanistTableFilters,
}
