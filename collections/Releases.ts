import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { staffReadOnly } from '../src/access/staffOnlyField'
import { nobody } from '../src/access/nobody'
import { changelogEndpoint } from '../src/release/changelogEndpoint'
import { downloadReleaseEndpoint } from '../src/release/downloadReleaseEndpoint'
import { publishReleaseEndpoint } from '../src/release/publishReleaseEndpoint'
import { relationshipTitleCell } from '../src/components/list/relationshipCellConfig'

/**
 * A bank frozen at publication: immutable and numbered per role. The JSON
 * export is kept verbatim; the other formats are rendered from it, so every
 * download of a release is byte-identical however the bank changes later.
 */
export const Releases: CollectionConfig = {
  slug: 'releases',
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'role', 'version', 'questionCount', 'publishedBy', 'createdAt'],
    group: 'Banks',
    components: {
      edit: { beforeDocumentControls: ['/components/release/ReleaseDownloads#ReleaseDownloads'] },
    },
  },
  defaultSort: '-createdAt',
  access: {
    // Releases hold approved content only; teams download them without an account.
    read: anyone,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  endpoints: [publishReleaseEndpoint, downloadReleaseEndpoint, changelogEndpoint],
  fields: [
    { name: 'label', type: 'text', admin: { readOnly: true } },
    { name: 'role', type: 'relationship', relationTo: 'roles', required: true, index: true, admin: { readOnly: true, ...relationshipTitleCell } },
    { name: 'version', type: 'number', required: true, index: true, admin: { readOnly: true } },
    { name: 'contentHash', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'questionCount', type: 'number', admin: { readOnly: true } },
    { name: 'publishedBy', type: 'relationship', relationTo: 'users', maxDepth: 0, access: staffReadOnly, admin: { readOnly: true } },
    {
      name: 'contents',
      type: 'json',
      // Internal question, hint and version ids: staff only. The snapshot is the published bank itself.
      access: staffReadOnly,
      admin: {
        readOnly: true,
        description: 'The exact question and hint versions this release holds.',
        // Read-only and bundled: Payload's JSON editor loads Monaco from a CDN.
        components: { Field: '/components/release/ReleaseContents#ReleaseContents' },
      },
    },
    {
      // What changed since the role's previous release (src/release/changelog.ts), shown on the release's page.
      name: 'changelog',
      type: 'ui',
      admin: { components: { Field: '/components/release/ReleaseChangelog#ReleaseChangelog' } },
    },
    {
      name: 'snapshot',
      type: 'textarea',
      required: true,
      admin: { hidden: true },
    },
  ],
  timestamps: true,
}
