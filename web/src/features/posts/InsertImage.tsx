// "Insert image" in a language tab of the post editor: choose a file, write its text alternative
// (required), upload; the server re-encodes it at responsive sizes without metadata and answers the
// Markdown, which goes into the body at the cursor. A post not saved yet has no id to attach to:
// the button then says to save first. Loaded as its own chunk (index of the editor).
import { Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { kImageTypes, kMaxImageBytes, useUploadPostImage } from './hooks';

export type ImageProblem = 'required' | 'unsupported_type' | 'invalid_image' | 'too_large' | 'too_many_pixels' | 'too_many';
export type AltProblem = 'required' | 'too_long' | 'invalid_characters';

/** What an upload's error says about the file or the alt text; nulls for other errors. */
export function imageProblemOf(error: unknown): { image: ImageProblem | null; alt: AltProblem | null } {
  if (!isApiError(error)) return { image: null, alt: null };
  if (error.status === 413) return { image: 'too_large', alt: null };
  const image = error.fields.image;
  const alt = error.fields.alt;
  const images: readonly string[] = ['unsupported_type', 'invalid_image', 'too_large', 'too_many_pixels', 'too_many'];
  const alts: readonly string[] = ['required', 'too_long', 'invalid_characters'];
  return {
    image: image !== undefined && images.includes(image) ? (image as ImageProblem) : null,
    alt: alt !== undefined && alts.includes(alt) ? (alt as AltProblem) : null,
  };
}

export function InsertImage({ postId, onInsert }: { postId: number | null; onInsert: (markdown: string) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<{ image: ImageProblem | null; alt: AltProblem | null }>({ image: null, alt: null });
  const upload = useUploadPostImage();
  const panelId = useId();

  if (postId === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('posts.staff.image.saveFirst')}
      </Text>
    );
  }
  if (!open) {
    return (
      <div>
        <Button variant="outline" size="sm" onClick={() => setOpen(true)} aria-expanded={false} aria-controls={panelId} data-testid="post-image-open">
          {t('posts.staff.image.insert')}
        </Button>
      </div>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = {
      image: !file ? ('required' as const) : !(kImageTypes as readonly string[]).includes(file.type) ? ('unsupported_type' as const) : file.size > kMaxImageBytes ? ('too_large' as const) : null,
      alt: alt.trim() === '' ? ('required' as const) : null,
    };
    setProblem(found);
    if (found.image || found.alt || !file || postId === null) return;
    upload.mutate(
      { postId, file, alt: alt.trim() },
      {
        onSuccess: (image) => {
          onInsert(image.markdown);
          setFile(null);
          setAlt('');
          setOpen(false);
        },
        onError: (error) => setProblem(imageProblemOf(error)),
      },
    );
  }

  const known = problem.image !== null || problem.alt !== null;
  const otherError = upload.isError && !known ? describeError(t, (key) => i18n.exists(key), upload.error) : null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('posts.staff.image.title')} id={panelId} data-testid="post-image-form">
      <Stack gap="sm">
        {otherError?.summary && <FormAlert kind="error">{otherError.summary}</FormAlert>}
        <FileInput
          label={t('posts.staff.image.file')}
          description={t('posts.staff.image.hint')}
          accept={kImageTypes.join(',')}
          clearable
          value={file}
          onChange={(value) => {
            setFile(value);
            setProblem((p) => ({ ...p, image: null }));
          }}
          error={problem.image ? t(`posts.staff.image.problem.${problem.image}`) : undefined}
          placeholder={t('posts.staff.image.choose')}
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          clearButtonProps={{ 'aria-label': t('posts.staff.image.clear') }}
          data-testid="post-image-file"
        />
        <TextInput
          label={t('posts.staff.image.alt')}
          description={t('posts.staff.image.altHint')}
          required
          maxLength={300}
          value={alt}
          onChange={(e) => {
            setAlt(e.currentTarget.value);
            setProblem((p) => ({ ...p, alt: null }));
          }}
          error={problem.alt ? t(`posts.staff.image.altProblem.${problem.alt}`) : undefined}
          data-testid="post-image-alt"
        />
        <Group wrap="wrap">
          <Button type="submit" size="sm" loading={upload.isPending} data-testid="post-image-upload">
            {t('posts.staff.image.upload')}
          </Button>
          <Button variant="subtle" size="sm" onClick={() => setOpen(false)}>
            {t('posts.staff.image.cancel')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('posts.staff.image.privacy')}
        </Text>
      </Stack>
    </form>
  );
}
