// What other features use of identity.
export { useInfo } from './hooks';
