import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import HomePage from './pages/HomePage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import {
  ADVICE_GATEWAYS,
  gatewayFigureReaders,
  MEETING_KIND_LABELS,
  YOU_SAID_WE_DID_WRITERS,
  type AdviceGateway,
  type Role,
} from '@convene/domain';
import { DIP_SAMPLERS, QUALITY_FIGURE_READERS } from './api/quality';
import { REPORT_READERS } from './api/reports';
import { SEN2_RETURN_READERS } from './api/returns';
import { useAdviceGatewaysStore } from './stores/advice-gateways';
import { useSessionStore } from './stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's name, used for the document title so screen reader users know where they are. */
    title: string;
    /** Pages anyone may see without signing in. */
    public?: boolean;
    /** Shown without the service header and footer (the projector's room display). */
    bare?: boolean;
    /** A live room: the full width of the screen, its parts scrolling on their own, a skip link to the item under discussion. */
    console?: boolean;
    /** Only these roles may open the page (the API checks again). */
    roles?: Role[];
    /** A page of this advice gateway: found only when the council runs it. */
    gateway?: AdviceGateway;
    /** A page for parents, carers and young people: the only pages a family account sees. */
    family?: boolean;
  }
}

export interface Area {
  name: string;
  path: string;
  title: string;
}

/** The areas in the service navigation, in order: the advice gateways you have a part in come after Actions. */
export function areas(gateways: readonly AdviceGateway[]): Area[] {
  return [
    { name: 'cases', path: '/cases', title: 'Cases' },
    { name: 'meetings', path: '/meetings', title: 'Meetings' },
    { name: 'actions', path: '/actions', title: 'Actions' },
    ...gateways.map((g) => ({ name: g.slug, path: g.page, title: MEETING_KIND_LABELS[g.meetingKind] })),
    { name: 'quality', path: '/quality', title: 'Quality' },
    { name: 'dashboard', path: '/dashboard', title: 'Dashboard' },
  ];
}

/** Each gateway's tracker and team queues, and its figures: one page each, told the gateway by the route. */
const gatewayRoutes = ADVICE_GATEWAYS.flatMap((gateway): RouteRecordRaw[] => [
  {
    path: gateway.page,
    name: gateway.slug,
    component: () => import('./pages/gateway/GatewayPage.vue'),
    props: { gateway },
    meta: { title: MEETING_KIND_LABELS[gateway.meetingKind], gateway },
  },
  {
    path: `${gateway.page}/figures`,
    name: `${gateway.slug}-figures`,
    component: () => import('./pages/gateway/GatewayFiguresPage.vue'),
    props: { gateway },
    meta: {
      title: `${MEETING_KIND_LABELS[gateway.meetingKind]} figures`,
      roles: gatewayFigureReaders(gateway),
      gateway,
    },
  },
]);

