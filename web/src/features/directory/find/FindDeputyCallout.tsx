// The home page's prominent entry to "find my deputy".
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, Column, Heading, Para, Row } from '../../../components/plain';
import { directoryPath } from '../directory_paths';

export function FindDeputyCallout() {
  const { t } = useTranslation();
  return (
    <Card as="section" large blue aria-labelledby="find-deputy-callout">
      <Column gap="sm">
        <Heading id="find-deputy-callout">{t('directory.home.title')}</Heading>
        <Para>{t('directory.home.text')}</Para>
        <Row centered>
          <Button component={Link} to={directoryPath.find} size="md">
            {t('directory.home.cta')}
          </Button>
          <Button component={Link} to={directoryPath.deputies} size="md" variant="default">
            {t('directory.home.deputies')}
          </Button>
        </Row>
      </Column>
    </Card>
  );
}
