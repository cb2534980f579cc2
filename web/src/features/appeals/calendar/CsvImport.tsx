// Paste `day,kind,note` lines; valid pastes are added to the table (not saved yet).
import { Button, List, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import type { CalendarDay } from '../types';
import { parseCalendarCsv, type CsvResult } from './calendar_rows';

export function CsvImport({
  year,
  existing,
  onRows,
}: {
  year: number;
  existing: CalendarDay[];
  onRows: (rows: CalendarDay[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<CsvResult | null>(null);
  return (
    <Stack gap="sm">
      <Textarea
        label={t('appeals.calendar.csv')}
        description={t('appeals.calendar.csvHint')}
        autosize
        minRows={3}
        maxRows={12}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <div>
        <Button
          variant="default"
          disabled={text.trim() === ''}
          onClick={() => {
            const parsed = parseCalendarCsv(text, year, existing);
            setResult(parsed);
            if (parsed.problems.length === 0) {
              onRows(parsed.rows);
              setText('');
            }
          }}
        >
          {t('appeals.calendar.csvAdd')}
        </Button>
      </div>
      <div aria-live="polite">
        {result && result.problems.length === 0 && (
          <FormAlert kind="success">{t('appeals.calendar.csvAdded', { n: result.rows.length })}</FormAlert>
        )}
        {result && result.problems.length > 0 && (
          <FormAlert kind="error" title={t('appeals.calendar.csvProblems')}>
            <List size="sm">
              {result.problems.map((p) => (
                <List.Item key={p.line}>
                  {t('appeals.calendar.csvLine', { line: p.line, problem: t(`appeals.calendar.problem.${p.problem}`) })}
                </List.Item>
              ))}
            </List>
          </FormAlert>
        )}
      </div>
    </Stack>
  );
}
