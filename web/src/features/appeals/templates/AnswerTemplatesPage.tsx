// /admin/answer-templates: the staff of a maslikhat list, add, edit and delete its answer templates,
// which the answer form offers (detail/TemplatePicker.tsx).
import { Button, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { describeError } from '../../../lib/i18n/error_text';
import { RequireMe } from '../../../components/RequireMe';
import { useAnswerTemplates } from '../control_hooks';
import { localized, useMaslikhats } from '../../directory';
import { staffMaslikhatIds } from '../roles';
import type { AnswerTemplate } from '../types';
import { TemplateForm } from './TemplateForm';
import { TemplateList } from './TemplateList';

type Mode = { kind: 'idle' } | { kind: 'add' } | { kind: 'edit'; template: AnswerTemplate };

function focusLater(selector: string) {
  setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
}

function Templates({ maslikhatId }: { maslikhatId: number }) {
  const { t, i18n } = useTranslation();
  const templates = useAnswerTemplates(maslikhatId);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [message, setMessage] = useState<{ text: string; seq: number } | null>(null);
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);

  function done(text: string | null) {
    const was = mode;
    setMode({ kind: 'idle' });
    if (text !== null) {
      setMessage((current) => ({ text, seq: (current?.seq ?? 0) + 1 }));
      return;
    }
    // Cancelled: back to the button that opened the form.
    focusLater(was.kind === 'edit' ? `[data-template-edit="${was.template.id}"]` : '[data-template-add]');
  }

  const form = (editing: AnswerTemplate | null) => (
    <TemplateForm key={editing?.id ?? 'new'} maslikhatId={maslikhatId} editing={editing} onDone={done} />
  );

  return (
    <Stack gap="lg">
      <div ref={status} tabIndex={-1} aria-live="polite" style={{ outline: 'none' }}>
        {message && <FormAlert kind="success">{message.text}</FormAlert>}
      </div>
      {mode.kind === 'add' ? (
        form(null)
      ) : (
        <div>
          <Button
            data-template-add
            onClick={() => {
              setMessage(null);
              setMode({ kind: 'add' });
            }}
          >
            {t('appeals.templatesAdmin.add')}
          </Button>
        </div>
      )}
      {templates.isPending && <Loader aria-label={t('common.loading')} />}
      {templates.isError && (
        <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), templates.error).summary}</FormAlert>
      )}
      {templates.isSuccess && (
        <TemplateList
          templates={templates.data.items}
          editingId={mode.kind === 'edit' ? mode.template.id : null}
          editor={mode.kind === 'edit' ? form(mode.template) : null}
          onEdit={(template) => {
            setMessage(null);
            setMode({ kind: 'edit', template });
          }}
          onDeleted={(text) => setMessage((current) => ({ text, seq: (current?.seq ?? 0) + 1 }))}
        />
      )}
    </Stack>
  );
}

function ForMaslikhats({ ids }: { ids: number[] }) {
  const { t, i18n } = useTranslation();
  const maslikhats = useMaslikhats();
  const [chosen, setChosen] = useState(ids[0] ?? 0);
  const nameOf = (id: number) => {
    const found = maslikhats.data?.items.find((m) => m.id === id);
    return found ? localized(i18n.language, found, 'name') : `#${id}`;
  };
  return (
    <Stack gap="lg">
      <Text>{t('appeals.templatesAdmin.intro')}</Text>
      {ids.length > 1 ? (
        <NativeSelect
          label={t('appeals.templatesAdmin.maslikhat')}
          value={String(chosen)}
          onChange={(event) => setChosen(Number(event.currentTarget.value))}
          data={ids.map((id) => ({ value: String(id), label: nameOf(id) }))}
          maw={480}
        />
      ) : (
        <Text>
          <Text component="span" fw={600}>
            {t('appeals.templatesAdmin.maslikhat')}:
          </Text>{' '}
          {nameOf(chosen)}
        </Text>
      )}
      <Templates key={chosen} maslikhatId={chosen} />
    </Stack>
  );
}

export function AnswerTemplatesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('appeals.templatesAdmin.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          return ids.length > 0 ? (
            <ForMaslikhats ids={ids} />
          ) : (
            <FormAlert kind="error">{t('appeals.templatesAdmin.forbidden')}</FormAlert>
          );
        }}
      </RequireMe>
    </Page>
  );
}
