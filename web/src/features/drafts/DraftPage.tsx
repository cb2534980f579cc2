// /drafts/:id: one discussion of a draft act — the state with the days left, the paragraphs with
// anchors (#p3) and the comments under each, a comment form per paragraph for signed-in people
// while it is open, and the summary table with its downloads. The maslikhat's staff decide on each
// comment, hide an abusive one with a reason (the public reads the reason instead), link the
// adopted act, correct or extend the discussion while it runs, or withdraw it; a withdrawn one
// shows its reason to everyone and keeps its comments readable. Each paragraph reads in Kazakh and
// Russian side by side (stacked on a phone), or in one of them; the choice is remembered, and the
// page prints as shown without its forms and buttons (drafts_print.css).
import { Anchor, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { staffMaslikhatIds } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { pick } from '../directory';
import { CommentForm } from './CommentForm';
import { DecisionForm } from './DecisionForm';
import { DraftEditForm } from './DraftEditForm';
import { DraftStaffTools } from './DraftStaffTools';
import { DraftWithdrawForm } from './DraftWithdrawForm';
import { changeable } from './edit';
import { ModerationForm } from './ModerationForm';
import { ParagraphColumns, TextViewSwitch } from './ParagraphColumns';
import { initialView, type TextView } from './languages';
import { DraftState } from './DraftState';
import { useDraft, type DraftDetail } from './hooks';
import { SummaryTable, authorText } from './SummaryTable';
import './drafts.css';
import './drafts_print.css';

const kViewKey = 'kenes.drafts.textView';

function storedView(): string | null {
  try {
    return window.localStorage.getItem(kViewKey);
  } catch {
    return null;
  }
}

function DraftView({ draft }: { draft: DraftDetail }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<TextView>(() => initialView(storedView()));
  const chooseView = (v: TextView) => {
    setView(v);
    try {
      window.localStorage.setItem(kViewKey, v);
    } catch {
      // private mode: the choice lasts for this page only
    }
  };
  const me = useMe();
  const signedIn = Boolean(me.data);
  const mayKeep = me.data
    ? me.data.roles.some((r) => r.role === 'admin') || staffMaslikhatIds(me.data).includes(draft.maslikhat_id)
    : false;
  return (
    <Page title={pick(i18n.language, draft.title_kk, draft.title_ru)}>
      <Stack gap={4}>
        <DraftState draft={draft} />
        {draft.state === 'withdrawn' && (
          <FormAlert kind="info">
            <Text fw={700} style={{ overflowWrap: 'anywhere' }} data-testid="draft-withdrawn">
              {t('drafts.withdrawnNotice', { reason: draft.withdrawn_reason })}
            </Text>
          </FormAlert>
        )}
        {draft.act_id !== null && (
          <Anchor component={Link} to={`/acts/${String(draft.act_id)}`}>
            {t('drafts.adoptedAct')}
          </Anchor>
        )}
        {draft.state === 'open' && !signedIn && (
          <Text size="sm" className="draft-no-print">
            <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/drafts/${String(draft.id)}`)}`}>
              {t('drafts.signInToComment')}
            </Anchor>
          </Text>
        )}
      </Stack>

      <section aria-labelledby="draft-text">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="draft-text">
            {t('drafts.text')}
          </Title>
          <div className="draft-no-print">
            <TextViewSwitch value={view} onChange={chooseView} />
          </div>
        </Group>
        <Stack gap="md" mt="xs" component="ol" p={0} style={{ listStyle: 'none' }}>
          {draft.paragraphs.map((p) => {
            const comments = draft.comments.filter((c) => c.paragraph_id === p.id);
            return (
              <Paper component="li" className="drafts-item" withBorder p="sm" key={p.id} id={`p${String(p.number)}`} data-testid={`paragraph-${String(p.number)}`}>
                <Stack gap="xs">
                  <Text size="sm" c="dimmed">
                    <Anchor href={`#p${String(p.number)}`}>{t('drafts.paragraphN', { number: p.number })}</Anchor>
                  </Text>
                  <ParagraphColumns paragraph={p} view={view} />
                  {comments.length > 0 && (
                    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('drafts.commentsOn', { number: p.number })}>
                      {comments.map((c) => (
                        <li key={c.id} data-testid={`comment-${String(c.id)}`}>
                          <Divider mb={4} />
                          {c.hidden && !mayKeep ? (
                            <Text size="sm" fs="italic" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                              {t('drafts.moderation.hiddenNotice', { reason: c.hidden_reason })}
                            </Text>
                          ) : (
                            <>
                              <Text size="sm" fw={700} style={{ overflowWrap: 'anywhere' }}>
                                {authorText(t as never, c)}
                              </Text>
                              <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                                {c.text}
                              </Text>
                              {c.hidden && (
                                <Text size="sm" fs="italic" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                                  {t('drafts.moderation.hiddenForStaff', { reason: c.hidden_reason })}
                                </Text>
                              )}
                            </>
                          )}
                          {!c.hidden && c.decision && (
                            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                              {t(`drafts.decision.${c.decision}`)}
                              {c.reason ? `: ${c.reason}` : ''}
                            </Text>
                          )}
                          {mayKeep && (
                            <div className="draft-no-print">
                              {!c.hidden && <DecisionForm draftId={draft.id} comment={c} />}
                              <ModerationForm draftId={draft.id} comment={c} />
                            </div>
                          )}
                        </li>
                      ))}
                    </Stack>
                  )}
                  {draft.state === 'open' && signedIn && (
                    <div className="draft-no-print">
                      <CommentForm draftId={draft.id} paragraphId={p.id} number={p.number} />
                    </div>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      </section>

      <SummaryTable draft={draft} />
      {mayKeep && (
        <div className="draft-no-print">
          <Stack gap="md">
            <DraftStaffTools draft={draft} />
            {changeable(draft) && <DraftEditForm draft={draft} />}
            {changeable(draft) && <DraftWithdrawForm draft={draft} />}
          </Stack>
        </div>
      )}
      {draft.state !== 'open' && draft.comments.length === 0 && (
        <FormAlert kind="info">{t('drafts.noComments')}</FormAlert>
      )}
    </Page>
  );
}

export function DraftPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const draftId = id && /^\d{1,15}$/.test(id) ? Number(id) : 0;
  const draft = useDraft(draftId);
  if (draftId === 0 || (draft.isError && isApiError(draft.error) && draft.error.code === 'not_found')) return <NotFoundPage />;
  if (draft.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={3} height={120} />
      </LoadingRegion>
    );
  }
  if (draft.isError) return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), draft.error).summary}</FormAlert>;
  return <DraftView draft={draft.data} />;
}
