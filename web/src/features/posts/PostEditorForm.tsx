// The editor of one post: kind and tags, a tab per language (kk, ru, en) with title, summary and
// Markdown body with the server's preview, then save; and the state changes — publish now, schedule
// for a local date and time, archive. At least one language must have a title. Each tab can insert
// an uploaded image's Markdown at the body's cursor (InsertImage, its own chunk). Staff choose whose
// the post is (a deputy, a commission, an okrug); a deputy (`deputyId`) writes their own deputy
// posts only. Both may say what it is about: an event, a sitting, an appeal topic (PostRefFields).
import { Button, Group, NativeSelect, Stack, Tabs, Text, TextInput, Textarea, Typography } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { lazyComponent } from '../../components/lazy_component';
import { describeError } from '../../lib/i18n/error_text';
import { localInputToMs, msToLocalInput } from '../../lib/dates';
import {
  kPostKinds,
  kPostLangs,
  usePostAction,
  usePreview,
  useSavePost,
  type PostAction,
  type PostEditor,
  type PostKind,
  type PostLang,
  type PostRefs,
  type PostTextInput,
} from './hooks';
import { PostRefFields } from './PostRefFields';
import { asDeputy, refsOf } from './post_refs';

const InsertImage = lazyComponent(async () => (await import('./InsertImage')).InsertImage);

/** The body with `markdown` put in place of the selection, as a paragraph of its own; and where the
 * cursor goes after it. */
export function insertBlock(body: string, start: number, end: number, markdown: string): { body: string; cursor: number } {
  const before = body.slice(0, start);
  const after = body.slice(end);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const inserted = before + lead + markdown + trail;
  return { body: inserted + after, cursor: inserted.length };
}

type Texts = Record<PostLang, { title: string; summary: string; body: string }>;

function initialTexts(post: PostEditor | null): Texts {
  const empty = { title: '', summary: '', body: '' };
  const out: Texts = { kk: { ...empty }, ru: { ...empty }, en: { ...empty } };
  for (const text of post?.texts ?? []) {
    if (text.lang === 'kk' || text.lang === 'ru' || text.lang === 'en') {
      out[text.lang] = { title: text.title, summary: text.summary, body: text.body };
    }
  }
  return out;
}

function Preview({ body }: { body: string }) {
  const { t } = useTranslation();
  const preview = usePreview();
  return (
    <Stack gap="xs">
      <div>
        <Button variant="outline" size="sm" onClick={() => preview.mutate(body)} loading={preview.isPending}>
          {t('posts.staff.preview')}
        </Button>
      </div>
      {preview.data && (
        <Typography>
          {/* Rendered by the server exactly as the public page will be (ADR 0015). */}
          <div className="post-body" data-testid="post-preview" dangerouslySetInnerHTML={{ __html: preview.data.html }} />
        </Typography>
      )}
    </Stack>
  );
}

