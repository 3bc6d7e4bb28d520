import { lastDays } from '@aura-kit/hooks'
import { useKit } from '@aura-kit/ui'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useApiClock } from '../connection/useApiClock.ts'
import { useStrings } from '../i18n/LanguageProvider.tsx'
import { PageHeader } from '../layout/PageHeader.tsx'
import { AuraOverview } from '../overview/AuraOverview.tsx'
import { DataSwitch } from '../overview/DataSwitch.tsx'
import { OctanistOverview } from '../overview/OctanistOverview.tsx'
import { PeriodPicker } from '../overview/PeriodPicker.tsx'
import {
  type OverviewData,
  overviewDataFromParams,
  overviewDataToParams,
  type Period,
  periodFromParams,
  periodToParams,
  rangeOf,
} from '../url/periodParams.ts'

/**
 * `/` (`?period=7|30|90` or `?from=&to=`, `?data=octanist`): the dashboard widgets over a
 * period, linking into the tables. Presets count back from the API's today (the embedded
 * mock's clock runs from the date its data is built around).
 */
export function OverviewPage() {
  const strings = useStrings()
  const { timeZone } = useKit()
  const [params, setParams] = useSearchParams()
  const period = useMemo(() => periodFromParams(params), [params])
  const data = overviewDataFromParams(params)
  const clock = useApiClock()
  const today = lastDays(1, timeZone, clock.now).to
  const range = useMemo(() => rangeOf(period, today), [period, today])
  const setPeriod = useCallback(
    (next: Period) => setParams((current) => periodToParams(next, current), { replace: true }),
    [setParams],
  )
  const setData = useCallback(
    (next: OverviewData) =>
      setParams((current) => overviewDataToParams(next, current), { replace: true }),
    [setParams],
  )
  return (
    <div className="demo-page">
      <PageHeader title={strings.overviewTitle} description={strings.overviewDescription} />
      <div className="demo-toolbar">
        <PeriodPicker period={period} range={range} onPeriodChange={setPeriod} />
        <DataSwitch value={data} onValueChange={setData} />
      </div>
      {!clock.ready ? (
        <p className="demo-muted" role="status">
          {strings.readingApiClock}
        </p>
      ) : data === 'octanist' ? (
        <OctanistOverview range={range} />
      ) : (
        <AuraOverview range={range} now={clock.now} />
      )}
    </div>
  )
}
