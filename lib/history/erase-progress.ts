/**
 * The erase of one site's earlier visits while it runs (the background writes it, the
 * settings page shows it). Kept in `storage.session` only: it names the site.
 */
export interface EraseProgress {
  site: string;
  done: number;
  total: number;
}
