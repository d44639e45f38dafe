import * as migration_20261123_121821_initial from './20261123_121821_initial';

export const migrations = [
  {
    up: migration_20261123_121821_initial.up,
    down: migration_20261123_121821_initial.down,
    name: '20261123_121821_initial'
  },
];
