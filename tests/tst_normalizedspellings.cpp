#include "normalizedspellings.h"

#include <QTest>

/// NormalizedSpellings: the handles a job's files were read to, shared by its files.
class tst_NormalizedSpellings : public QObject
{
    Q_OBJECT
private slots:
    void aSpellingIsReadAsTheNormalizerReadsIt();
    void anotherRegionIsNotAnsweredFromTheJobs();
};

void tst_NormalizedSpellings::aSpellingIsReadAsTheNormalizerReadsIt()
{
    NormalizedSpellings spellings;
    const HandleNormalizer us(u"US"_qs);
    for (const QString &raw : {u"(202) 555-0143"_qs, u"+44 7700 900461"_qs, u"Dana.Reyes@Example.com"_qs, u"12"_qs}) {
        for (int time = 0; time < 2; ++time) { // read, then known
            const NormalizedHandle shared = spellings.normalize(us, raw);
            const NormalizedHandle own = us.normalize(raw);
            QCOMPARE(shared.normalized, own.normalized);
            QCOMPARE(shared.kind, own.kind);
            QCOMPARE(shared.check, own.check);
        }
    }
    QCOMPARE(spellings.normalize(us, u"(202) 555-0143"_qs).normalized, u"+12025550143"_qs);
}

void tst_NormalizedSpellings::anotherRegionIsNotAnsweredFromTheJobs()
{
    // "020 7946 0018" is a London number read in the UK and none in the US: each as its own
    // normalizer reads it, whichever came first.
    NormalizedSpellings spellings;
    const HandleNormalizer uk(u"GB"_qs);
    const HandleNormalizer us(u"US"_qs);
    const QString raw = u"020 7946 0018"_qs;
    QCOMPARE(spellings.normalize(uk, raw).normalized, uk.normalize(raw).normalized);
    QCOMPARE(spellings.normalize(us, raw).normalized, us.normalize(raw).normalized);
    QVERIFY(uk.normalize(raw).normalized != us.normalize(raw).normalized);
}

QTEST_APPLESS_MAIN(tst_NormalizedSpellings)
#include "tst_normalizedspellings.moc"
