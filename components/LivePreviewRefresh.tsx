'use client'

/**
 * Inside the admin's Live Preview pane, re-renders the page on the server each time the editor's
 * draft is saved (autosave included), so the pane follows their writing within seconds. Only
 * rendered in draft mode: the public pages ship none of it.
 *
 * Payload's own `RefreshRouteOnSave` (@payloadcms/live-preview-react) does the same, but it was
 * not published for 3.90.2, where the Payload packages were when this was written, and Payload
 * refuses mixed versions of its packages, so this follows the same message protocol: tell the
 * admin we are ready, refresh on each document event. (They are at 3.90.1 now, which it has.)
 */
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function LivePreviewRefresh({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const fromAdmin =
        event.origin === serverURL && (event.data as { type?: unknown } | null)?.type === 'payload-document-event'
      if (fromAdmin) router.refresh()
    }
    window.addEventListener('message', onMessage)
    // The admin sends document events only after the page says it is ready.
    ;(window.opener ?? window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, serverURL)
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])
  return null
}
