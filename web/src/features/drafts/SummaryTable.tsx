// The summary table of a discussion: paragraph, comment, author type, decision and reason, with
// the XLSX and PDF downloads in the reader's language. On a phone each row reads as a card (the
// table's cells stack), so nothing scrolls sideways at 390 px. Comments hidden by moderation are
// not proposals on the draft and are left out, as in the files.
import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { summaryUrl, type DraftComment, type DraftDetail } from './hooks';

export function authorText(t: (key: never, options?: object) => string, c: DraftComment): string {
  const type = t(`drafts.author.${c.author_type}` as never);
  return c.author_type === 'organisation' && c.organisation ? `${type} (${c.organisation})` : type;
}

export function SummaryTable({ draft }: { draft: DraftDetail }) {
  const { t, i18n } = useTranslation();
  const comments = draft.comments.filter((c) => !c.hidden);
  return (
    <section aria-labelledby="summary">
      <Title order={2} size="h3" id="summary">
        {t('drafts.summary.title')}
      </Title>
      <Group gap="md" my="xs">
        <Anchor href={summaryUrl(draft.id, 'xlsx', i18n.language)} download>
          {t('drafts.summary.xlsx')}
        </Anchor>
        <Anchor href={summaryUrl(draft.id, 'pdf', i18n.language)} download>
          {t('drafts.summary.pdf')}
        </Anchor>
      </Group>
      {comments.length === 0 ? (
        <Text>{t('drafts.summary.empty')}</Text>
      ) : (
        <Table className="drafts-summary" withTableBorder layout="fixed" data-testid="summary-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('drafts.summary.paragraph')}</Table.Th>
              <Table.Th>{t('drafts.summary.comment')}</Table.Th>
              <Table.Th>{t('drafts.summary.author')}</Table.Th>
              <Table.Th>{t('drafts.summary.decision')}</Table.Th>
              <Table.Th>{t('drafts.summary.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comments.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td data-label={t('drafts.summary.paragraph')}>
                  <Anchor href={`#p${String(c.paragraph_number)}`}>{c.paragraph_number}</Anchor>
                </Table.Td>
                <Table.Td data-label={t('drafts.summary.comment')} style={{ overflowWrap: 'anywhere' }}>
                  {c.text}
                </Table.Td>
                <Table.Td data-label={t('drafts.summary.author')} style={{ overflowWrap: 'anywhere' }}>
                  {authorText(t as never, c)}
                </Table.Td>
                <Table.Td data-label={t('drafts.summary.decision')}>
                  {c.decision ? t(`drafts.decision.${c.decision}`) : t('drafts.decision.none')}
                </Table.Td>
                <Table.Td data-label={t('drafts.summary.reason')} style={{ overflowWrap: 'anywhere' }}>
                  <Stack gap={0}>{c.reason}</Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
