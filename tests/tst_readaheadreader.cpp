#include "readaheadreader.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <set>
#include <thread>

/// A worksheet's rows read on a thread of their own, ahead of the rows being checked: every row
/// once and in order, the wrapped reader never used by two threads at once, and every question
/// but the next row answered by the reader once the rows read ahead are queued.
class tst_ReadAheadReader : public QObject
{
    Q_OBJECT

private slots:
    void untilAskedRowsAreReadOnTheCallersThread();
    void everyRowComesOnceInOrderFromAThreadOfItsOwn();
    void aQuestionMidwayWaitsForTheRowsReadAheadThenReadingGoesOn();
    void rowsAreReadNoFurtherAheadThanItsBatches();
    void goneMidwayItStopsReading();
    void theEndsDamageAndErrorAreTheReaders();
    void onlyReadersThatReadAloneAreWrapped();
};

namespace {

/// Rows 1..rows, each cell its line; notes who read them, and whether two threads ever met in it.
class CountingReader final : public TableReader
{
public:
    explicit CountingReader(int rows, bool damaged = false) : m_rows(rows), m_damaged(damaged) {}
    ~CountingReader() override { *m_gone = true; }

    bool next(TableRow &row) override
    {
        const Inside inside(*this);
        if (m_read == m_rows) {
            if (m_damaged && !m_damageGiven) {
                m_damageGiven = true;
                setDamage(QStringLiteral("cut short after row %1").arg(m_rows), m_rows + 1, {});
                return takeDamageRow(row);
            }
            return false;
        }
        row = TableRow{};
        row.line = ++m_read;
        *m_readShared = row.line;
        row.cells = {QString::number(row.line)};
        row.raw = row.cells.first();
        readers.insert(std::this_thread::get_id());
        std::this_thread::yield(); // give a second thread every chance to meet this one
        return true;
    }
    QString fatalError() const override
    {
        const Inside inside(*this);
        return {};
    }
    /// The rows read so far, as a reader says what it met of the rows read.
    QList<int> hiddenRows() const override
    {
        const Inside inside(*this);
        return {m_read};
    }
    double progress() const override { return double(m_read) / m_rows; }
    QString kind() const override { return QStringLiteral("counting"); }
    bool readsAlone() const override { return m_alone; }
    std::unique_ptr<TableReader> reopen(QString *) const override
    {
        return std::make_unique<CountingReader>(m_rows);
    }

    int read() const { return m_read; }
    bool met() const { return m_met; }
    bool m_alone = true;
    std::set<std::thread::id> readers;
    /// How many rows it read, and whether it is gone: known after it is.
    std::shared_ptr<std::atomic_int> m_readShared = std::make_shared<std::atomic_int>(0);
    std::shared_ptr<std::atomic_bool> m_gone = std::make_shared<std::atomic_bool>(false);

private:
    /// Set while a thread is inside the reader: a second one finding it set has met the first.
    struct Inside
    {
        explicit Inside(const CountingReader &reader) : m_reader(reader)
        {
            if (m_reader.m_inside.exchange(true))
                m_reader.m_met = true;
        }
        ~Inside() { m_reader.m_inside = false; }
        const CountingReader &m_reader;
    };

    int m_rows;
    bool m_damaged;
    bool m_damageGiven = false;
    std::atomic_int m_read = 0;
    mutable std::atomic_bool m_inside = false;
    mutable std::atomic_bool m_met = false;
};

/// The lines of the next @p count rows of @p reader (fewer at its end).
QList<int> lines(TableReader &reader, int count)
{
    QList<int> taken;
    TableRow row;
    while (taken.size() < count && reader.next(row))
        taken.append(row.line);
    return taken;
}

QList<int> oneTo(int from, int to)
{
    QList<int> all;
    for (int line = from; line <= to; ++line)
        all.append(line);
    return all;
}

} // namespace

void tst_ReadAheadReader::untilAskedRowsAreReadOnTheCallersThread()
{
    // The header row and the rows above it are read as the importer reads them: one at a time,
    // on its thread (what the header sets, a reader may use for the rows after it).
    auto counting = std::make_unique<CountingReader>(100);
    CountingReader &inner = *counting;
    ReadAheadReader reader(std::move(counting));
    QCOMPARE(lines(reader, 5), oneTo(1, 5));
    QCOMPARE(inner.read(), 5);
    QCOMPARE(inner.readers, std::set<std::thread::id>{std::this_thread::get_id()});
}

void tst_ReadAheadReader::everyRowComesOnceInOrderFromAThreadOfItsOwn()
{
    constexpr int Rows = 10000;
    auto counting = std::make_unique<CountingReader>(Rows);
    CountingReader &inner = *counting;
    ReadAheadReader reader(std::move(counting));
    QCOMPARE(lines(reader, 3), oneTo(1, 3));
    reader.readAhead();
    QCOMPARE(lines(reader, Rows), oneTo(4, Rows));
    QCOMPARE(reader.progress(), 1.0);
    QCOMPARE(reader.hiddenRows(), QList<int>{Rows}); // asked at the end: what was met of every row
    QVERIFY(!inner.met());
    QCOMPARE(inner.readers.size(),
             size_t(2)); // the caller's for the first three, the thread's after
    TableRow row;
    QVERIFY(!reader.next(row)); // and at the end it stays
}

