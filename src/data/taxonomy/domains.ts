// Professional domains, split over two files to keep each readable.
import type { TaxonomyEntryInput } from '../schema.ts';
import { businessDomains } from './domains-business.ts';
import { expertDomains } from './domains-expert.ts';

export const domains: TaxonomyEntryInput[] = [...businessDomains, ...expertDomains];
