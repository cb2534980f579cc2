// Staff upload a deputy's photo: the file goes as the raw body with its own Content-Type.
import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { isApiError } from '../../../lib/api/api_error';
import { describeError } from '../../../lib/i18n/error_text';
import { kMaxPhotoBytes, kPhotoTypes, useUploadDeputyPhoto } from '../hooks';

type PhotoProblem = 'required' | 'unsupported_type' | 'invalid_image' | 'too_large';

/** The photo problem an upload error means, or null for other errors. */
export function photoProblemOf(error: unknown): PhotoProblem | null {
  if (!isApiError(error)) return null;
  if (error.status === 413) return 'too_large';
  const reason = error.fields.photo;
  if (reason === 'unsupported_type' || reason === 'invalid_image' || reason === 'too_large') return reason;
  return null;
}

export function DeputyPhotoUpload({ deputyId }: { deputyId: number }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadDeputyPhoto(deputyId);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<PhotoProblem | null>(null);
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!file) return setProblem('required');
    if (!(kPhotoTypes as readonly string[]).includes(file.type)) return setProblem('unsupported_type');
    if (file.size > kMaxPhotoBytes) return setProblem('too_large');
    setProblem(null);
    upload.mutate(file, {
      onSuccess: () => {
        setDone(true);
        setFile(null);
      },
      onError: (error) => setProblem(photoProblemOf(error)),
    });
  }

  const otherError = upload.isError && problem === null ? describeError(t, (key) => i18n.exists(key), upload.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('directory.photo.title')}>
      <Stack gap="sm">
        {done && <FormAlert kind="success">{t('directory.photo.uploaded')}</FormAlert>}
        {otherError?.summary && <FormAlert kind="error">{otherError.summary}</FormAlert>}
        <FileInput
          label={t('directory.photo.label')}
          description={t('directory.photo.hint')}
          name="photo"
          accept={kPhotoTypes.join(',')}
          clearable
          value={file}
          onChange={(value) => {
            setFile(value);
            setProblem(null);
          }}
          error={problem ? t(`directory.photo.${problem}`) : undefined}
          placeholder={t('directory.photo.choose')}
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          clearButtonProps={{ 'aria-label': t('directory.photo.clear') }}
        />
        <Group>
          <Button type="submit" variant="default" loading={upload.isPending}>
            {t('directory.photo.upload')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('directory.photo.privacy')}
        </Text>
      </Stack>
    </form>
  );
}
