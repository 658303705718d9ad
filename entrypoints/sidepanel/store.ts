import { create } from 'zustand';
import type { ResponseOf, ShopOverview, TroubleshootView } from '@/lib/messaging';
import { DEFAULT_AT_RISK_SORT, type AtRiskSort } from './at-risk-sort';
import type { TargetOrigin } from './target';

/**
 * The side panel's UI state (zustand). Persisted data lives in the background's store; this holds
 * only what is on screen: the tab, the search box, the last answers and their loading/error states.
 */

export type PanelTab = 'troubleshoot' | 'shop';

export type TroubleshootState =
  | { status: 'idle' }
  /** `previous` stays on screen while the next answer is on its way, so the panel does not flash empty. */
  | { status: 'loading'; query: string; origin?: TargetOrigin; previous?: TroubleshootView }
  | { status: 'ready'; view: TroubleshootView; origin?: TargetOrigin }
  | { status: 'failed'; query: string; code: string };

export type OverviewState =
  | { status: 'idle' }
  | { status: 'loading'; previous?: ShopOverview }
  | { status: 'ready'; data: ShopOverview }
  | { status: 'failed'; code: string; previous?: ShopOverview };

export type PollState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: ResponseOf<'poll-now'> }
  | { status: 'failed'; code: string };

export type ConnectionState =
  | { status: 'loading' }
  | { status: 'ready'; data: ResponseOf<'connection-status'> }
  | { status: 'failed'; code: string };

export type CopyState = 'idle' | 'copied' | 'failed';

export type InputProblem = 'empty' | 'too-long';

export interface SidepanelState {
  tab: PanelTab;
  queryText: string;
  inputProblem?: InputProblem;
  troubleshoot: TroubleshootState;
  overview: OverviewState;
  sort: AtRiskSort;
  poll: PollState;
  connection: ConnectionState;
  copy: CopyState;
  exportNotice?: { file: string; rows: number };
  setTab: (tab: PanelTab) => void;
  setQueryText: (text: string) => void;
  setInputProblem: (problem: InputProblem | undefined) => void;
  setTroubleshoot: (state: TroubleshootState) => void;
  setOverview: (state: OverviewState) => void;
  setSort: (sort: AtRiskSort) => void;
  setPoll: (state: PollState) => void;
  setConnection: (state: ConnectionState) => void;
  setCopy: (state: CopyState) => void;
  setExportNotice: (notice: { file: string; rows: number } | undefined) => void;
}

/** A fresh store (one per page; tests make their own). */
export function createSidepanelStore() {
  return create<SidepanelState>()((set) => ({
    tab: 'troubleshoot',
    queryText: '',
    troubleshoot: { status: 'idle' },
    overview: { status: 'idle' },
    sort: DEFAULT_AT_RISK_SORT,
    poll: { status: 'idle' },
    connection: { status: 'loading' },
    copy: 'idle',
    setTab: (tab) => set({ tab }),
    setQueryText: (queryText) => set({ queryText, inputProblem: undefined }),
    setInputProblem: (inputProblem) => set({ inputProblem }),
    setTroubleshoot: (troubleshoot) => set({ troubleshoot, copy: 'idle' }),
    setOverview: (overview) => set({ overview }),
    setSort: (sort) => set({ sort }),
    setPoll: (poll) => set({ poll }),
    setConnection: (connection) => set({ connection }),
    setCopy: (copy) => set({ copy }),
    setExportNotice: (exportNotice) => set({ exportNotice }),
  }));
}

export type SidepanelStore = ReturnType<typeof createSidepanelStore>;

/** The overview on screen: the answer, or the previous one while refreshing or after a failed refresh. */
export function overviewShown(state: OverviewState): ShopOverview | undefined {
  if (state.status === 'ready') return state.data;
  if (state.status === 'loading' || state.status === 'failed') return state.previous;
  return undefined;
}

/** The troubleshoot view on screen (the previous one while the next loads). */
export function viewShown(state: TroubleshootState): TroubleshootView | undefined {
  if (state.status === 'ready') return state.view;
  if (state.status === 'loading') return state.previous;
  return undefined;
}
