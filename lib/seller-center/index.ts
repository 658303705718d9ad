/**
 * lib/seller-center: the only code that knows Seller Center's URLs, DOM hooks and label texts.
 * Page detection, the selector table (overridable by a rule pack), and extraction of the orders shown.
 */
export {
  OBSERVED_ROW_ATTRIBUTES,
  SELLER_CENTER_HOSTS,
  SELLER_CENTER_MATCHES,
  type MarketCode,
  type SellerCenterHost,
} from './hosts';
export {
  PAGE_KIND_EXAMPLES,
  detectPage,
  isSellerCenterUrl,
  matchesPageKind,
  type PageInfo,
  type PageKind,
} from './pages';
export {
  countSelectorMatches,
  defaultSellerCenterSelectors,
  mergeSelectorOverrides,
  type MergedSelectors,
  type OrderStatusKind,
  type SelectorEntry,
  type SelectorKey,
  type SelectorMatch,
  type SelectorOverrideIssue,
  type SelectorOverrideIssueCode,
  type SellerCenterSelectors,
} from './selectors';
export {
  extractOrders,
  findOrderListContainer,
  readOrderListInSteps,
  type OrderDigest,
  type OrderListRead,
  type OrderRow,
  type OrderStatus,
} from './extract';
export {
  findPackageWeightInputs,
  findParcelFormFields,
  type PackageWeightInput,
  type ParcelFormFields,
} from './parcel-form';
export { orderListElementOf, readShownListTotal } from './list-element';
export { parseDimensionsMm, parseLengthMm, parseWeightGrams, type LengthUnit, type WeightUnit } from './measurements';
export {
  detectPageLanguage,
  findPrintLabelButtons,
  findTrackingUploadInputs,
  findUploadButtons,
} from './page-controls';
export { OWN_MARKER_SELECTOR } from './dom-text';
export {
  checkOrderListPage,
  isOrderListApiUrl,
  readOrderListResponse,
  requestOffsetOf,
  type ListedOrder,
  type OrderListPage,
} from './order-list-api';
