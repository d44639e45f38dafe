import * as migration_20261123_121821_initial from './20261123_121821_initial';
import * as migration_20261123_164839_value_parent_indexes from './20261123_164839_value_parent_indexes';
import * as migration_20261202_032457_duplicates from './20261202_032457_duplicates';

export const migrations = [
  {
    up: migration_20261123_121821_initial.up,
    down: migration_20261123_121821_initial.down,
    name: '20261123_121821_initial',
  },
  {
    up: migration_20261123_164839_value_parent_indexes.up,
    down: migration_20261123_164839_value_parent_indexes.down,
    name: '20261123_164839_value_parent_indexes',
  },
  {
    up: migration_20261202_032457_duplicates.up,
    down: migration_20261202_032457_duplicates.down,
    name: '20261202_032457_duplicates'
  },
];