void tst_ReadAheadReader::aQuestionMidwayWaitsForTheRowsReadAheadThenReadingGoesOn()
{
    // Asked what it met midway, the reader answers for the rows read so far, which may run ahead
    // of those taken (never past the queue); the thread is then stopped, and the reader is asked
    // alone. The next row taken is the one after the last taken: none lost, none twice.
    constexpr int Rows = 6000;
    auto counting = std::make_unique<CountingReader>(Rows);
    CountingReader &inner = *counting;
    ReadAheadReader reader(std::move(counting));
    reader.readAhead();
    QList<int> taken;
    for (int pause = 0; pause < 5; ++pause) {
        taken += lines(reader, 700);
        const int readSoFar = reader.hiddenRows().constFirst();
        QVERIFY2(readSoFar >= taken.size() && readSoFar <= taken.size() + 9 * 256,
                 qPrintable(QStringLiteral("%1 read, %2 taken").arg(readSoFar).arg(taken.size())));
        QCOMPARE(inner.read(), readSoFar); // the thread stopped, nothing read since
    }
    taken += lines(reader, Rows);
    QCOMPARE(taken, oneTo(1, Rows));
    QVERIFY(!inner.met());
}

void tst_ReadAheadReader::rowsAreReadNoFurtherAheadThanItsBatches()
{
    // A row taken, and the thread reads on only until its queue is full: a worksheet of a million
    // rows is not held in memory whole while the rows before are stored.
    auto counting = std::make_unique<CountingReader>(1000000);
    CountingReader &inner = *counting;
    ReadAheadReader reader(std::move(counting));
    reader.readAhead();
    QCOMPARE(lines(reader, 1), QList<int>{1});
    QTRY_VERIFY(inner.read() >= 8 * 256);
    QTest::qWait(50);
    QVERIFY2(inner.read() <= 9 * 256, qPrintable(QString::number(inner.read())));
}

void tst_ReadAheadReader::goneMidwayItStopsReading()
{
    // A cancelled import: the reader goes while its thread reads; it is stopped, not waited for
    // to read the rest, and the wrapped reader goes after it.
    auto counting = std::make_unique<CountingReader>(1000000);
    const auto read = counting->m_readShared;
    const auto gone = counting->m_gone;
    {
        ReadAheadReader reader(std::move(counting));
        reader.readAhead();
        QCOMPARE(lines(reader, 10), oneTo(1, 10));
    }
    QVERIFY(*gone);
    QVERIFY2(*read >= 10 && *read <= 9 * 256, qPrintable(QString::number(*read)));
}

void tst_ReadAheadReader::theEndsDamageAndErrorAreTheReaders()
{
    // Damage found at the end is the last row, and damage() says it: asked of the wrapper, the
    // reader's answer (a reader's damage is its own, not its wrapper's).
    auto counting = std::make_unique<CountingReader>(3000, true);
    ReadAheadReader reader(std::move(counting));
    reader.readAhead();
    QCOMPARE(lines(reader, 2999), oneTo(1, 2999));
    TableRow row;
    QVERIFY(reader.next(row));
    QCOMPARE(row.line, 3000);
    QVERIFY(reader.next(row));
    QCOMPARE(row.line, 3001);
    QCOMPARE(row.error, u"nothing from here on can be read; cut short after row 3000"_qs);
    QVERIFY(!reader.next(row));
    QCOMPARE(reader.damage(), u"cut short after row 3000"_qs);
    QCOMPARE(reader.fatalError(), QString());
}

void tst_ReadAheadReader::onlyReadersThatReadAloneAreWrapped()
{
    // A text reader's next row may hang on what the header set (its width, the record test),
    // which can change further down: it is read row by row, as before.
    auto text = std::make_unique<CountingReader>(10);
    text->m_alone = false;
    const TableReader *plain = text.get();
    QCOMPARE(ReadAheadReader::ifReadsAlone(std::move(text)).get(), plain);
    auto sheet = std::make_unique<CountingReader>(10);
    const TableReader *wrapped = sheet.get();
    const auto reader = ReadAheadReader::ifReadsAlone(std::move(sheet));
    QVERIFY(reader.get() != wrapped);
    QCOMPARE(reader->kind(), u"counting"_qs);
    QString error;
    const auto again = reader->reopen(&error); // a reader of the same part reads ahead too
    QVERIFY(dynamic_cast<const ReadAheadReader *>(again.get()));
    QCOMPARE(lines(*again, 20), oneTo(1, 10));
}

QTEST_GUILESS_MAIN(tst_ReadAheadReader)
#include "tst_readaheadreader.moc"
