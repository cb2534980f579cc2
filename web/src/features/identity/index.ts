// What other features use of identity.
export { useInfo } from './hooks';
export { ConsentSections, useConsentText, type ConsentTextData } from './consent/ConsentText';
