// Tools, split over two files to keep each readable.
import type { TaxonomyEntryInput } from '../schema.ts';
import { businessTools } from './tools-business.ts';
import { techTools } from './tools-tech.ts';

export const tools: TaxonomyEntryInput[] = [...techTools, ...businessTools];
