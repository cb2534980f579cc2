// A month as a grid of days (Monday first); a day with events is a button that shows them below.
// Seven narrow columns fit a 390 px phone: the cells hold the day's number and how many events.
import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { monthWeeks } from './month';
import classes from './MonthGrid.module.css';

const kWeekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function MonthGrid({
  month,
  counts,
  selected,
  onSelect,
}: {
  month: string;
  counts: Map<string, number>;
  selected: string | null;
  onSelect: (day: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className={classes.grid} data-testid="event-month">
      <caption className={classes.caption}>{t('events.public.monthCaption')}</caption>
      <thead>
        <tr>
          {kWeekdays.map((day) => (
            <th key={day} scope="col" abbr={t(`events.weekday.${day}`)}>
              {t(`events.weekdayShort.${day}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find(Boolean) ?? ''}>
            {week.map((day, i) => {
              if (!day) return <td key={`empty-${String(i)}`} />;
              const n = counts.get(day) ?? 0;
              const label = String(Number(day.slice(8)));
              return (
                <td key={day}>
                  {n > 0 ? (
                    <UnstyledButton
                      className={classes.day}
                      data-selected={day === selected || undefined}
                      aria-pressed={day === selected}
                      aria-label={t('events.public.dayWithEvents', { day: label, count: n })}
                      onClick={() => onSelect(day)}
                      data-testid={`event-day-${day}`}
                    >
                      <span>{label}</span>
                      <span className={classes.count}>{n}</span>
                    </UnstyledButton>
                  ) : (
                    <span className={classes.quiet}>{label}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
