package dev.zhibiao.cli;

/**
 * Where a batch's results are written, one document at a time in input order, as each is read:
 * JSON, JSON Lines, CSV, xlsx or the audit page.
 */
interface Sink {
    /**
     * Writes one document's sheets, or its error record.
     *
     * @param outcome what reading the document gave
     */
    void accept(Outcome outcome);

    /**
     * Ends the output (closing brackets, the audit page's summary, the workbook's second sheet).
     *
     * @param summary the batch's counts
     */
    void finish(Summary summary);
}
