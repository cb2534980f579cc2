// "Was the problem solved?" — the applicant's answer; "no" (with a comment) reopens the appeal.
import { Button, Fieldset, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { useAppealFeedback } from '../hooks';
import type { Appeal } from '../types';
import { useSettledErrors } from '../../../lib/forms/use_form_errors';
import { useAppealFormErrors } from '../use_appeal_form_errors';

const kFields = ['solved', 'comment'] as const;

/** The applicant may rate an answer until they have said it solved the problem. */
export function canGiveFeedback(appeal: Appeal): boolean {
  return appeal.access === 'applicant' && (appeal.status === 'answered' || appeal.status === 'closed') && appeal.feedback_solved !== true;
}

export function FeedbackForm({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  const feedback = useAppealFeedback(appeal.id);
  const errors = useAppealFormErrors(kFields);
  const [solved, setSolved] = useState<'yes' | 'no' | ''>('');
  const [comment, setComment] = useState('');
  const problems: Record<string, string> = {};
  if (solved === '') problems.solved = 'required';
  if (solved === 'no' && comment.trim() === '') problems.comment = 'required';
  useSettledErrors(errors.settle, problems);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(problems)) return;
    const body = { solved: solved === 'yes', ...(comment.trim() ? { comment: comment.trim() } : {}) };
    feedback.mutate(body, { onError: (error) => errors.fromError(error) });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-feedback-title">
      <form ref={errors.formRef} onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <Fieldset
            variant="unstyled"
            aria-describedby={errors.fields.solved ? 'feedback-solved-error' : undefined}
            legend={
              <Title order={2} size="h3" id="appeal-feedback-title">
                {t('appeals.feedback.title')}
              </Title>
            }
          >
            <Stack gap="xs" mt="xs">
              {(['yes', 'no'] as const).map((value, index) => (
                <Radio
                  key={value}
                  name="solved"
                  value={value}
                  checked={solved === value}
                  onChange={() => setSolved(value)}
                  label={t(value === 'yes' ? 'appeals.feedback.yes' : 'appeals.feedback.no')}
                  aria-invalid={errors.fields.solved && index === 0 ? true : undefined}
                  aria-describedby={errors.fields.solved ? 'feedback-solved-error' : undefined}
                />
              ))}
              {errors.fields.solved && (
                <Text id="feedback-solved-error" c="red.9" size="sm">
                  {t('appeals.feedback.choose')}
                </Text>
              )}
            </Stack>
          </Fieldset>
          {solved === 'no' && <Text fw={600}>{t('appeals.feedback.noHint')}</Text>}
          <Textarea
            label={solved === 'no' ? t('appeals.feedback.comment') : `${t('appeals.feedback.comment')} (${t('common.optional')})`}
            name="comment"
            required={solved === 'no'}
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={errors.fields.comment}
          />
          <div>
            <Button type="submit" loading={feedback.isPending}>
              {t('appeals.feedback.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

/** What the applicant said, once said. */
export function FeedbackResult({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  if (appeal.access !== 'applicant') return null;
  if (appeal.feedback_solved === true) return <FormAlert kind="success">{t('appeals.feedback.thanks')}</FormAlert>;
  if (appeal.feedback_solved === false && appeal.status === 'reopened') {
    return <FormAlert kind="info">{t('appeals.feedback.reopened')}</FormAlert>;
  }
  return null;
}
