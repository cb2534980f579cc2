// The editor of one event: type, start and end (local time), place or online link, capacity, and a
// tab per language (kk, ru, en) with title and Markdown description; then save. For a saved event:
// cancel with a reason, or after it began the report (Markdown), which makes it held.
import { Button, NativeSelect, NumberInput, Stack, Tabs, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { describeError } from '../../lib/i18n/error_text';
import { kEventLangs, kEventTypes, useEventAction, useSaveEvent, type EventEditor, type EventLang, type EventType } from './hooks';

type Texts = Record<EventLang, { title: string; description: string }>;

function initialTexts(event: EventEditor | null): Texts {
  const out: Texts = { kk: { title: '', description: '' }, ru: { title: '', description: '' }, en: { title: '', description: '' } };
  for (const lang of kEventLangs) {
    const text = event?.texts[lang];
    if (text) out[lang] = { title: text.title, description: text.description };
  }
  return out;
}

function Actions({ event }: { event: EventEditor }) {
  const { t, i18n } = useTranslation();
  const act = useEventAction();
  const [reason, setReason] = useState('');
  const [report, setReport] = useState(event.report);
  if (event.status === 'cancelled') return null;
  return (
    <Stack gap="sm">
      {event.status === 'scheduled' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            act.mutate({ id: event.id, action: { kind: 'cancel', reason } });
          }}
        >
          <Stack gap="xs">
            <TextInput label={t('events.staff.cancelReason')} value={reason} maxLength={1000} required onChange={(e) => setReason(e.currentTarget.value)} />
            <div>
              <Button type="submit" color="red.9" variant="outline" loading={act.isPending}>
                {t('events.staff.cancel')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          act.mutate({ id: event.id, action: { kind: 'report', report } });
        }}
      >
        <Stack gap="xs">
          <Textarea label={t('events.staff.report')} value={report} autosize minRows={3} maxLength={20000} onChange={(e) => setReport(e.currentTarget.value)} />
          <div>
            <Button type="submit" variant="outline" loading={act.isPending}>
              {t('events.staff.saveReport')}
            </Button>
          </div>
        </Stack>
      </form>
      {act.error && <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), act.error).summary}</FormAlert>}
    </Stack>
  );
}

export function EventEditorForm({ maslikhatId, event, onSaved }: { maslikhatId: number; event: EventEditor | null; onSaved: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const [type, setType] = useState<EventType>(event?.type ?? 'voter_meeting');
  const [startsAt, setStartsAt] = useState(event?.starts_at ?? '');
  const [endsAt, setEndsAt] = useState(event?.ends_at ?? '');
  const [place, setPlace] = useState(event?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(event?.online_url ?? '');
  const [capacity, setCapacity] = useState<number | ''>(event?.capacity ?? '');
  const [texts, setTexts] = useState<Texts>(() => initialTexts(event));
  const save = useSaveEvent();
  const edit = (lang: EventLang, field: 'title' | 'description', value: string) =>
    setTexts((current) => ({ ...current, [lang]: { ...current[lang], [field]: value } }));
  const submit = () => {
    const chosen: Partial<Texts> = {};
    for (const lang of kEventLangs) if (texts[lang].title.trim() !== '') chosen[lang] = texts[lang];
    save.mutate(
      {
        id: event?.id ?? null,
        maslikhatId,
        draft: {
          type,
          starts_at: startsAt,
          ends_at: endsAt,
          place,
          online_url: onlineUrl,
          ...(capacity === '' ? {} : { capacity }),
          ...(event?.deputy_id ? { deputy_id: event.deputy_id } : {}),
          ...(event?.okrug_id ? { okrug_id: event.okrug_id } : {}),
          ...(event?.commission_id ? { commission_id: event.commission_id } : {}),
          texts: chosen,
        },
      },
      { onSuccess: (saved) => onSaved(saved.id) },
    );
  };
  return (
    <Stack gap="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <NativeSelect
            label={t('events.staff.type')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as EventType)}
            data={kEventTypes.map((value) => ({ value, label: t(`events.type.${value}`) }))}
          />
          <TextInput type="datetime-local" label={t('events.staff.startsAt')} value={startsAt} required onChange={(e) => setStartsAt(e.currentTarget.value)} data-testid="event-starts" />
          <TextInput type="datetime-local" label={t('events.staff.endsAt')} value={endsAt} required onChange={(e) => setEndsAt(e.currentTarget.value)} data-testid="event-ends" />
          <TextInput label={t('events.staff.place')} value={place} maxLength={300} onChange={(e) => setPlace(e.currentTarget.value)} />
          <TextInput type="url" label={t('events.staff.onlineUrl')} value={onlineUrl} maxLength={500} onChange={(e) => setOnlineUrl(e.currentTarget.value)} />
          <NumberInput
            label={t('events.staff.capacity')}
            description={t('events.staff.capacityHint')}
            value={capacity}
            min={1}
            max={100000}
            allowDecimal={false}
            onChange={(value) => setCapacity(typeof value === 'number' ? value : '')}
          />
          <Tabs defaultValue="kk">
            <Tabs.List>
              {kEventLangs.map((lang) => (
                <Tabs.Tab key={lang} value={lang}>
                  {t(`events.language.${lang}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {kEventLangs.map((lang) => (
              <Tabs.Panel key={lang} value={lang} pt="sm">
                <Stack gap="xs" lang={lang}>
                  <TextInput label={t('events.staff.title_')} value={texts[lang].title} maxLength={200} onChange={(e) => edit(lang, 'title', e.currentTarget.value)} data-testid={`event-title-${lang}`} />
                  <Textarea label={t('events.staff.description')} value={texts[lang].description} autosize minRows={3} maxLength={20000} onChange={(e) => edit(lang, 'description', e.currentTarget.value)} />
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
          {save.error && <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), save.error).summary}</FormAlert>}
          {save.isSuccess && <FormAlert kind="success">{t('events.staff.saved')}</FormAlert>}
          <div>
            <Button type="submit" loading={save.isPending} data-testid="event-save">
              {t('events.staff.save')}
            </Button>
          </div>
        </Stack>
      </form>
      {event && <Actions key={`${String(event.id)}-${event.updated_at}`} event={event} />}
    </Stack>
  );
}
