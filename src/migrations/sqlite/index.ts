import * as migration_20261123_114737_initial from './20261123_114737_initial';
import * as migration_20261123_164832_value_parent_indexes from './20261123_164832_value_parent_indexes';
import * as migration_20261202_031254_deletion_events from './20261202_031254_deletion_events';
import * as migration_20261202_045154_duplicates from './20261202_045154_duplicates';

export const migrations = [
  {
    up: migration_20261123_114737_initial.up,
    down: migration_20261123_114737_initial.down,
    name: '20261123_114737_initial',
  },
  {
    up: migration_20261123_164832_value_parent_indexes.up,
    down: migration_20261123_164832_value_parent_indexes.down,
    name: '20261123_164832_value_parent_indexes',
  },
  {
    up: migration_20261202_031254_deletion_events.up,
    down: migration_20261202_031254_deletion_events.down,
    name: '20261202_031254_deletion_events',
  },
  {
    up: migration_20261202_045154_duplicates.up,
    down: migration_20261202_045154_duplicates.down,
    name: '20261202_045154_duplicates'
  },
];
