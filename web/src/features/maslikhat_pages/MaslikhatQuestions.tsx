// «Вопрос–ответ» on the maslikhat's public page: common questions with the maslikhat's answers, as
// an accordion (each question a button that opens its answer), in the reader's language — a text
// missing in it is shown in another and the page says which. The maslikhat's staff see the drafts
// too, and add, edit, publish, take back and remove questions here (the form in a dialog).
import { Accordion, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { lazyComponent } from '../../components/lazy_component';
import { describeError } from '../../lib/i18n/error_text';
import { useQuestions, useRemoveQuestion, useUpdateQuestion, type Question } from './hooks';
import { shownText } from './shown_text';

// Staff-only: fetched when the dialog opens.
const QuestionForm = lazyComponent(async () => (await import('./QuestionForm')).QuestionForm);

function StaffActions({
  maslikhatId,
  question,
  label,
  onEdit,
  onNotice,
}: {
  maslikhatId: number;
  question: Question;
  label: string;
  onEdit: () => void;
  onNotice: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateQuestion(maslikhatId);
  const remove = useRemoveQuestion(maslikhatId);
  const [confirming, setConfirming] = useState(false);
  const published = question.state === 'published';
  const problem = update.error ?? remove.error;
  return (
    <Stack gap={4} mt="sm" data-testid="question-staff-tools">
      <Group gap="xs" wrap="wrap">
        <Button size="xs" variant="default" onClick={onEdit} aria-label={t('maslikhatPages.staff.editN', { name: label })}>
          {t('maslikhatPages.staff.edit')}
        </Button>
        <Button
          size="xs"
          variant={published ? 'default' : 'filled'}
          loading={update.isPending}
          aria-label={t(published ? 'maslikhatPages.staff.unpublishN' : 'maslikhatPages.staff.publishN', { question: label })}
          onClick={() =>
            update.mutate(
              { id: question.id, body: { state: published ? 'draft' : 'published' } },
              { onSuccess: () => onNotice(t(published ? 'maslikhatPages.staff.unpublished' : 'maslikhatPages.staff.published')) },
            )
          }
        >
          {t(published ? 'maslikhatPages.staff.unpublish' : 'maslikhatPages.staff.publish')}
        </Button>
        {confirming ? (
          <>
            <Button
              size="xs"
              color="red.9"
              loading={remove.isPending}
              onClick={() => remove.mutate(question.id, { onSuccess: () => onNotice(t('maslikhatPages.staff.removed')) })}
            >
              {t('maslikhatPages.staff.confirmRemoveN', { name: label })}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              {t('maslikhatPages.staff.cancel')}
            </Button>
          </>
        ) : (
          <Button size="xs" variant="default" onClick={() => setConfirming(true)} aria-label={t('maslikhatPages.staff.removeN', { name: label })}>
            {t('maslikhatPages.staff.remove')}
          </Button>
        )}
      </Group>
      {problem && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), problem).summary}</FormAlert>}
    </Stack>
  );
}

function QuestionItem({
  maslikhatId,
  question,
  canEdit,
  onEdit,
  onNotice,
}: {
  maslikhatId: number;
  question: Question;
  canEdit: boolean;
  onEdit: () => void;
  onNotice: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const asked = shownText(i18n.language, { kk: question.question_kk, ru: question.question_ru, en: question.question_en });
  const answer = shownText(i18n.language, { kk: question.answer_kk, ru: question.answer_ru, en: question.answer_en });
  const fallback = asked.fallback ? asked.lang : answer.fallback ? answer.lang : null;
  return (
    <Accordion.Item value={String(question.id)} data-testid="question">
      <Accordion.Control>
        <span lang={asked.lang} style={{ overflowWrap: 'anywhere' }}>
          {asked.text}
        </span>
        {question.state === 'draft' && (
          <>
            {' '}
            <Badge variant="outline" color="gray.8" tt="none" data-testid="question-draft">
              {t('maslikhatPages.public.draft')}
            </Badge>
          </>
        )}
      </Accordion.Control>
      <Accordion.Panel>
        {fallback && (
          <Text size="sm" c="dimmed" mb={6} data-testid="question-fallback">
            {t('maslikhatPages.public.shownIn', { language: t(`maslikhatPages.public.inLanguage.${fallback}`) })}
          </Text>
        )}
        <Text lang={answer.lang} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {answer.text}
        </Text>
        {canEdit && <StaffActions maslikhatId={maslikhatId} question={question} label={asked.text} onEdit={onEdit} onNotice={onNotice} />}
      </Accordion.Panel>
    </Accordion.Item>
  );
}

/** `staff`: the reader keeps the maslikhat's pages, so the drafts are asked for too. */
export function MaslikhatQuestions({ maslikhatId, staff = false }: { maslikhatId: number; staff?: boolean }) {
  const { t } = useTranslation();
  const questions = useQuestions(maslikhatId, staff);
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = questions.data?.items ?? [];
  const canEdit = questions.data?.can_edit ?? false;
  const close = (text: string | null) => {
    setEditing(null);
    setNotice(text);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="maslikhat-questions" data-testid="maslikhat-questions">
      <Title order={2} size="h3" id="maslikhat-questions">
        {t('maslikhatPages.public.questions')}
      </Title>
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      {questions.isSuccess && items.length === 0 && <Text c="dimmed">{t('maslikhatPages.public.questionsNone')}</Text>}
      {items.length > 0 && (
        <Accordion multiple variant="separated" order={3} keepMountedMode="display-none">
          {items.map((question) => (
            <QuestionItem
              key={question.id}
              maslikhatId={maslikhatId}
              question={question}
              canEdit={canEdit}
              onEdit={() => {
                setNotice(null);
                setEditing(question);
              }}
              onNotice={setNotice}
            />
          ))}
        </Accordion>
      )}
      {canEdit && (
        <div>
          <Button
            variant="default"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('maslikhatPages.staff.addQuestion')}
          </Button>
        </div>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => close(null)}
        title={editing === 'new' ? t('maslikhatPages.form.newQuestion') : t('maslikhatPages.form.editQuestion')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {editing !== null && (
          <QuestionForm
            maslikhatId={maslikhatId}
            question={editing === 'new' ? undefined : editing}
            onDone={(saved) => close(saved ? t('maslikhatPages.staff.saved') : null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
