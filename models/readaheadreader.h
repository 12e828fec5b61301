#pragma once

#include "tablereader.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

/// @brief A reader whose rows, once readAhead() is called, are read on a thread of its own a
/// few batches ahead of the one taking them: a workbook's XML is unpacked and parsed while the
/// rows before are checked and stored. Until then, and for every question but next(), it is the
/// reader it wraps: asking anything else first waits for the rows being read to be queued, so
/// that the wrapped reader is never used by two threads at once. What it says of the rows read
/// (hidden rows, formulas…) is known, as ever, once the part has been read; asked midway, it
/// counts the rows read ahead too. Only a reader whose rows hang on nothing set after the header
/// is wrapped (TableReader::readsAlone()): a text reader's width can change further down.
class ReadAheadReader final : public TableReader
{
public:
    /// @brief @p reader wrapped if it reads alone (TableReader::readsAlone()), else @p reader.
    static std::unique_ptr<TableReader> ifReadsAlone(std::unique_ptr<TableReader> reader);
    explicit ReadAheadReader(std::unique_ptr<TableReader> reader);
    ~ReadAheadReader() override;
    Q_DISABLE_COPY_MOVE(ReadAheadReader)

    void readAhead() override;
    bool next(TableRow &row) override;
    QString fatalError() const override;
    QString damage() const override;
    bool storedPartDamaged() const override;
    QStringList readingNotes() const override { return settled().readingNotes(); }
    double progress() const override;
    QString kind() const override { return settled().kind(); }
    QString textEncoding() const override { return settled().textEncoding(); }
    bool textWithoutByteOrderMark() const override { return settled().textWithoutByteOrderMark(); }
    QList<int> linesReadAsWindows1252() const override
    {
        return settled().linesReadAsWindows1252();
    }
    QList<int> linesWithUnpairedSurrogates() const override
    {
        return settled().linesWithUnpairedSurrogates();
    }
    QList<int> linesWithReplacedReferences() const override
    {
        return settled().linesWithReplacedReferences();
    }
    QList<int> linesWithControlCharacters() const override
    {
        return settled().linesWithControlCharacters();
    }
    QList<int> linesWithTextFormulas() const override { return settled().linesWithTextFormulas(); }
    bool textReadingKnownAtEnd() const override { return settled().textReadingKnownAtEnd(); }
    int unterminatedLastLine() const override;
    bool isSpreadsheet() const override { return m_isSpreadsheet; }
    bool date1904() const override;
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    QList<int> hiddenRows() const override { return settled().hiddenRows(); }
    QList<int> formulaRows() const override { return settled().formulaRows(); }
    QList<int> formulaRowsWithoutResult() const override
    {
        return settled().formulaRowsWithoutResult();
    }
    QMap<int, QList<int>> formulaCells() const override { return settled().formulaCells(); }
    QMap<int, QList<int>> formulaCellsWithoutResult() const override
    {
        return settled().formulaCellsWithoutResult();
    }
    bool partHidden() const override { return settled().partHidden(); }
    QList<int> hiddenColumns() const override { return settled().hiddenColumns(); }
    QMap<int, QList<int>> valuesShownBlank() const override { return settled().valuesShownBlank(); }
    QList<int> rowLimits() const override { return settled().rowLimits(); }
    QJsonObject readerMetadata() const override { return settled().readerMetadata(); }
    int partCount() const override { return settled().partCount(); }
    QString partName() const override { return settled().partName(); }
    int partIndex() const override { return settled().partIndex(); }
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override;
    void expectWidth(qsizetype fields) override;
    void setRecordTest(std::function<bool(const TableRow &)> isRecord) override;
    bool marksHeadings() const override { return settled().marksHeadings(); }

private:
    using Batch = std::vector<TableRow>;
    static constexpr size_t BatchRows = 256;
    static constexpr size_t BatchesAhead = 8;

    /// @brief The wrapped reader, once the thread reading it has queued what it read and stopped.
    const TableReader &settled() const;
    /// @brief Stops the thread reading ahead, its last rows queued; the reader is then this
    /// thread's.
    void pause() const;
    /// @brief The thread's work: batches of rows into the queue until the end, or until paused.
    void readBatches();
    /// @brief Takes the next batch from the queue, starting the thread where it is not reading;
    /// false once every row is taken.
    bool takeBatch();

    std::unique_ptr<TableReader> m_reader;
    bool m_isSpreadsheet = false;
    bool m_date1904 = false; ///< known once rows are read ahead
    bool m_aheadAsked = false;
    Batch m_batch; ///< the batch rows are taken from, by this thread
    size_t m_taken = 0;

    // Shared with the thread reading ahead, under m_lock.
    mutable std::mutex m_lock;
    mutable std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_ended = false; ///< the wrapped reader gave its last row
    mutable std::atomic_bool m_stop = false;
    std::atomic<double> m_progress = 0;
    std::atomic_int m_unterminatedLine = 0;
    mutable std::thread m_thread;
};
