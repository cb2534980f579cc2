// The report named by the route's :id, for its page and its editor alike: a malformed or unknown id
// is the not-found page, the skeleton while it loads, a localized error if it cannot.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { useVoterReport, type VoterReport } from './hooks';

export function ReportRoute({ render }: { render: (report: VoterReport) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const reportId = id && /^\d{1,15}$/.test(id) ? Number(id) : 0;
  const report = useVoterReport(reportId);
  if (reportId === 0 || (report.isError && isApiError(report.error) && report.error.code === 'not_found')) {
    return <NotFoundPage />;
  }
  if (report.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={3} height={120} />
      </LoadingRegion>
    );
  }
  if (report.isError) return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), report.error).summary}</FormAlert>;
  return render(report.data);
}
