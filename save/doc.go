// Package save keeps the work of the page: every dataset, document, span,
// answer and undo history, in a Storage that survives reloads, crashes and
// closed tabs (the browser's IndexedDB; an in-memory one in tests).
//
// It decides everything that can be decided without a browser, so that it is
// tested natively with table tests of event sequences:
//   - every change is one small journal record, numbered by Seq without gaps
//     and written as it happens, in a transaction of its own;
//   - a snapshot writes the State of each changed document (and the
//     documents of a new dataset) and trims the journal; it is taken every
//     SnapshotEvery changes, when the tab is hidden, and to retry after a
//     failed write, and it goes on until the journal is short again;
//   - every write counts until it commits: the page says Saved only when
//     nothing is pending, and a failed write is shown at once and retried;
//   - documents that are stored, unchanged and away from the one on screen
//     leave memory, so that memory does not grow with the work;
//   - the work is read back in order: dataset records, then the journal
//     after the last snapshot, replayed up to its first gap or torn record,
//     changes to documents not in memory kept until they are loaded.
//
// A Saver is not safe for concurrent use: the page calls it from one thread
// (the browser's), and a Storage calls back on that thread, never from
// inside the call that started the work unless it failed to start.
package save
