/** Network input: safe fetching, bounded concurrency, and RSS/Atom feeds. */
export { fetchUrl, DEFAULT_USER_AGENT, type FetchOptions, type Fetched } from './fetch.js';
export { checkAddress, type AddressCheck, type AddressRange } from './address.js';
export type { HostLookup } from './guard.js';
export { mapLimit, byHost, type MapLimitOptions, type Settled } from './limit.js';
export { parseFeed, isFeed, type Feed, type FeedItem, type FeedFormat } from './feed.js';
export { parseFeedDate } from './feed-date.js';
