/** Feed autodiscovery: a site URL → its feed. See `discover.ts`. */
export { discoverFeed, feedLinksOf, USUAL_FEED_PATHS, type DiscoveredFeed, type DiscoveryFetcher, type FeedLink } from './discover.js';
