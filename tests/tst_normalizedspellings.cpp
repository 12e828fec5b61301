#include "normalizedspellings.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <thread>

/// NormalizedSpellings: the handles a job's files were read to, shared by its files.
class tst_NormalizedSpellings : public QObject
{
    Q_OBJECT
private slots:
    void aSpellingIsReadAsTheNormalizerReadsIt();
    void anotherRegionIsNotAnsweredFromTheJobs();
    void twoFilesReadAtOnceGetOneNumberForASpelling();
};

void tst_NormalizedSpellings::aSpellingIsReadAsTheNormalizerReadsIt()
{
    // Each spelling is numbered the first time it is read, the same number every time after
    // (the job's files' writers find its handle by it): two spellings of one number, two numbers.
    NormalizedSpellings spellings;
    const HandleNormalizer us(u"US"_qs);
    const QStringList raws{u"(202) 555-0143"_qs, u"+44 7700 900461"_qs, u"Dana.Reyes@Example.com"_qs, u"12"_qs,
                           u"+1 202 555 0143"_qs};
    for (int time = 0; time < 2; ++time) { // read, then known
        for (int i = 0; i < raws.size(); ++i) {
            const NormalizedSpellings::Numbered shared = spellings.normalize(us, raws.at(i));
            const NormalizedHandle own = us.normalize(raws.at(i));
            QCOMPARE(shared.handle.normalized, own.normalized);
            QCOMPARE(shared.handle.kind, own.kind);
            QCOMPARE(shared.handle.check, own.check);
            QCOMPARE(shared.number, i);
        }
    }
    QCOMPARE(spellings.normalize(us, u"(202) 555-0143"_qs).handle.normalized, u"+12025550143"_qs);
    QCOMPARE(spellings.normalize(us, u"+1 202 555 0143"_qs).handle.normalized, u"+12025550143"_qs);
}

void tst_NormalizedSpellings::anotherRegionIsNotAnsweredFromTheJobs()
{
    // "020 7946 0018" is a London number read in the UK and none in the US: each as its own
    // normalizer reads it, whichever came first.
    NormalizedSpellings spellings;
    const HandleNormalizer uk(u"GB"_qs);
    const HandleNormalizer us(u"US"_qs);
    const QString raw = u"020 7946 0018"_qs;
    QCOMPARE(spellings.normalize(uk, raw).handle.normalized, uk.normalize(raw).normalized);
    QCOMPARE(spellings.normalize(us, raw).handle.normalized, us.normalize(raw).normalized);
    QVERIFY(uk.normalize(raw).normalized != us.normalize(raw).normalized);
    // Numbered as the job reads it (the region first read in), not otherwise.
    QCOMPARE(spellings.normalize(uk, raw).number, 0);
    QCOMPARE(spellings.normalize(us, raw).number, -1);
}

void tst_NormalizedSpellings::twoFilesReadAtOnceGetOneNumberForASpelling()
{
    // Two readers (two files of one job) read the same 2,000 spellings at once, in opposite
    // orders: a spelling both parsed at the same time keeps the number the first gave it, so
    // each reader has it under one number, the numbers 0 to 1,999 each once.
    NormalizedSpellings spellings;
    const HandleNormalizer us(u"US"_qs);
    QStringList raws;
    for (int i = 0; i < 2000; ++i)
        raws.append(u"(202) 555-%1"_qs.arg(i, 4, 10, QChar(u'0')));
    QList<int> seen[2] = {QList<int>(raws.size()), QList<int>(raws.size())};
    const auto read = [&](int reader) {
        for (int n = 0; n < raws.size(); ++n) {
            const int i = reader == 0 ? n : int(raws.size()) - 1 - n;
            seen[reader][i] = spellings.normalize(us, raws.at(i)).number;
        }
    };
    std::thread other(read, 1);
    read(0);
    other.join();
    QCOMPARE(seen[0], seen[1]);
    QList<int> numbers = seen[0];
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), i);
    for (int i = 0; i < raws.size(); ++i)
        QCOMPARE(spellings.normalize(us, raws.at(i)).number, seen[0].at(i));
}

QTEST_APPLESS_MAIN(tst_NormalizedSpellings)
#include "tst_normalizedspellings.moc"
