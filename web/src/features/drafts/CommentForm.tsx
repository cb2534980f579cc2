// The comment form under a paragraph, for a signed-in person while the discussion is open: the
// author type (citizen, expert, organisation with its name) and the text. Opened by a button, so a
// long draft does not carry a form per paragraph.
import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { draftErrorText } from './errors';
import { useAddComment } from './hooks';

type AuthorType = 'citizen' | 'expert' | 'organisation';

export function CommentForm({ draftId, paragraphId, number }: { draftId: number; paragraphId: number; number: number }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(false);
  const [type, setType] = useState<AuthorType>('citizen');
  const [organisation, setOrganisation] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const add = useAddComment(draftId);
  if (!shown) {
    return (
      <Group>
        <Button variant="default" size="xs" onClick={() => setShown(true)} data-testid={`comment-open-${String(number)}`}>
          {t('drafts.comment.open', { number })}
        </Button>
        {sent && <FormAlert kind="success">{t('drafts.comment.sent')}</FormAlert>}
      </Group>
    );
  }
  const prefix = `comment-${String(paragraphId)}`;
  return (
    <form
      noValidate
      aria-label={t('drafts.comment.formLabel', { number })}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return setProblem(t('drafts.comment.textRequired'));
        if (type === 'organisation' && organisation.trim() === '') return setProblem(t('drafts.errors.organisation.required'));
        setProblem(null);
        add.mutate(
          { paragraph_id: paragraphId, author_type: type, organisation: type === 'organisation' ? organisation.trim() : '', text: text.trim() },
          {
            onSuccess: () => {
              setText('');
              setShown(false);
              setSent(true);
            },
            onError: (e) => setProblem(draftErrorText(t, (k) => i18n.exists(k), e)),
          },
        );
      }}
    >
      <Stack gap="xs">
        <NativeSelect
          id={`${prefix}-type`}
          label={t('drafts.comment.authorType')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as AuthorType)}
          data={(['citizen', 'expert', 'organisation'] as const).map((v) => ({ value: v, label: t(`drafts.author.${v}`) }))}
        />
        {type === 'organisation' && (
          <TextInput
            id={`${prefix}-org`}
            label={t('drafts.comment.organisation')}
            required
            maxLength={300}
            value={organisation}
            onChange={(e) => setOrganisation(e.currentTarget.value)}
          />
        )}
        <Textarea
          id={`${prefix}-text`}
          label={t('drafts.comment.text')}
          required
          autosize
          minRows={3}
          maxLength={5000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {problem && <FormAlert kind="error">{problem}</FormAlert>}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('drafts.comment.send')}
          </Button>
          <Button variant="subtle" onClick={() => setShown(false)}>
            {t('drafts.comment.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
