import { Link } from 'react-router'
import { PageHeader } from '../layout/PageHeader.tsx'

export function NotFoundPage() {
  return (
    <div className="demo-page">
      <PageHeader title="Page not found" description="There is nothing at this address." />
      <p>
        <Link to="/leads">Go to leads</Link>
      </p>
    </div>
  )
}
