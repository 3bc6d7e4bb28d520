import { BOX, FOCUS_RING, type Measure, TEXT } from './computedStyles.ts'
import type { Slot } from './KitPage.tsx'

/** A named element of one component and what to read from it. */
export interface Probe {
  slot: Slot
  /** The slot whose page area holds the element, when not `slot` (a popover in a table's root). */
  within?: Slot
  name: string
  selector: string
  measures: readonly Measure[]
}

const ALL = [...TEXT, ...BOX]
const ROW = ['box.y', 'box.height', 'box-sizing', 'border-bottom-width', 'transform', 'position']

const tableProbes = (slot: Slot): Probe[] => [
  { slot, name: 'header cell', selector: 'th.aura-header-cell:nth-child(2)', measures: ALL },
  {
    slot,
    name: 'body cell',
    selector: 'tr[data-row-index="0"] td:nth-child(2)',
    measures: [...ALL, 'box.x', 'white-space', 'text-overflow'],
  },
  { slot, name: 'first row', selector: 'tr[data-row-index="0"]', measures: ROW },
  { slot, name: 'second row', selector: 'tr[data-row-index="1"]', measures: ROW },
  { slot, name: 'row checkbox', selector: 'tr[data-row-index="0"] input', measures: BOX },
  { slot, name: 'status badge', selector: '.aura-badge', measures: ALL },
  { slot, name: 'scroll area', selector: '.aura-scroll', measures: [...BOX, 'box.overflow-x'] },
  { slot, name: 'grid', selector: 'table.aura-grid', measures: [...BOX, 'border-collapse'] },
  { slot, name: 'Export button', selector: '.aura-toolbar .aura-button', measures: ALL },
  { slot, name: 'Columns button', selector: '.aura-column-menu-trigger', measures: ALL },
]

export const PROBES: readonly Probe[] = [
  ...tableProbes('leads'),
  { slot: 'leads', name: 'sort button', selector: '.aura-sort-button', measures: ALL },
  { slot: 'leads', name: 'sorting note', selector: '.aura-note', measures: ALL },
  { slot: 'leads', name: 'email link', selector: 'td a.aura-link', measures: TEXT },
  ...tableProbes('calls'),
  ...tableProbes('leads-live'),
  { slot: 'leads-live', name: 'field label', selector: '.aura-field-label', measures: ALL },
  { slot: 'leads-live', name: 'status select', selector: 'select.aura-select', measures: ALL },
  // A native select's list is drawn by the browser from its options' computed styles.
  {
    slot: 'leads-live',
    name: 'status option',
    selector: 'select.aura-select option:nth-child(2)',
    measures: TEXT,
  },
  { slot: 'leads-live', name: 'filter input', selector: '.aura-filter-bar input', measures: ALL },
  {
    slot: 'leads-live',
    name: 'Apply button',
    selector: '.aura-filter-bar button[type="submit"]',
    measures: ALL,
  },
  ...tableProbes('octanist'),
  { slot: 'octanist', name: 'search input', selector: 'input[type="search"]', measures: ALL },
  { slot: 'octanist', name: 'date input', selector: 'input[type="date"]', measures: ALL },
  { slot: 'octanist', name: 'number input', selector: 'input[type="number"]', measures: ALL },
  { slot: 'panel', name: 'panel', selector: '.aura-lead-panel', measures: ALL },
  { slot: 'panel', name: 'title', selector: '.aura-panel-title', measures: ALL },
  { slot: 'panel', name: 'section title', selector: '.aura-panel-section-title', measures: ALL },
  { slot: 'panel', name: 'copy button', selector: '.aura-button-small', measures: ALL },
  { slot: 'panel', name: 'link', selector: '.aura-link', measures: TEXT },
  { slot: 'panel', name: 'field list', selector: '.aura-field-list', measures: BOX },
  { slot: 'panel', name: 'note', selector: '.aura-timeline-item', measures: ALL },
  { slot: 'transcript', name: 'heading', selector: '.aura-transcript-heading', measures: ALL },
  { slot: 'transcript', name: 'recording', selector: 'audio', measures: BOX },
  { slot: 'transcript', name: 'search input', selector: 'input[type="search"]', measures: ALL },
  {
    slot: 'transcript',
    name: 'button',
    selector: '.aura-transcript-panel .aura-button',
    measures: ALL,
  },
  { slot: 'transcript', name: 'shortcut key', selector: 'kbd', measures: ALL },
  {
    slot: 'transcript',
    name: 'speaker checkbox',
    selector: '.aura-transcript-speaker-option input',
    measures: BOX,
  },
  { slot: 'transcript', name: 'segment row', selector: '.aura-transcript-row', measures: ALL },
  { slot: 'transcript', name: 'time button', selector: '.aura-transcript-time', measures: ALL },
  { slot: 'form', name: 'label', selector: '.aura-field-label', measures: ALL },
  { slot: 'form', name: 'email input', selector: 'input[type="email"]', measures: ALL },
  { slot: 'form', name: 'time zone input', selector: 'input[list]', measures: ALL },
  { slot: 'form', name: 'hint', selector: '.aura-field-hint', measures: ALL },
  { slot: 'form', name: 'Attribution toggle', selector: '.aura-disclosure', measures: ALL },
  {
    slot: 'form',
    name: 'Attribution fields (closed)',
    selector: '[role="group"][aria-label="Attribution"]',
    measures: ['display', 'box.height'],
  },
  {
    slot: 'form',
    name: 'Cancel button',
    selector: 'button[type="button"].aura-button',
    measures: ALL,
  },
  { slot: 'form', name: 'submit button', selector: 'button[type="submit"]', measures: ALL },
  {
    slot: 'columns-menu',
    within: 'leads',
    name: 'menu',
    selector: '.aura-menu',
    measures: [...ALL, 'box.x', 'box.y'],
  },
  {
    slot: 'columns-menu',
    within: 'leads',
    name: 'menu item',
    selector: '.aura-menu-item',
    measures: ALL,
  },
  { slot: 'sheet', name: 'overlay', selector: '.aura-sheet-overlay', measures: BOX },
  {
    slot: 'sheet',
    name: 'sheet',
    selector: '.aura-sheet',
    measures: [...ALL, 'position', 'right', 'z-index'],
  },
  { slot: 'sheet', name: 'close button', selector: '.aura-sheet-close', measures: ALL },
  { slot: 'sheet', name: 'title', selector: '.aura-panel-title', measures: ALL },
]

