import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { canEditColumn, publishedMediaOrStaff } from '@/access/roles'
import { translate } from '@/lib/payload/validation-error'
import { acceptedMimeTypes } from '@/lib/media/file-types'
import { responsiveSizeNames, responsiveWidths, shareCrop } from '@/lib/media/image-sizes'
import { diskFiles, refusingImpossibleFilenames, serveStoredFile } from '@/lib/media/serve-file'

import { adminGroups } from '../admin-groups'
import { fileAccessEndpoint, hiddenFilesAreNotFound } from './endpoints/fileAccess'
import { refuseUnsafeUploads, reportUploadRefusal } from './hooks/refuseUnsafeUploads'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const staticDir = path.join(projectRoot, 'media')

/** Images need alternative text in every locale they are shown in; audio does not. */
const altRequiredForImages: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const mimeType = (siblingData as { mimeType?: string }).mimeType
  if (mimeType?.startsWith('image/') && !value?.trim()) return translate(req, 'column:altRequired')
  return true
}

/**
 * Images (hero, share, inline) and podcast audio. sharp makes the image sizes. Only the formats
 * of lib/media/file-types.ts are accepted, checked on their bytes before anything is stored
 * (hooks/refuseUnsafeUploads.ts), and stored files are served with the type of that list
 * (lib/media/serve-file.ts); docs/security-uploads.md explains both.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ja: 'メディア', en: 'Media' }, plural: { ja: 'メディア', en: 'Media' } },
  admin: { group: adminGroups.column, useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType'] },
  access: {
    // A file name no stored file can have is refused before Payload looks it up (lib/media/serve-file.ts).
    read: refusingImpossibleFilenames(publishedMediaOrStaff),
    create: canEditColumn,
    update: canEditColumn,
    delete: canEditColumn,
  },
  hooks: {
    beforeOperation: [refuseUnsafeUploads],
    afterError: [reportUploadRefusal, hiddenFilesAreNotFound],
  },
  endpoints: [fileAccessEndpoint],
  upload: {
    staticDir,
    // Payload's own check after ours, and the admin's file picker.
    mimeTypes: acceptedMimeTypes,
    // The local disk; plugins/media-storage.ts puts a bucket here when object storage is configured.
    handlers: [serveStoredFile(diskFiles(staticDir))],
    // The widths pages and cards pick from (lib/media/image-sizes.ts), in WebP, which every
    // browser the site supports reads, at about two thirds of a JPEG's bytes; made once, when
    // the file is uploaded (files uploaded before keep the sizes they were given). The share
    // crop keeps the upload's format: social networks and the share card's renderer take
    // JPEG and PNG, not every one WebP.
    imageSizes: [
      ...responsiveSizeNames.map((name) => ({
        name,
        width: responsiveWidths[name],
        formatOptions: { format: 'webp' as const, options: { quality: 80 } },
      })),
      { name: 'share', ...shareCrop, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { ja: '代替テキスト', en: 'Alternative text' },
      localized: true,
      validate: altRequiredForImages,
    },
  ],
}
