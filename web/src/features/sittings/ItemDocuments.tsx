// The documents of one agenda item on the sitting's page: each downloadable under its title in the
// reader's language with its type, size and language ("PDF, 240 KB"), earlier versions under it;
// the maslikhat's staff attach a document, change its titles and language, replace its file (a new
// version) or remove it.
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { DocumentRetitleForm } from './DocumentRetitleForm';
import { formatMomentDay } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import { pick } from '../directory';
import {
  describeFile,
  downloadUrl,
  fileProblemOf,
  kDocumentAccept,
  kDocumentLanguages,
  localFileProblem,
  useAddDocument,
  useRemoveDocument,
  useReplaceDocument,
  type DocumentLanguage,
  type FileProblem,
  type SittingDocument,
} from './documents';

function FileField({ label, problem, onChange }: { label: string; problem: FileProblem | null; onChange: (file: File | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={2}>
      <Text component="label" htmlFor={id} size="sm" fw={500}>
        {label}
      </Text>
      <input
        id={id}
        type="file"
        accept={kDocumentAccept}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-hint`}
        style={{ width: '100%', maxWidth: '100%' }}
        onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)}
      />
      <Text id={`${id}-hint`} size="xs" c={problem ? 'red.9' : 'dimmed'} role={problem ? 'alert' : undefined}>
        {problem ? t(`sittings.documents.problem.${problem}`) : t('sittings.documents.fileHint')}
      </Text>
    </Stack>
  );
}

function AddDocumentForm({ sittingId, itemId, onDone }: { sittingId: number; itemId: number; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const add = useAddDocument(sittingId);
  const [titleKk, setTitleKk] = useState('');
  const [titleRu, setTitleRu] = useState('');
  const [language, setLanguage] = useState<DocumentLanguage>('both');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<{ kk: boolean; ru: boolean; file: FileProblem | null }>({ kk: false, ru: false, file: null });
  const [error, setError] = useState<unknown>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = { kk: titleKk.trim() === '', ru: titleRu.trim() === '', file: localFileProblem(file) };
    setProblems(found);
    setError(null);
    if (found.kk || found.ru || found.file || !file) return;
    add.mutate(
      { itemId, titleKk: titleKk.trim(), titleRu: titleRu.trim(), language, file },
      {
        onSuccess: onDone,
        onError: (e) => {
          const fileProblem = fileProblemOf(e);
          if (fileProblem) setProblems({ ...found, file: fileProblem });
          else setError(e);
        },
      },
    );
  };
  return (
    <Paper withBorder p="sm" component="form" noValidate onSubmit={onSubmit} data-testid="add-document-form" style={{ minWidth: 0, maxWidth: '100%' }}>
      <Stack gap="xs">
        <TextInput label={t('sittings.documents.titleKk')} value={titleKk} onChange={(e) => setTitleKk(e.currentTarget.value)} error={problems.kk ? t('errors.fields.required') : undefined} maxLength={500} lang="kk" />
        <TextInput label={t('sittings.documents.titleRu')} value={titleRu} onChange={(e) => setTitleRu(e.currentTarget.value)} error={problems.ru ? t('errors.fields.required') : undefined} maxLength={500} lang="ru" />
        <NativeSelect
          label={t('sittings.documents.languageLabel')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value as DocumentLanguage)}
          data={kDocumentLanguages.map((l) => ({ value: l, label: t(`sittings.documents.language.${l}`) }))}
        />
        <FileField label={t('sittings.documents.file')} problem={problems.file} onChange={setFile} />
        {error !== null && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), error).summary}</FormAlert>}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('sittings.documents.attach')}
          </Button>
          <Button variant="subtle" size="xs" onClick={onDone}>
            {t('sittings.staff.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

// The staff's retitle, replace (a new version) and remove for one document.
function DocumentStaffActions({ sittingId, document: d, title }: { sittingId: number; document: SittingDocument; title: string }) {
  const { t, i18n } = useTranslation();
  const [retitling, setRetitling] = useState(false);
  const retitleButton = useRef<HTMLButtonElement>(null);
  const replace = useReplaceDocument(sittingId);
  const remove = useRemoveDocument(sittingId);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const onFile = (file: File | null) => {
    const local = localFileProblem(file);
    setProblem(local === 'required' ? null : local);
    setError(null);
    if (local || !file) return;
    replace.mutate(
      { documentId: d.id, file },
      {
        onError: (e) => {
          const p = fileProblemOf(e);
          if (p) setProblem(p);
          else setError(e);
        },
      },
    );
    if (input.current) input.current.value = '';
  };
  if (retitling) {
    return (
      <DocumentRetitleForm
        sittingId={sittingId}
        document={d}
        title={title}
        onDone={() => {
          setRetitling(false);
          // Back to the button that opened the form, once it is shown again.
          window.setTimeout(() => retitleButton.current?.focus(), 0);
        }}
      />
    );
  }
  return (
    <Stack gap={4} mt={4}>
      <Group gap="xs" wrap="wrap">
        <Button ref={retitleButton} variant="default" size="xs" onClick={() => setRetitling(true)} aria-label={t('sittings.documents.retitleNamed', { title })}>
          {t('sittings.documents.retitle')}
        </Button>
        <Button variant="default" size="xs" loading={replace.isPending} onClick={() => input.current?.click()} aria-label={t('sittings.documents.replaceNamed', { title })}>
          {t('sittings.documents.replace')}
        </Button>
        <input ref={input} type="file" accept={kDocumentAccept} hidden tabIndex={-1} aria-hidden="true" onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)} data-testid="replace-document-input" />
        <Button
          variant="default"
          size="xs"
          loading={remove.isPending}
          aria-label={t('sittings.documents.removeNamed', { title })}
          onClick={() => {
            if (window.confirm(t('sittings.documents.removeConfirm', { title }))) remove.mutate(d.id, { onError: setError });
          }}
        >
          {t('sittings.documents.remove')}
        </Button>
      </Group>
      {problem && (
        <Text size="xs" c="red.9" role="alert">
          {t(`sittings.documents.problem.${problem}`)}
        </Text>
      )}
      {error !== null && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), error).summary}</FormAlert>}
    </Stack>
  );
}

function DocumentRow({ sittingId, document: d, mayEdit }: { sittingId: number; document: SittingDocument; mayEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const title = pick(i18n.language, d.title_kk, d.title_ru);
  const [newest, ...earlier] = d.versions;
  if (!newest) return null;
  return (
    <li data-testid="agenda-document">
      <Anchor href={downloadUrl(newest.url, i18n.language)} download style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Anchor>
      <Text size="sm" c="dimmed" data-testid="document-meta">
        {describeFile(t, newest.mime, newest.size_bytes, i18n.language)} · {t(`sittings.documents.language.${d.language}`)}
        {earlier.length > 0 && ` · ${t('sittings.documents.updated', { date: formatMomentDay(newest.created_at, i18n.language) })}`}
      </Text>
      {earlier.length > 0 && (
        <details>
          <summary>{t('sittings.documents.earlier', { count: earlier.length })}</summary>
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {earlier.map((v) => (
              <li key={v.id}>
                <Anchor href={downloadUrl(v.url, i18n.language)} download size="sm">
                  {t('sittings.documents.versionOf', { date: formatMomentDay(v.created_at, i18n.language) })}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {describeFile(t, v.mime, v.size_bytes, i18n.language)}
                </Text>
              </li>
            ))}
          </ul>
        </details>
      )}
      {mayEdit && <DocumentStaffActions sittingId={sittingId} document={d} title={title} />}
    </li>
  );
}

export function ItemDocuments({ sittingId, itemId, documents, mayEdit }: { sittingId: number; itemId: number; documents: SittingDocument[]; mayEdit: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  if (documents.length === 0 && !mayEdit) return null;
  return (
    <Stack gap={4} mt={4} data-testid="item-documents">
      {documents.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            {t('sittings.documents.heading')}
          </Text>
          <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
            {documents.map((d) => (
              <DocumentRow key={d.id} sittingId={sittingId} document={d} mayEdit={mayEdit} />
            ))}
          </Stack>
        </>
      )}
      {mayEdit &&
        (adding ? (
          <AddDocumentForm sittingId={sittingId} itemId={itemId} onDone={() => setAdding(false)} />
        ) : (
          <Group>
            <Button variant="default" size="xs" onClick={() => setAdding(true)}>
              {t('sittings.documents.add')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
