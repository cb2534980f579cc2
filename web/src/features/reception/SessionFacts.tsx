// The facts of a session: day, hours, host, place with its map or video link.
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hostName, placeText, sessionDayText, sessionHours } from './reception_text';
import type { ReceptionSession } from './types';

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Text style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={600}>
        {term}:
      </Text>{' '}
      {children}
    </Text>
  );
}

export function SessionFacts({ session, withHost = false }: { session: ReceptionSession; withHost?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <Fact term={t('reception.facts.day')}>{sessionDayText(session.day, lang)}</Fact>
      <Fact term={t('reception.facts.time')}>{sessionHours(session)}</Fact>
      {withHost && <Fact term={t('reception.facts.host')}>{hostName(session, lang)}</Fact>}
      <Fact term={t('reception.facts.place')}>
        {placeText(t, session)}
        {session.place_kind !== 'online' && session.map_url && (
          <>
            {' '}
            (<Anchor href={session.map_url} target="_blank" rel="noopener noreferrer">
              {t('reception.place.map')}
            </Anchor>
            )
          </>
        )}
        {session.place_kind === 'online' && session.video_url && (
          <>
            {' '}
            (<Anchor href={session.video_url} target="_blank" rel="noopener noreferrer">
              {t('reception.place.video')}
            </Anchor>
            )
          </>
        )}
      </Fact>
    </>
  );
}
