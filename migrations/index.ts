import * as migration_20261125_132414_initial from './20261125_132414_initial';
import * as migration_20261125_134028_content_model from './20261125_134028_content_model';
import * as migration_20261125_163035_translation_status from './20261125_163035_translation_status';
import * as migration_20261125_173000_claims_override from './20261125_173000_claims_override';
import * as migration_20261130_182513_media_public_flag from './20261130_182513_media_public_flag';
import * as migration_20261201_040732_pages from './20261201_040732_pages';
import * as migration_20261201_050627_consultation_navigation_and_page_links from './20261201_050627_consultation_navigation_and_page_links';
import * as migration_20261201_075624_claims_review from './20261201_075624_claims_review';
import * as migration_20261202_011435_object_storage_fields from './20261202_011435_object_storage_fields';
import * as migration_20261202_022054_search_index from './20261202_022054_search_index';
import * as migration_20261202_065039_disclaimer_summary from './20261202_065039_disclaimer_summary';
import * as migration_20261202_070342_desk_last_edited_by_weekly_email from './20261202_070342_desk_last_edited_by_weekly_email';

export const migrations = [
  {
    up: migration_20261125_132414_initial.up,
    down: migration_20261125_132414_initial.down,
    name: '20261125_132414_initial',
  },
  {
    up: migration_20261125_134028_content_model.up,
    down: migration_20261125_134028_content_model.down,
    name: '20261125_134028_content_model',
  },
  {
    up: migration_20261125_163035_translation_status.up,
    down: migration_20261125_163035_translation_status.down,
    name: '20261125_163035_translation_status',
  },
  {
    up: migration_20261125_173000_claims_override.up,
    down: migration_20261125_173000_claims_override.down,
    name: '20261125_173000_claims_override',
  },
  {
    up: migration_20261130_182513_media_public_flag.up,
    down: migration_20261130_182513_media_public_flag.down,
    name: '20261130_182513_media_public_flag',
  },
  {
    up: migration_20261201_040732_pages.up,
    down: migration_20261201_040732_pages.down,
    name: '20261201_040732_pages',
  },
  {
    up: migration_20261201_050627_consultation_navigation_and_page_links.up,
    down: migration_20261201_050627_consultation_navigation_and_page_links.down,
    name: '20261201_050627_consultation_navigation_and_page_links',
  },
  {
    up: migration_20261201_075624_claims_review.up,
    down: migration_20261201_075624_claims_review.down,
    name: '20261201_075624_claims_review',
  },
  {
    up: migration_20261202_011435_object_storage_fields.up,
    down: migration_20261202_011435_object_storage_fields.down,
    name: '20261202_011435_object_storage_fields',
  },
  {
    up: migration_20261202_022054_search_index.up,
    down: migration_20261202_022054_search_index.down,
    name: '20261202_022054_search_index',
  },
  {
    up: migration_20261202_065039_disclaimer_summary.up,
    down: migration_20261202_065039_disclaimer_summary.down,
    name: '20261202_065039_disclaimer_summary'
  },
  {
    up: migration_20261202_070342_desk_last_edited_by_weekly_email.up,
    down: migration_20261202_070342_desk_last_edited_by_weekly_email.down,
    name: '20261202_070342_desk_last_edited_by_weekly_email'
  },
];
