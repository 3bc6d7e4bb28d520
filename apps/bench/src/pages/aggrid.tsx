import type { Lead } from '@aura-kit/client'
import { AllCommunityModule, type ColDef, ModuleRegistry } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import '../page.css'
import { BENCH_COLUMNS } from '../columns.ts'
import { startPage } from '../startPage.tsx'

ModuleRegistry.registerModules([AllCommunityModule])

const columnDefs: ColDef<Lead>[] = BENCH_COLUMNS.map((column) => ({
  colId: column.id,
  headerName: column.header,
  width: 150,
  valueGetter: (params) => (params.data ? column.value(params.data) : ''),
}))

startPage('aggrid', (leads) => (
  <div className="grid-box">
    <AgGridReact<Lead> rowData={leads} columnDefs={columnDefs} getRowId={(p) => p.data.id} />
  </div>
))
