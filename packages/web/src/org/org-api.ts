import type { OrgWeighting } from '@rolefit/core';
import type { CreatedOrg, JoinOrgBody, OrgView, OrgViewTeam } from '@rolefit/server/contract';
import { type AdminKey, callApi } from '../teams/team-api.ts';

// The HTTP contract's types come from the server's schemas, as the team dashboard's do.
export type { CreatedOrg, JoinOrgBody, OrgView, OrgViewTeam };

/** Create an organisation: its admin link is in the answer, and only there. */
export const createOrg = (name: string) =>
  callApi<CreatedOrg>('/api/orgs', { method: 'POST', body: { name } });

/** The org admin's API of one organisation. */
export function orgApi(key: AdminKey) {
  const base = `/api/orgs/${encodeURIComponent(key.id)}`;
  return {
    view: (weighting: OrgWeighting) => callApi<OrgView>(`${base}?weighting=${weighting}`, { key }),
    addTeam: (body: JoinOrgBody) =>
      callApi<{ teamId: string; headcount: number | null }>(`${base}/teams`, {
        method: 'POST',
        body,
        key,
      }),
    removeTeam: (teamId: string) =>
      callApi<{ removed: boolean }>(`${base}/teams/${encodeURIComponent(teamId)}`, {
        method: 'DELETE',
        key,
      }),
    remove: () => callApi<{ deleted: true }>(base, { method: 'DELETE', key }),
  };
}

/** The API of one organisation, as the page's panels take it. */
export type OrgApi = ReturnType<typeof orgApi>;