export function PostEditorForm({
  maslikhatId,
  post,
  onSaved,
  deputyId,
}: {
  maslikhatId: number;
  post: PostEditor | null;
  onSaved: (id: number) => void;
  /** The signed-in deputy writing as themselves; absent for staff. */
  deputyId?: number;
}) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<PostKind>(deputyId ? 'deputy_post' : (post?.kind ?? 'news'));
  const [refs, setRefs] = useState<PostRefs>(() => refsOf(post));
  const [tags, setTags] = useState((post?.tags ?? []).join(', '));
  const [texts, setTexts] = useState<Texts>(() => initialTexts(post));
  const [when, setWhen] = useState(msToLocalInput(Date.now() + 24 * 3600 * 1000));
  const save = useSavePost();
  const act = usePostAction();
  const failure = save.error ?? act.error;
  const edit = (lang: PostLang, field: 'title' | 'summary' | 'body', value: string) =>
    setTexts((current) => ({ ...current, [lang]: { ...current[lang], [field]: value } }));
  const bodies = useRef<Partial<Record<PostLang, HTMLTextAreaElement | null>>>({});
  const insertImage = (lang: PostLang, markdown: string) => {
    const area = bodies.current[lang];
    const body = texts[lang].body;
    const next = insertBlock(body, area?.selectionStart ?? body.length, area?.selectionEnd ?? body.length, markdown);
    edit(lang, 'body', next.body);
    // Back to the text, just after the image, once the new value is rendered.
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  };
  const submit = () => {
    const list: PostTextInput[] = kPostLangs
      .filter((lang) => texts[lang].title.trim() !== '' || texts[lang].body.trim() !== '')
      .map((lang) => ({ lang, ...texts[lang] }));
    const tagList = tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== '');
    save.mutate(
      { id: post?.id ?? null, maslikhatId, draft: { ...(deputyId ? asDeputy(refs, deputyId) : refs), kind, tags: tagList, texts: list } },
      { onSuccess: (saved) => onSaved(saved.id) },
    );
  };
  const run = (action: PostAction) => {
    if (post) act.mutate({ id: post.id, action });
  };
  return (
    <Stack gap="md" data-testid="post-editor">
      <Group wrap="wrap" align="end">
        {!deputyId && (
          <NativeSelect
            label={t('posts.staff.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as PostKind)}
            data={kPostKinds.map((k) => ({ value: k, label: t(`posts.public.kind.${k}`) }))}
          />
        )}
        <TextInput label={t('posts.staff.tags')} description={t('posts.staff.tagsHint')} value={tags} onChange={(e) => setTags(e.currentTarget.value)} />
      </Group>
      <PostRefFields maslikhatId={maslikhatId} refs={refs} onChange={setRefs} chooseOwner={!deputyId} />
      <Tabs defaultValue={post?.texts[0]?.lang ?? 'kk'} keepMounted={false}>
        <Tabs.List>
          {kPostLangs.map((lang) => (
            <Tabs.Tab key={lang} value={lang}>
              {t(`posts.public.language.${lang}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {kPostLangs.map((lang) => (
          <Tabs.Panel key={lang} value={lang} pt="sm">
            <Stack gap="sm" lang={lang}>
              <TextInput
                label={t('posts.staff.title')}
                maxLength={200}
                value={texts[lang].title}
                onChange={(e) => edit(lang, 'title', e.currentTarget.value)}
                data-testid={`post-title-${lang}`}
              />
              <Textarea
                label={t('posts.staff.summary')}
                maxLength={500}
                autosize
                minRows={2}
                value={texts[lang].summary}
                onChange={(e) => edit(lang, 'summary', e.currentTarget.value)}
              />
              <Textarea
                label={t('posts.staff.body')}
                description={t('posts.staff.bodyHint')}
                maxLength={50000}
                autosize
                minRows={6}
                value={texts[lang].body}
                onChange={(e) => edit(lang, 'body', e.currentTarget.value)}
                data-testid={`post-body-${lang}`}
                ref={(element) => {
                  bodies.current[lang] = element;
                }}
              />
              <InsertImage postId={post?.id ?? null} onInsert={(markdown) => insertImage(lang, markdown)} />
              <Preview body={texts[lang].body} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      {failure && <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), failure).summary}</FormAlert>}
      <Group wrap="wrap">
        <Button onClick={submit} loading={save.isPending} data-testid="post-save">
          {t('posts.staff.save')}
        </Button>
      </Group>
      {post && (
        <Stack gap="sm">
          <Text>
            {t('posts.staff.state')}: {t(`posts.staff.states.${post.state}`)}
          </Text>
          <Group wrap="wrap" align="end">
            {post.state !== 'published' && (
              <Button color="green.9" onClick={() => run({ kind: 'publish' })} loading={act.isPending} data-testid="post-publish">
                {t('posts.staff.publish')}
              </Button>
            )}
            {post.state !== 'published' && (
              <>
                <TextInput type="datetime-local" label={t('posts.staff.when')} value={when} onChange={(e) => setWhen(e.currentTarget.value)} />
                <Button
                  variant="outline"
                  onClick={() => {
                    const ms = localInputToMs(when);
                    if (ms !== null) run({ kind: 'schedule', publishAt: new Date(ms).toISOString() });
                  }}
                >
                  {t('posts.staff.schedule')}
                </Button>
              </>
            )}
            {post.state !== 'archived' && (
              <Button variant="outline" color="red.9" onClick={() => run({ kind: 'archive' })}>
                {t('posts.staff.archive')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
