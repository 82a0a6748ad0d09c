export * from './common';
export * from './initiative';
export * from './story';
export * from './vocabulary';
