// Professional domains, split over three files to keep each readable.
import type { TaxonomyEntryInput } from '../schema.ts';
import { businessDomains } from './domains-business.ts';
import { expertDomains } from './domains-expert.ts';
import { technicalDomains } from './domains-technical.ts';

export const domains: TaxonomyEntryInput[] = [...businessDomains, ...expertDomains, ...technicalDomains];