/** An element reached from the keyboard, and the element focused just before the key press. */
export interface FocusProbe {
  slot: Slot
  name: string
  /** Focused programmatically first (a click would leave hover styles behind). */
  from: string
  keys: string
  measures: readonly Measure[]
}

const FOCUSED = ['state.focused', ...FOCUS_RING]

export const FOCUS_PROBES: readonly FocusProbe[] = [
  {
    slot: 'leads',
    name: 'header cell after Tab',
    from: '.aura-column-menu-trigger',
    keys: '{Tab}',
    measures: FOCUSED,
  },
  {
    slot: 'leads',
    name: 'body cell after Tab, ArrowDown',
    from: '.aura-column-menu-trigger',
    keys: '{Tab}{ArrowDown}',
    measures: FOCUSED,
  },
  {
    slot: 'leads-live',
    name: 'Apply button after Tab',
    from: '.aura-filter-bar input[name="assignedToId"]',
    keys: '{Tab}',
    measures: FOCUSED,
  },
  {
    slot: 'leads-live',
    name: 'filter input after Tab',
    from: 'select.aura-select',
    keys: '{Tab}',
    measures: FOCUSED,
  },
  {
    slot: 'leads-live',
    name: 'status select after Shift+Tab',
    from: '.aura-filter-bar input[name="source"]',
    keys: '{Shift>}{Tab}{/Shift}',
    measures: FOCUSED,
  },
  {
    slot: 'form',
    name: 'input after Tab',
    from: 'input[type="email"]',
    keys: '{Tab}',
    measures: FOCUSED,
  },
  {
    slot: 'form',
    name: 'submit button after Tab',
    from: 'button[type="button"].aura-button',
    keys: '{Tab}',
    measures: FOCUSED,
  },
  {
    slot: 'form',
    name: 'Attribution toggle after Tab',
    from: 'input[list]',
    keys: '{Tab}',
    measures: FOCUSED,
  },
]
