#include "readaheadreader.h"

std::unique_ptr<TableReader> ReadAheadReader::ifReadsAlone(std::unique_ptr<TableReader> reader)
{
    if (!reader || !reader->readsAlone())
        return reader;
    return std::make_unique<ReadAheadReader>(std::move(reader));
}

ReadAheadReader::ReadAheadReader(std::unique_ptr<TableReader> reader)
    : m_reader(std::move(reader)), m_isSpreadsheet(m_reader->isSpreadsheet())
{
}

ReadAheadReader::~ReadAheadReader()
{
    pause();
}

void ReadAheadReader::readAhead()
{
    // Asked before the first row under the header: what the header set (expectWidth, the
    // record test) a reader that reads alone does not use, and the date system is known.
    if (m_aheadAsked)
        return;
    m_date1904 = m_reader->date1904();
    m_progress = m_reader->progress();
    m_unterminatedLine = m_reader->unterminatedLastLine();
    m_aheadAsked = true;
}

bool ReadAheadReader::next(TableRow &row)
{
    if (!m_aheadAsked)
        return m_reader->next(row);
    if (m_taken == m_batch.size() && !takeBatch())
        return false;
    row = std::move(m_batch[m_taken++]);
    return true;
}

bool ReadAheadReader::takeBatch()
{
    std::unique_lock lock(m_lock);
    if (m_queue.empty() && !m_ended && !m_thread.joinable())
        m_thread = std::thread(&ReadAheadReader::readBatches, this);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_ended; });
    if (m_queue.empty())
        return false;
    m_batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_taken = 0;
    m_changed.notify_all(); // room in the queue
    return !m_batch.empty();
}

void ReadAheadReader::readBatches()
{
    for (;;) {
        {
            std::unique_lock lock(m_lock);
            m_changed.wait(lock, [this] { return m_queue.size() < BatchesAhead || m_stop; });
            if (m_stop)
                return;
        }
        Batch batch;
        batch.reserve(BatchRows);
        TableRow row;
        bool more = true;
        // Paused mid-batch, the rows already read are queued all the same: the reader is past them.
        while (batch.size() < BatchRows && !m_stop.load(std::memory_order_relaxed) &&
               (more = m_reader->next(row)))
            batch.push_back(std::move(row));
        m_progress = m_reader->progress();
        m_unterminatedLine = m_reader->unterminatedLastLine();
        std::unique_lock lock(m_lock);
        if (!batch.empty())
            m_queue.push_back(std::move(batch));
        m_ended = !more;
        m_changed.notify_all();
        if (m_ended || m_stop)
            return;
    }
}

void ReadAheadReader::pause() const
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_lock);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    m_stop = false;
}

const TableReader &ReadAheadReader::settled() const
{
    pause();
    return *m_reader;
}

QString ReadAheadReader::fatalError() const
{
    return settled().fatalError();
}

QString ReadAheadReader::damage() const
{
    return settled().damage();
}

bool ReadAheadReader::storedPartDamaged() const
{
    return settled().storedPartDamaged();
}

double ReadAheadReader::progress() const
{
    // Asked every few rows while reading: how far the thread has read, not a pause.
    return m_aheadAsked ? m_progress.load() : m_reader->progress();
}

int ReadAheadReader::unterminatedLastLine() const
{
    // Asked of every row: known by the time the row is taken (its batch was queued after it).
    return m_aheadAsked ? m_unterminatedLine.load() : m_reader->unterminatedLastLine();
}

bool ReadAheadReader::date1904() const
{
    return m_aheadAsked ? m_date1904 : m_reader->date1904();
}

QList<UnreadPart> ReadAheadReader::unreadParts(const QList<int> &alsoRead)
{
    pause();
    return m_reader->unreadParts(alsoRead);
}

std::unique_ptr<TableReader> ReadAheadReader::openPart(int part, QString *error) const
{
    return ifReadsAlone(settled().openPart(part, error));
}

std::unique_ptr<TableReader> ReadAheadReader::reopen(QString *error) const
{
    return ifReadsAlone(settled().reopen(error));
}

void ReadAheadReader::expectWidth(qsizetype fields)
{
    pause();
    m_reader->expectWidth(fields);
}

void ReadAheadReader::setRecordTest(std::function<bool(const TableRow &)> isRecord)
{
    pause();
    m_reader->setRecordTest(std::move(isRecord));
}