const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/SignInPage.vue'),
    meta: { title: 'Sign in', public: true },
  },
  {
    path: '/family/sign-in',
    name: 'family-sign-in',
    component: () => import('./pages/family/FamilySignInPage.vue'),
    meta: { title: 'Sign in: parents, carers and young people', public: true, family: true },
  },
  {
    path: '/family',
    name: 'family-home',
    component: () => import('./pages/family/FamilyHomePage.vue'),
    meta: { title: 'Your child’s request', roles: ['family'], family: true },
  },
  {
    path: '/family/children/:childId',
    name: 'family-child',
    component: () => import('./pages/family/FamilyChildPage.vue'),
    props: true,
    meta: { title: 'Your child’s request', roles: ['family'], family: true },
  },
  {
    path: '/family/children/:childId/plan',
    name: 'family-plan',
    component: () => import('./pages/family/FamilyPlanPage.vue'),
    props: true,
    meta: { title: 'Your child’s plan', roles: ['family'], family: true },
  },
  {
    path: '/family/children/:childId/our-say',
    name: 'family-our-say',
    component: () => import('./pages/family/FamilyOurSayPage.vue'),
    props: true,
    meta: { title: 'Have your say', roles: ['family'], family: true },
  },
  {
    path: '/family/you-said-we-did',
    name: 'family-you-said-we-did',
    component: () => import('./pages/family/FamilyYouSaidWeDidPage.vue'),
    meta: { title: 'You said, we did', roles: ['family'], family: true },
  },
  { path: '/', name: 'home', component: HomePage, meta: { title: 'Home' } },
  {
    path: '/account/two-step',
    name: 'two-step',
    component: () => import('./pages/account/TwoStepPage.vue'),
    meta: { title: 'Two-step sign-in' },
  },
  {
    path: '/account/notifications',
    name: 'notification-settings',
    component: () => import('./pages/account/NotificationSettingsPage.vue'),
    meta: { title: 'Notification settings' },
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./pages/notifications/NotificationsPage.vue'),
    meta: { title: 'Notifications' },
  },
  {
    path: '/actions',
    name: 'actions',
    component: () => import('./pages/actions/ActionsPage.vue'),
    meta: { title: 'Actions' },
  },
  {
    path: '/cases',
    name: 'cases',
    component: () => import('./pages/cases/CasesPage.vue'),
    meta: { title: 'Cases' },
  },
  {
    path: '/cases/:childId',
    name: 'case',
    component: () => import('./pages/cases/CasePage.vue'),
    meta: { title: 'Case' },
  },
  {
    path: '/meetings',
    name: 'meetings',
    component: () => import('./pages/meetings/MeetingsPage.vue'),
    meta: { title: 'Meetings' },
  },
  {
    path: '/meetings/:meetingId/display',
    name: 'room-display',
    component: () => import('./pages/meetings/RoomDisplayPage.vue'),
    meta: { title: 'Room display', bare: true },
  },
  {
    path: '/meetings/:meetingId/items/:itemId/plan',
    name: 'agenda-item-plan',
    component: () => import('./pages/quality/plan/ReadPlanPage.vue'),
    meta: { title: 'Read the plan' },
  },
  {
    path: '/meetings/:meetingId/weekly-list',
    name: 'weekly-list',
    component: () => import('./pages/meetings/WeeklyListPage.vue'),
    meta: { title: 'The week’s list', roles: ['admin', 'chair', 'panel_member', 'presenter'] },
  },
  {
    path: '/written',
    name: 'written-procedures',
    component: () => import('./pages/written/WrittenProceduresPage.vue'),
    meta: { title: 'Decisions in writing' },
  },
  {
    path: '/written/:meetingId',
    name: 'written-procedure',
    component: () => import('./pages/written/WrittenProcedurePage.vue'),
    meta: { title: 'Decision in writing' },
  },
  {
    path: '/meetings/:meetingId',
    name: 'meeting-room',
    component: () => import('./pages/meetings/MeetingRoomPage.vue'),
    meta: { title: 'Meeting', console: true },
  },
  ...gatewayRoutes,
  {
    path: '/quality',
    name: 'quality',
    component: () => import('./pages/quality/QualityPage.vue'),
    meta: { title: 'Quality' },
  },
  {
    path: '/quality/dip-samples/:sampleId/plans/:requestId',
    name: 'sampled-plan',
    component: () => import('./pages/quality/plan/ReadPlanPage.vue'),
    meta: { title: 'Read the plan', roles: ['admin', 'chair', 'qa_reviewer', 'parent_reviewer'] },
  },
  {
    path: '/quality/dip-samples',
    name: 'dip-samples',
    component: () => import('./pages/quality/samples/DipSamplesPage.vue'),
    meta: { title: 'Dip samples', roles: DIP_SAMPLERS },
  },
  {
    path: '/quality/dip-samples/:sampleId',
    name: 'dip-sample',
    component: () => import('./pages/quality/samples/DipSamplePage.vue'),
    meta: { title: 'Dip sample', roles: DIP_SAMPLERS },
  },
  {
    path: '/quality/dip-samples/:sampleId/plans/:requestId/review',
    name: 'sample-plan-review',
    component: () => import('./pages/quality/samples/SamplePlanReviewPage.vue'),
    meta: { title: 'Score a sampled plan', roles: DIP_SAMPLERS },
  },
  {
    path: '/quality/figures',
    name: 'quality-figures',
    component: () => import('./pages/quality/QualityFiguresPage.vue'),
    meta: { title: 'Quality figures', roles: QUALITY_FIGURE_READERS },
  },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('./pages/dashboard/DashboardPage.vue'),
    meta: { title: 'Dashboard' },
  },
  {
    path: '/reports/decisions',
    name: 'decisions-report',
    component: () => import('./pages/reports/DecisionsReportPage.vue'),
    meta: { title: 'Decisions report', roles: REPORT_READERS },
  },
  {
    path: '/reports/leadership-pack',
    name: 'leadership-pack',
    component: () => import('./pages/reports/LeadershipPackPage.vue'),
    meta: { title: 'Leadership pack', roles: REPORT_READERS },
  },
  {
    path: '/reports/sen2',
    name: 'sen2-return',
    component: () => import('./pages/reports/Sen2ReturnPage.vue'),
    meta: { title: 'SEN2 return', roles: SEN2_RETURN_READERS },
  },
  { path: '/admin', redirect: '/admin/users' },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('./pages/admin/AdminUsersPage.vue'),
    meta: { title: 'Users', roles: ['admin'] },
  },
  {
    path: '/admin/localities',
    name: 'admin-localities',
    component: () => import('./pages/admin/LocalitiesPage.vue'),
    meta: { title: 'Localities', roles: ['admin'] },
  },
  {
    path: '/admin/case-import',
    name: 'admin-case-import',
    component: () => import('./pages/admin/CaseImportPage.vue'),
    meta: { title: 'Import cases', roles: ['admin'] },
  },
  {
    path: '/admin/agencies',
    name: 'admin-agencies',
    component: () => import('./pages/admin/AdminAgenciesPage.vue'),
    meta: { title: 'Agencies and teams', roles: ['admin'] },
  },
  {
    path: '/admin/meeting-groups',
    name: 'admin-meeting-groups',
    component: () => import('./pages/admin/MeetingGroupsPage.vue'),
    meta: { title: 'Meeting groups', roles: ['admin'] },
  },
  {
    path: '/admin/threshold-criteria',
    name: 'admin-threshold-criteria',
    component: () => import('./pages/admin/ThresholdCriteriaPage.vue'),
    meta: { title: 'Threshold criteria', roles: ['admin'] },
  },
  {
    path: '/admin/delegation-scheme',
    name: 'admin-delegation-scheme',
    component: () => import('./pages/admin/DelegationSchemePage.vue'),
    meta: { title: 'Scheme of delegation', roles: ['admin'] },
  },
  {
    path: '/admin/quality-framework',
    name: 'admin-quality-framework',
    component: () => import('./pages/admin/QualityFrameworkPage.vue'),
    meta: { title: 'Quality framework', roles: ['admin'] },
  },
  {
    path: '/admin/you-said-we-did',
    name: 'admin-you-said-we-did',
    component: () => import('./pages/admin/YouSaidWeDidPage.vue'),
    meta: { title: 'You said, we did', roles: [...YOU_SAID_WE_DID_WRITERS] },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('./pages/admin/AuditPage.vue'),
    meta: { title: 'Audit trail', roles: ['admin'] },
  },
  {
    path: '/admin/messages',
    name: 'admin-messages',
    component: () => import('./pages/admin/MessagesSentPage.vue'),
    meta: { title: 'Messages sent', roles: ['admin'] },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { title: 'Page not found' } },
];

export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes });
  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    const session = useSessionStore();
    await session.restore();
    if (!session.signedIn)
      return to.meta.family
        ? { name: 'family-sign-in' }
        : { name: 'sign-in', query: to.fullPath === '/' ? {} : { returnTo: to.fullPath } };
    // A family account sees the family's pages and nothing of the staff's.
    if (session.hasRole('family')) return to.meta.family ? true : { name: 'family-home' };
    // An administrator without two-step sign-in may do nothing else until it is set up (the API says the same).
    if (session.user?.mustEnrolTwoStep && to.name !== 'two-step') return { name: 'two-step' };
    const gateways = useAdviceGatewaysStore();
    await gateways.load();
    // A gateway the council does not run has no pages, as its API answers 404.
    if (to.meta.gateway && !gateways.runs(to.meta.gateway)) return { name: 'not-found' };
    return !to.meta.roles || session.hasRole(...to.meta.roles) ? true : { name: 'not-found' };
  });
  router.afterEach((to) => {
    document.title = `${to.meta.title} – Convene`;
  });
  return router;
}
