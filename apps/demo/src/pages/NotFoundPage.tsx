import { Link } from 'react-router'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'

export function NotFoundPage() {
  const strings = useStrings()
  return (
    <div className="demo-page">
      <PageHeader title={strings.notFoundTitle} description={strings.notFoundDescription} />
      <p>
        <Link to="/leads">{strings.goToLeads}</Link>
      </p>
    </div>
  )
}
