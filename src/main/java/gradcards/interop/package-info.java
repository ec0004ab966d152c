/**
 * A learner's own cards and the Anki world: user decks in the data folder's decks/ (JSON and Markdown), the
 * readers of CSV/TSV (Anki's text export), Markdown and Anki packages (.apkg/.colpkg: collection.anki2,
 * collection.anki21, zstd-compressed collection.anki21b), the import into the study database, and the Anki
 * package writer. SQL stays in gradcards.store; this package reads files, converts and plans.
 */
package gradcards.interop;
