// Find my deputy: the address lives in the URL (?settlement=&street=&house=), so results can be
// shared and the back button works.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { Column, Heading, Para } from '../../../components/plain';
import { LoadingRegion, SkeletonBlocks } from '../../../components/PageSkeleton';
import { isApiError } from '../../../lib/api/api_error';
import { describeError } from '../../../lib/i18n/error_text';
import { useAddressLookup, type LookupAddress } from '../hooks';
import { AddressForm, type AddressField } from './AddressForm';
import { LookupResults } from './LookupResults';

function addressFromParams(params: URLSearchParams): LookupAddress {
  return {
    settlement: params.get('settlement') ?? '',
    street: params.get('street') ?? '',
    house: params.get('house') ?? '',
  };
}

export function FindDeputyPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const address = useMemo(() => addressFromParams(params), [params]);
  const searched = address.settlement !== '' ? address : null;
  const lookup = useAddressLookup(searched);
  const [localProblem, setLocalProblem] = useState<{ settlement: 'required' } | null>(null);

  const fieldErrors = useMemo((): Partial<Record<AddressField, string>> => {
    if (localProblem) return { settlement: t('directory.find.settlementRequired') };
    if (!isApiError(lookup.error)) return {};
    const out: Partial<Record<AddressField, string>> = {};
    if (lookup.error.hasField('settlement')) out.settlement = t('directory.find.settlementRequired');
    if (lookup.error.hasField('house')) out.house = t('directory.find.houseInvalid');
    if (lookup.error.hasField('address')) out.house = t('directory.find.addressTooLong');
    return out;
  }, [localProblem, lookup.error, t]);
  // The button is disabled while it searches, which drops the focus on <body>: once the answer is
  // in, the focus goes to the results (the live region reads them out).
  const resultsRef = useRef<HTMLElement>(null);
  const [focusWanted, setFocusWanted] = useState(false);
  useEffect(() => {
    if (!focusWanted || lookup.isFetching) return;
    setFocusWanted(false);
    // A field error takes the focus to its field (AddressForm); any other answer is read here.
    if (Object.keys(fieldErrors).length === 0) resultsRef.current?.focus();
  }, [focusWanted, lookup.isFetching, fieldErrors]);
  const otherError = lookup.isError && Object.keys(fieldErrors).length === 0;

  function onSubmit(next: LookupAddress) {
    if (next.settlement === '') {
      setLocalProblem({ settlement: 'required' });
      return;
    }
    setLocalProblem(null);
    setFocusWanted(true);
    const search = new URLSearchParams();
    search.set('settlement', next.settlement);
    if (next.street) search.set('street', next.street);
    if (next.house) search.set('house', next.house);
    setParams(search);
  }

  return (
    <Page title={t('directory.find.title')}>
      <Para size="lg">{t('directory.find.lead')}</Para>
      <AddressForm initial={address} loading={lookup.isFetching} errors={fieldErrors} onSubmit={onSubmit} />
      <Column
        as="section"
        ref={resultsRef}
        tabIndex={-1}
        gap="md"
        aria-labelledby="find-results-title"
        aria-live="polite"
        aria-busy={lookup.isFetching}
      >
        <Heading id="find-results-title">{t('directory.find.resultsTitle')}</Heading>
        {!searched && <Para dimmed>{t('directory.find.notYet')}</Para>}
        {searched && lookup.isPending && (
          <LoadingRegion label={t('directory.find.searching')}>
            <SkeletonBlocks blocks={2} height={120} />
          </LoadingRegion>
        )}
        {searched && !localProblem && lookup.isSuccess && (
          <>
            <Para size="sm" dimmed>
              {t('directory.find.addressLine', {
                address: [address.settlement, address.street, address.house].filter(Boolean).join(', '),
              })}
            </Para>
            <LookupResults result={lookup.data} />
          </>
        )}
        {otherError && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), lookup.error).summary}</FormAlert>
        )}
      </Column>
    </Page>
  );
}
