// Staff: the applicant's notice of each extension, which must go out within 3 working days of the
// decision (docs/appeals-deadlines.md rule 6): how it goes, by when, and whether it is overdue.
import { Anchor, Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, formatMoment } from '../../../lib/dates';
import { kPaths } from '../../../lib/paths';
import type { Appeal } from '../types';

export function ExtensionNotices({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  const rows = appeal.extensions.filter((e) => e.notice && e.notice.channel !== 'none');
  if (appeal.access !== 'staff' || rows.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-notices-title">
      <Title order={2} size="h3" id="appeal-notices-title" mb="sm">
        {t('appeals.extensionNotice.title')}
      </Title>
      <List spacing="sm" listStyleType="none" ml={0} pl={0}>
        {rows.map((e, index) => {
          const notice = e.notice!;
          return (
            <List.Item key={`${e.decided_on}-${index}`}>
              <Stack gap={2}>
                <Text size="sm">
                  {t('appeals.extensionNotice.decision', {
                    date: formatDay(e.new_due_on, i18n.language),
                    decided: formatDay(e.decided_on, i18n.language),
                  })}
                </Text>
                <Text size="sm">{t(`appeals.extensionNotice.channel.${notice.channel}`)}</Text>
                {notice.sent_at ? (
                  <Text size="sm">{t('appeals.extensionNotice.sent', { at: formatMoment(notice.sent_at, i18n.language) })}</Text>
                ) : notice.overdue ? (
                  <Badge color="red.9" variant="filled" data-testid="notice-overdue">
                    {t('appeals.extensionNotice.overdue', { date: formatDay(notice.due_on, i18n.language) })}
                  </Badge>
                ) : (
                  <Text size="sm">{t('appeals.extensionNotice.dueBy', { date: formatDay(notice.due_on, i18n.language) })}</Text>
                )}
                {notice.channel === 'letter' && !notice.sent_at && (
                  <Anchor component={Link} to={kPaths.staffTasks} size="sm">
                    {t('appeals.extensionNotice.toTasks')}
                  </Anchor>
                )}
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
