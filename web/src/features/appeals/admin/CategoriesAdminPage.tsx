// /admin/categories: the installation's appeal categories and the executive bodies (admin only).
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { RequireMe } from '../../../components/RequireMe';
import { isAdmin } from '../roles';
import { BodiesEditor } from './BodiesEditor';
import { CategoryEditor } from './CategoryEditor';

export function CategoriesAdminPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('appeals.categoriesAdmin.title')}>
      <RequireMe>
        {(me) =>
          isAdmin(me) ? (
            <Stack gap="lg">
              <Paper withBorder p="md" component="section" aria-labelledby="categories-title">
                <Title order={2} size="h3" id="categories-title" mb="xs">
                  {t('appeals.categoriesAdmin.categoriesTitle')}
                </Title>
                <Text mb="md">{t('appeals.categoriesAdmin.intro')}</Text>
                <CategoryEditor />
              </Paper>
              <Paper withBorder p="md" component="section" aria-labelledby="bodies-title">
                <Title order={2} size="h3" id="bodies-title" mb="xs">
                  {t('appeals.categoriesAdmin.bodiesTitle')}
                </Title>
                <BodiesEditor />
              </Paper>
            </Stack>
          ) : (
            <FormAlert kind="error">{t('appeals.categoriesAdmin.forbidden')}</FormAlert>
          )
        }
      </RequireMe>
    </Page>
  );
}
