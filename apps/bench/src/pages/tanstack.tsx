import type { Lead } from '@aura-kit/client'
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import '../page.css'
import { BENCH_COLUMNS } from '../columns.ts'
import { startPage } from '../startPage.tsx'

const features = tableFeatures({})
const helper = createColumnHelper<typeof features, Lead>()
const columns = helper.columns(
  BENCH_COLUMNS.map((column) =>
    helper.accessor((lead) => column.value(lead), { id: column.id, header: column.header }),
  ),
)

function NaiveTable({ leads }: { leads: Lead[] }) {
  const table = useTable({ features, columns, data: leads, getRowId: (lead) => lead.id })
  return (
    <div className="naive-scroll">
      <table className="naive-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

startPage('tanstack', (leads) => <NaiveTable leads={leads} />)
