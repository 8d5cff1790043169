import { ADVICE_GATEWAYS, type AdviceGateway, type AdviceKind, type Role } from '@convene/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { listAdviceGateways } from '../api/advice-gateways';
import { useSessionStore } from './session';

/** Health always triages through its gateway (Code of Practice 3.45): what is run until the council's list is read. */
const ALWAYS_RUN: AdviceKind[] = ['health'];

/** Who has a part in a gateway: its coordinator, its teams' representatives, and those who lead the panels. */
const partsIn = (gateway: AdviceGateway): Role[] => [
  gateway.coordinatorRole,
  gateway.teamRepRole,
  'admin',
  'chair',
  'qa_reviewer',
];

/** The advice gateways this council runs, read once a session, and the ones the signed-in person has a part in. */
export const useAdviceGatewaysStore = defineStore('advice-gateways', () => {
  const session = useSessionStore();
  const adviceKinds = ref<AdviceKind[]>(ALWAYS_RUN);
  let reading: Promise<void> | null = null;

  const run = computed(() => ADVICE_GATEWAYS.filter((g) => adviceKinds.value.includes(g.adviceKind)));
  const runs = (gateway: AdviceGateway) => adviceKinds.value.includes(gateway.adviceKind);
  const yours = computed(() => run.value.filter((g) => session.hasRole(...partsIn(g))));
  /** The gateways whose teams' queues the signed-in person works, as a team's representative. */
  const representing = computed(() => run.value.filter((g) => session.hasRole(g.teamRepRole)));

  /** Asks once; when the list cannot be read, health alone is shown and the next page asks again. */
  function load(): Promise<void> {
    reading ??= listAdviceGateways().then(
      (view) => {
        if (Array.isArray(view?.adviceKinds)) adviceKinds.value = view.adviceKinds;
      },
      () => {
        reading = null;
      },
    );
    return reading;
  }

  return { adviceKinds, run, runs, yours, representing, load };
});
