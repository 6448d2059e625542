/** The Choose view: the profile picked, its ranking, and the loop calculator for one LRT. */
import { createStore } from 'zustand/vanilla';
import type { ProfileId } from '../choose/profiles';
import { askWorker, type Ask } from './ask-worker';
import type { LoopPlanReply, RankingReply } from '../messaging/replies/choose-schemas';

export type LoopMarketChoice = 'aave-v3' | 'morpho-blue' | 'spark';

export interface ChooseState {
  profile: ProfileId;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  ranking: RankingReply | null;
  loop: {
    id: string | null;
    market: LoopMarketChoice;
    leverage: number;
    status: 'idle' | 'loading' | 'ready' | 'error';
    error: string | null;
    plan: LoopPlanReply | null;
  };
  pick(profile: ProfileId): Promise<void>;
  calculate(params: { id: string; market: LoopMarketChoice; leverage: number }): Promise<void>;
}

export function createChooseStore(ask: Ask) {
  return createStore<ChooseState>()((set, get) => ({
    profile: 'preserve',
    status: 'idle',
    error: null,
    ranking: null,
    loop: { id: null, market: 'aave-v3', leverage: 3, status: 'idle', error: null, plan: null },
    async pick(profile) {
      set({ profile, status: 'loading', error: null });
      const answer = await askWorker(ask, { type: 'rank', profile, chainId: null });
      if (get().profile !== profile) return;
      set(answer.ok ? { status: 'ready', ranking: answer.value } : { status: 'error', error: answer.error });
    },
    async calculate({ id, market, leverage }) {
      set({ loop: { ...get().loop, id, market, leverage, status: 'loading', error: null } });
      const answer = await askWorker(ask, { type: 'loop', id, market, chainId: 1, leverage });
      set({ loop: { id, market, leverage, ...(answer.ok ? { status: 'ready', error: null, plan: answer.value } : { status: 'error', error: answer.error, plan: null }) } });
    },
  }));
}

export type ChooseStore = ReturnType<typeof createChooseStore>;
