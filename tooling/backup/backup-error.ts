/** A refusal or failure of `npm run backup` or `npm run restore`, in one line the operator can act on. */
export class BackupError extends Error {
  override name = 'BackupError'
}
