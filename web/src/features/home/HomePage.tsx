// The landing page. Plain HTML for text and layout (components/plain.tsx): its first render is
// what a visitor's phone waits for.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';
import { Page } from '../../components/Page';
import { Card, Heading, Para, Row, ThreeColumns } from '../../components/plain';
import { FindDeputyCallout } from '../directory';
import { useMe } from '../../lib/session';

const kSections = [
  { title: 'home.votersTitle', text: 'home.votersText' },
  { title: 'home.deputiesTitle', text: 'home.deputiesText' },
  { title: 'home.openTitle', text: 'home.openText' },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('home.title')}>
      <Para size="lg">{t('home.lead')}</Para>
      <FindDeputyCallout />
      <Row centered>
        <Button component={Link} to={kPaths.appealNew} variant="light">
          {t('appeals.home.write')}
        </Button>
        <Button component={Link} to={kPaths.publicRegister} variant="default">
          {t('appeals.home.publicRegister')}
        </Button>
      </Row>
      {me.data === null && (
        <Row centered>
          <Button component={Link} to={kPaths.register}>
            {t('home.ctaRegister')}
          </Button>
          <Button component={Link} to={kPaths.login} variant="default">
            {t('home.ctaLogin')}
          </Button>
        </Row>
      )}
      <ThreeColumns>
        {kSections.map((section) => (
          <Card key={section.title} as="section">
            <Heading size="h4" spaced>
              {t(section.title)}
            </Heading>
            <Para>{t(section.text)}</Para>
          </Card>
        ))}
      </ThreeColumns>
    </Page>
  );
}
