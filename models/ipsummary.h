#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

/// @brief A short code and the plain words that qualify a figure.
struct Caveat
{
    QString code;
    QString text;
};

/// @brief What one database said about one IP, with the caveats that qualify it.
struct GeoAnswer
{
    QString database;
    QString databaseType;
    qint64 buildEpoch = 0;
    QString status; ///< found, not-found, failed
    QString error;
    QJsonObject record;
    std::optional<QString> countryIso, country, subdivision, city, organization;
    std::optional<double> latitude, longitude;
    std::optional<int> accuracyRadiusKm;
    std::optional<qint64> asn;
    QList<Caveat> caveats;
};

/// @brief One client IP of a case: when it was used, by whom, for which evidence classes, and
/// where each database places it.
struct IpSummary
{
    QString ip; ///< the address in canonical form, or the text when it is no address
    QStringList otherWritings; ///< how records wrote the same address otherwise, in byte order
    QStringList flags;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    qint64 lookups = 0;
    qint64 communications = 0;
    qint64 connections = 0;
    QStringList handles;
    QList<int> ports; ///< the client ports the records give with this address (attribution needs them)
    QList<GeoAnswer> geo;
    /// The case's databases (their file names) that have not answered for the address: added
    /// before an import brought it, their file gone or changed by then.
    QStringList notLookedUpIn;
};

/// @brief Builds IP summaries and their caveats. Thread affinity: the thread owning @p db.
class IpSummaries final
{
    Q_DECLARE_TR_FUNCTIONS(IpSummaries)
public:
    static constexpr qint64 StaleAfterMs = qint64(90) * 86400000;
    static constexpr int CountryOnlyRadiusKm = 500;

    static QList<IpSummary> of(QSqlDatabase db);
    /// @brief Sets each summary's address flags, what each database said of it and the caveats,
    /// from its address and its first and last use (figures its caller counted: a report's).
    static void locate(QSqlDatabase db, QList<IpSummary> &summaries);
    /// @brief A short place for each IP from the first database that places it ("Milton, US"),
    /// or the address flag ("carrier-grade NAT"); IPs with neither are left out.
    static QHash<QString, QString> shortPlaces(const QList<IpSummary> &ips);
    /// @brief What a carrier-grade NAT address does not show, in plain words.
    static QString cgnatCaveat();
    /// @brief Why @p ip has no answer from some of the case's databases; empty when it has all.
    static QString notLookedUpText(const IpSummary &ip);
    /// @brief Great-circle distance in km.
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);

private:
    static GeoAnswer answer(const QString &database, const QString &type, qint64 buildEpoch, const QString &status,
                            const QString &error, const QJsonObject &record);
    static void addCaveats(IpSummary &ip);
};
