import type { Lead } from '@aura-kit/client'
import { DataGrid, type GridColDef } from '@mui/x-data-grid'
import '../page.css'
import { BENCH_COLUMNS } from '../columns.ts'
import { startPage } from '../startPage.tsx'

const columns: GridColDef<Lead>[] = BENCH_COLUMNS.map((column) => ({
  field: column.id,
  headerName: column.header,
  width: 150,
  valueGetter: (_value, lead) => column.value(lead),
}))

// The MIT DataGrid always paginates, at most 100 rows a page: the page shows the first 100.
startPage('mui', (leads) => (
  <div className="grid-box">
    <DataGrid
      rows={leads}
      columns={columns}
      initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
      pageSizeOptions={[100]}
    />
  </div>
))
