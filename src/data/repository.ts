/**
 * The repository the built site links to (corrections, source files, the About page), read once
 * at build time from the environment or package.json; see src/lib/repository.ts for the order.
 */
import packageJson from '../../package.json';
import { siteRepository } from '../lib/repository';

/** The repository's address, or undefined when none is named (the links are then left out). */
export const REPOSITORY = siteRepository(process.env, (packageJson as { repository?: unknown }).repository);
