import type { Lead } from '@aura-kit/client'
import { AllCommunityModule, type ColDef, ModuleRegistry } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import '../page.css'
import { BENCH_COLUMN_WIDTH, BENCH_COLUMNS, BENCH_ROW_HEIGHT } from '../columns.ts'
import { startPage } from '../startPage.tsx'

ModuleRegistry.registerModules([AllCommunityModule])

const columnDefs: ColDef<Lead>[] = BENCH_COLUMNS.map((column) => ({
  colId: column.id,
  headerName: column.header,
  width: BENCH_COLUMN_WIDTH,
  valueGetter: (params) => (params.data ? column.value(params.data) : ''),
}))

startPage('aggrid', (leads) => (
  <div className="grid-box">
    <AgGridReact<Lead>
      rowData={leads}
      columnDefs={columnDefs}
      rowHeight={BENCH_ROW_HEIGHT}
      getRowId={(params) => params.data.id}
    />
  </div>
))
