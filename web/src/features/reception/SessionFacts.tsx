// The facts of a session: day, hours, host, place with its map or video link.
import { useTranslation } from 'react-i18next';
import { Fact as PlainFact, TextLink } from '../../components/plain';
import { hostName, placeText, sessionDayText, sessionHours } from './reception_text';
import type { ReceptionSession } from './types';

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <PlainFact term={term} wrapAnywhere>
      {children}
    </PlainFact>
  );
}

export function SessionFacts({ session, withHost = false }: { session: ReceptionSession; withHost?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <Fact term={t('reception.facts.day')}>{sessionDayText(t, session.day, lang)}</Fact>
      <Fact term={t('reception.facts.time')}>{sessionHours(session)}</Fact>
      {withHost && <Fact term={t('reception.facts.host')}>{hostName(session, lang)}</Fact>}
      <Fact term={t('reception.facts.place')}>
        {placeText(t, session)}
        {session.place_kind !== 'online' && session.map_url && (
          <>
            {' '}
            (<TextLink href={session.map_url} newTab>
              {t('reception.place.map')}
            </TextLink>
            )
          </>
        )}
        {session.place_kind === 'online' && session.video_url && (
          <>
            {' '}
            (<TextLink href={session.video_url} newTab>
              {t('reception.place.video')}
            </TextLink>
            )
          </>
        )}
      </Fact>
    </>
  );
}
