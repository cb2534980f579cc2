// What other features may use of draft discussions: the link from an act to its draft's discussion.
export { ActDraftLink } from './ActDraftLink';
