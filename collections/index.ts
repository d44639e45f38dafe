import type { CollectionConfig } from 'payload'

import { DuplicateDecisions } from './DuplicateDecisions'
import { Hints } from './Hints'
import { ImportRuns } from './ImportRuns'
import { Levels } from './Levels'
import { Questions } from './Questions'
import { Releases } from './Releases'
import { ReviewEvents } from './ReviewEvents'
import { Roles } from './Roles'
import { Users } from './Users'

/** Every collection, in the admin's order: the app's config and the benchmark's config both use this list. */
export const collections: CollectionConfig[] = [Roles, Levels, Questions, Hints, Releases, ImportRuns, ReviewEvents, DuplicateDecisions, Users]
