import * as migration_20261123_114737_initial from './20261123_114737_initial';

export const migrations = [
  {
    up: migration_20261123_114737_initial.up,
    down: migration_20261123_114737_initial.down,
    name: '20261123_114737_initial'
  },
];
