// The staff's form for a question of the maslikhat's question–answer page: the question and its
// answer in Kazakh and Russian (in English if wanted), the place on the page, and for a new one
// whether to publish it at once. Shown in a dialog; its code is fetched when the dialog opens.
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { BilingualFields, useDraft } from '../../components/form_fields';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { useAddQuestion, useUpdateQuestion, type Question, type QuestionChange } from './hooks';

const kFields = ['question_kk', 'question_ru', 'question_en', 'answer_kk', 'answer_ru', 'answer_en', 'sort_order', 'state'] as const;

interface Values {
  question_kk: string;
  question_ru: string;
  question_en: string;
  answer_kk: string;
  answer_ru: string;
  answer_en: string;
  sort_order: string;
}

function valuesOf(question: Question | undefined): Values {
  return {
    question_kk: question?.question_kk ?? '',
    question_ru: question?.question_ru ?? '',
    question_en: question?.question_en ?? '',
    answer_kk: question?.answer_kk ?? '',
    answer_ru: question?.answer_ru ?? '',
    answer_en: question?.answer_en ?? '',
    sort_order: question ? String(question.sort_order) : '',
  };
}

/** The local checks, mirroring the server's. */
export function questionProblems(v: Values): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of ['question_kk', 'question_ru', 'answer_kk', 'answer_ru'] as const) {
    if (v[field].trim() === '') problems[field] = 'required';
  }
  if (v.sort_order.trim() !== '' && !/^\d{1,4}$/.test(v.sort_order.trim())) problems.sort_order = 'invalid_format';
  return problems;
}

export function QuestionForm({
  maslikhatId,
  question,
  onDone,
}: {
  maslikhatId: number;
  question?: Question;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(kFields);
  const { values: v, bind } = useDraft<Values>(() => valuesOf(question), errors.fields);
  const [publishNow, setPublishNow] = useState(false);
  const add = useAddQuestion(maslikhatId);
  const update = useUpdateQuestion(maslikhatId);
  const pending = add.isPending || update.isPending;
  const title = question ? t('maslikhatPages.form.editQuestion') : t('maslikhatPages.form.newQuestion');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(questionProblems(v))) return;
    const order = v.sort_order.trim();
    const body: QuestionChange = {
      question_kk: v.question_kk.trim(),
      question_ru: v.question_ru.trim(),
      question_en: v.question_en.trim(),
      answer_kk: v.answer_kk.trim(),
      answer_ru: v.answer_ru.trim(),
      answer_en: v.answer_en.trim(),
      ...(order === '' ? {} : { sort_order: Number(order) }),
    };
    const done = { onSuccess: () => onDone(true), onError: (error: unknown) => errors.fromError(error) };
    if (question) update.mutate({ id: question.id, body }, done);
    else
      add.mutate(
        {
          ...body,
          question_kk: body.question_kk ?? '',
          question_ru: body.question_ru ?? '',
          answer_kk: body.answer_kk ?? '',
          answer_ru: body.answer_ru ?? '',
          ...(publishNow ? { state: 'published' as const } : {}),
        },
        done,
      );
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={title}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <BilingualFields
            field="question"
            labels={[t('maslikhatPages.form.questionKk'), t('maslikhatPages.form.questionRu')]}
            bind={bind}
            required
            maxLength={500}
            rows={2}
          />
          <BilingualFields
            field="answer"
            labels={[t('maslikhatPages.form.answerKk'), t('maslikhatPages.form.answerRu')]}
            bind={bind}
            required
            maxLength={5000}
            rows={4}
          />
        </SimpleGrid>
        <Textarea
          label={t('maslikhatPages.form.questionEn')}
          description={t('maslikhatPages.form.enHint')}
          lang="en"
          autosize
          minRows={2}
          maxLength={500}
          {...bind('question_en')}
        />
        <Textarea label={t('maslikhatPages.form.answerEn')} lang="en" autosize minRows={3} maxLength={5000} {...bind('answer_en')} />
        <TextInput
          label={t('maslikhatPages.form.order')}
          description={t('maslikhatPages.form.orderHint')}
          inputMode="numeric"
          maxLength={4}
          maw={240}
          {...bind('sort_order')}
        />
        {!question && (
          <Checkbox
            label={t('maslikhatPages.form.publishNow')}
            name="state"
            checked={publishNow}
            onChange={(event) => setPublishNow(event.currentTarget.checked)}
          />
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {question ? t('maslikhatPages.form.save') : t('maslikhatPages.form.add')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={pending}>
            {t('maslikhatPages.staff.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
