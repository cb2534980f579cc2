// Public events (/events): a month view (days with events; a chosen day's events below) or a list
// from today on, filtered by maslikhat, deputy, okrug and type (?maslikhat=&deputy=&okrug=&type=
// &view=list&month=YYYY-MM), with the maslikhat's calendar (ICS) to subscribe to.
import { Anchor, Button, Group, Loader, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { formatDay, localToday } from '../../lib/dates';
import { deputyName, localized, useMaslikhatDeputies, useMaslikhatOkrugs, useMaslikhats } from '../directory';
import { EventCardItem } from './EventCardItem';
import { calendarUrl, eventLang, kEventTypes, usePublicEvents, type EventCard, type EventFilter, type EventType } from './hooks';
import { MonthGrid } from './MonthGrid';
import { monthEnd, shiftMonth } from './month';

const kMonths = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

function positive(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function readFilter(params: URLSearchParams): EventFilter {
  const type = params.get('type');
  const maslikhat = positive(params.get('maslikhat'));
  const deputy = positive(params.get('deputy'));
  const okrug = positive(params.get('okrug'));
  return {
    ...(type && (kEventTypes as readonly string[]).includes(type) ? { type: type as EventType } : {}),
    ...(maslikhat ? { maslikhat } : {}),
    ...(deputy ? { deputy } : {}),
    ...(okrug ? { okrug } : {}),
  };
}

function Filters({ filter, set }: { filter: EventFilter; set: (key: string, value: string) => void }) {
  const { t, i18n } = useTranslation();
  const maslikhats = useMaslikhats();
  const deputies = useMaslikhatDeputies(filter.maslikhat ?? null);
  const okrugs = useMaslikhatOkrugs(filter.maslikhat ?? null);
  return (
    <Group align="end" wrap="wrap" gap="sm">
      <NativeSelect
        maw="100%"
        label={t('events.public.maslikhat')}
        value={filter.maslikhat ? String(filter.maslikhat) : ''}
        onChange={(event) => set('maslikhat', event.currentTarget.value)}
        data={[
          { value: '', label: t('events.public.all') },
          ...(maslikhats.data?.items ?? []).map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') })),
        ]}
      />
      {filter.maslikhat && (
        <>
          <NativeSelect
            maw="100%"
            label={t('events.public.deputy')}
            value={filter.deputy ? String(filter.deputy) : ''}
            onChange={(event) => set('deputy', event.currentTarget.value)}
            data={[
              { value: '', label: t('events.public.all') },
              ...(deputies.data ?? []).map((d) => ({ value: String(d.id), label: deputyName(i18n.language, d) })),
            ]}
          />
          <NativeSelect
            maw="100%"
            label={t('events.public.okrug')}
            value={filter.okrug ? String(filter.okrug) : ''}
            onChange={(event) => set('okrug', event.currentTarget.value)}
            data={[
              { value: '', label: t('events.public.all') },
              ...(okrugs.data?.items ?? []).map((o) => ({ value: String(o.id), label: t('events.public.okrugNumber', { n: o.number }) })),
            ]}
          />
        </>
      )}
      <NativeSelect
        maw="100%"
        label={t('events.public.type')}
        value={filter.type ?? ''}
        onChange={(event) => set('type', event.currentTarget.value)}
        data={[
          { value: '', label: t('events.public.all') },
          ...kEventTypes.map((type) => ({ value: type, label: t(`events.type.${type}`) })),
        ]}
      />
    </Group>
  );
}

function EventList({ items }: { items: EventCard[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('events.public.none')}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="event-list">
      {items.map((event) => (
        <EventCardItem key={event.id} event={event} headingLevel={3} />
      ))}
    </Stack>
  );
}

function MonthView({ filter, month, onMonth }: { filter: EventFilter; month: string; onMonth: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const events = usePublicEvents({ ...filter, from: `${month}-01`, to: monthEnd(month) }, eventLang(i18n.language));
  const [chosen, setChosen] = useState<string | null>(null);
  const items = events.data?.items ?? [];
  const counts = new Map<string, number>();
  for (const e of items) counts.set(e.starts_at.slice(0, 10), (counts.get(e.starts_at.slice(0, 10)) ?? 0) + 1);
  // The chosen day, or the first day of the month that has events.
  const day = chosen && chosen.startsWith(month) && counts.has(chosen) ? chosen : (items[0]?.starts_at.slice(0, 10) ?? null);
  const [year = '', monthNumber = '1'] = month.split('-');
  const monthName = kMonths[Number(monthNumber) - 1] ?? '1';
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap" align="center">
        <Button variant="outline" size="xs" onClick={() => onMonth(shiftMonth(month, -1))} aria-label={t('events.public.previousMonth')}>
          ←
        </Button>
        <Title order={2} size="h3" aria-live="polite">
          {t(`events.month.${monthName}`)} {year}
        </Title>
        <Button variant="outline" size="xs" onClick={() => onMonth(shiftMonth(month, 1))} aria-label={t('events.public.nextMonth')}>
          →
        </Button>
      </Group>
      {events.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : events.isError ? (
        <FormAlert kind="error">{t('events.public.loadFailed')}</FormAlert>
      ) : (
        <>
          <MonthGrid month={month} counts={counts} selected={day} onSelect={setChosen} />
          {items.length === 0 ? (
            <Text>{t('events.public.noneThisMonth')}</Text>
          ) : (
            day && (
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {formatDay(day, i18n.language)}
                </Title>
                <EventList items={items.filter((e) => e.starts_at.startsWith(day))} />
              </Stack>
            )
          )}
        </>
      )}
    </Stack>
  );
}

function ListView({ filter }: { filter: EventFilter }) {
  const { t, i18n } = useTranslation();
  const events = usePublicEvents({ ...filter, from: localToday() }, eventLang(i18n.language));
  if (events.isPending) return <Loader aria-label={t('common.loading')} />;
  if (events.isError) return <FormAlert kind="error">{t('events.public.loadFailed')}</FormAlert>;
  return <EventList items={events.data.items} />;
}

export function EventsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const view = params.get('view') === 'list' ? 'list' : 'month';
  const monthParam = params.get('month');
  const month = monthParam && /^\d{4}-\d{2}$/.test(monthParam) ? monthParam : localToday().slice(0, 7);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    // Another maslikhat's deputies and okrugs do not apply.
    if (key === 'maslikhat') {
      next.delete('deputy');
      next.delete('okrug');
    }
    setParams(next, { replace: true });
  };
  return (
    <Page title={t('events.public.title')}>
      <Filters filter={filter} set={set} />
      <SegmentedControl
        value={view}
        onChange={(value) => set('view', value === 'list' ? 'list' : '')}
        data={[
          { value: 'month', label: t('events.public.monthView') },
          { value: 'list', label: t('events.public.listView') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'month' ? <MonthView filter={filter} month={month} onMonth={(m) => set('month', m)} /> : <ListView filter={filter} />}
      {filter.maslikhat && (
        <Anchor href={calendarUrl('maslikhats', filter.maslikhat, eventLang(i18n.language))} data-testid="events-ics">
          {t('events.public.subscribe')}
        </Anchor>
      )}
    </Page>
  );
}
