#include "changeselsewhere.h"

#include "casechangewatch.h"
#include "casesession.h"
#include "deferredwrites.h"
#include "geosession.h"
#include "importrunner.h"
#include "namedfew.h"

ChangesElsewhere::ChangesElsewhere(const ImportRunner *importer, QObject *parent) : QObject(parent), m_importer(importer)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangesElsewhere::check);
}

void ChangesElsewhere::attach(CaseSession *session)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (!m_session) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    m_connections.append(
        connect(m_session->writes(), &DeferredWrites::deferred, this, [this](const QString &what) {
            m_waitedFor = CaseWriters::heldHere(m_session->path());
            emit said(waitingText(what));
        }));
    m_connections.append(connect(m_session->writes(), &DeferredWrites::caughtUp, this,
                                 [this]() { emit said(caughtUpText()); }));
}

QString ChangesElsewhere::waitingText(const QString &what) const
{
    // Saying "another program" of the window's own import had the analyst look for one that was
    // not there (as the import's own waiting said, ImportProgressWidget::waitingText()).
    if (!m_waitedFor)
        return tr("Another program is importing into this case: %1 will be stored when it has finished.").arg(what);
    switch (*m_waitedFor) {
    case CaseWriters::Work::Geolocation:
        return tr("This window is geolocating the case's IPs: %1 will be stored when it has finished.").arg(what);
    case CaseWriters::Work::RawTextIndex:
        return tr("This window is indexing the records' text: %1 will be stored when it lets it in.").arg(what);
    case CaseWriters::Work::Import:
        break;
    }
    return tr("This window is importing into this case: %1 will be stored when the import has finished.").arg(what);
}

QString ChangesElsewhere::caughtUpText() const
{
    return m_waitedFor
               ? tr("What waited for this window's work on the case is stored now.")
               : tr("What waited for another program's import into this case is stored now.");
}

void ChangesElsewhere::check()
{
    if (!m_session || m_importer->isRunning() || m_session->geo()->isLocating())
        return;
    CaseChangeWatch &watch = m_session->changesElsewhere();
    const CaseChangeWatch::Parts parts = watch.changed();
    if (parts.testFlag(CaseChangeWatch::Part::Sources)) {
        const QStringList names = watch.newSourceNames();
        m_session->reload(); // takes both parts as seen
        const QString imported =
            tr("Another program imported %n source(s) into this case (%1): it is shown as "
               "it now stands.",
               nullptr, int(names.size()));
        emit said(
            names.isEmpty()
                ? tr("Another program changed this case's sources: it is shown as it now stands.")
                : imported.arg(NamedFew::of(names)));
    } else if (parts.testFlag(CaseChangeWatch::Part::Geolocation)) {
        watch.see(CaseChangeWatch::Part::Geolocation);
        m_session->geo()->refresh();
        emit said(tr("Another program geolocated this case's IPs: the IP list shows the answers now stored."));
    }
}
