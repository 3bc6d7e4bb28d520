import type { Lead } from '@aura-kit/client'
import { DataGrid, type GridColDef } from '@mui/x-data-grid'
import '../page.css'
import { BENCH_COLUMN_WIDTH, BENCH_COLUMNS, BENCH_ROW_HEIGHT } from '../columns.ts'
import { startPage } from '../startPage.tsx'

const columns: GridColDef<Lead>[] = BENCH_COLUMNS.map((column) => ({
  field: column.id,
  headerName: column.header,
  width: BENCH_COLUMN_WIDTH,
  valueGetter: (_value, lead) => column.value(lead),
}))

// The MIT DataGrid always paginates, at most 100 rows a page (more throws; unpaginated scrolling is
// DataGridPro's): it takes all the rows but shows and scrolls the first 100.
startPage('mui', (leads) => (
  <div className="grid-box">
    <DataGrid
      rows={leads}
      columns={columns}
      rowHeight={BENCH_ROW_HEIGHT}
      initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
      pageSizeOptions={[100]}
    />
  </div>
))
