// GraphView's exports: a picture of the graph (PNG, SVG, PDF) drawn with its legend and the
// lookup caveat under it, and the graph's data (GEXF, GraphML, DOT, JSON) written off the GUI
// thread with the positions as drawn.
#include "graphview.h"

#include "backgroundpool.h"
#include "evidenceclassstyle.h"
#include "filedialogs.h"
#include "graphexport.h"
#include "graphitems.h"
#include "graphscene.h"
#include "hashingwriter.h"
#include "plainmessagebox.h"
#include "whenfinished.h"

#include <QFileInfo>
#include <QGraphicsView>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QtConcurrent>

namespace {

/// Writes @p graph to @p path in the format its suffix names, and the SHA-256 of what it wrote
/// to @p sha256; the error, empty when none.
QString writeGraphData(const ContactGraph &graph, const QHash<qint64, QPointF> &positions,
                       const QString &path, QString *sha256)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path); // a failed export leaves no half-written file behind
    if (!file.open(QIODevice::WriteOnly))
        return GraphView::tr("%1: %2").arg(path, file.errorString());
    HashingWriter out(file); // hashed as written: a graph's data may be hundreds of MB
    const bool written = suffix == u"graphml" ? GraphExport::graphMl(graph, &out)
                         : suffix == u"gexf"  ? GraphExport::gexf(graph, positions, &out)
                         : suffix == u"dot"   ? GraphExport::dot(graph, &out)
                                              : GraphExport::json(graph, {}, 0, &out);
    if (!written || !file.commit())
        return GraphView::tr("%1: %2").arg(path, file.errorString());
    *sha256 = out.sha256();
    return {};
}

} // namespace

void GraphView::renderWithLegend(QPainter *painter, const QRectF &target)
{
    painter->fillRect(target, Qt::white);
    // A picture of the graph says what it leaves out as the line under the graph does.
    const QString caveat = QStringList{scopeText(), EvidenceClassText::lookupCaveat(),
                                       leftOutText(m_scene->graph(), false)}
                               .join(u' ')
                               .trimmed();
    // As tall as the caveat's lines need at this width (the records left out make it longer), and
    // never less than the picture always had.
    const QRect wrapped = painter->fontMetrics().boundingRect(QRect(0, 0, int(target.width() - 20), 100000), Qt::TextWordWrap, caveat);
    const double legendHeight = std::max(70.0, 20.0 + wrapped.height() + 15.0);
    // Centred: Qt's render keeps the aspect ratio from the target's top left corner, and a graph
    // narrower than the picture stood at its left edge.
    const QRectF room = target.adjusted(10, 10, -10, -legendHeight);
    QSizeF drawn = m_scene->sceneRect().size();
    drawn.scale(room.size(), Qt::KeepAspectRatio);
    QRectF graphArea(QPointF(), drawn);
    graphArea.moveCenter(room.center());
    m_scene->render(painter, graphArea, m_scene->sceneRect(), Qt::KeepAspectRatio);
    const QRectF legend(target.left() + 10, target.bottom() - legendHeight + 5, target.width() - 20, legendHeight - 10);
    painter->setPen(Qt::black);
    double x = legend.left();
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication}) {
        EvidenceClassStyle::paintLineSample(painter, QRectF(x, legend.top(), 40, 16), cls);
        const QString words = cls == EvidenceClass::Lookup ? tr("lookup: A's device looked up B") : tr("communication: A called or sent to B");
        painter->drawText(QPointF(x + 46, legend.top() + 12), words);
        x += 60 + painter->fontMetrics().horizontalAdvance(words);
    }
    painter->drawText(QRectF(legend.left(), legend.top() + 20, legend.width(), legend.height() - 20), Qt::TextWordWrap,
                      caveat);
}

bool GraphView::exportTo(const QString &path, const QSize &size, QString *error)
{
    const QRectF target(QPointF(0, 0), QSizeF(size));
    bool ok = true;
    if (path.endsWith(u".svg", Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(target);
        svg.setTitle(tr("LookupLens — contact graph"));
        svg.setDescription(EvidenceClassText::lookupCaveat());
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok)
            renderWithLegend(&painter, target);
    } else if (path.endsWith(u".pdf", Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(size) * 0.75, QPageSize::Point));
        pdf.setPageMargins({});
        pdf.setResolution(96);
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok)
            renderWithLegend(&painter, target);
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderWithLegend(&painter, target);
        }
        ok = image.save(path);
    }
    if (!ok)
        *error = tr("%1: cannot write the image (use .png, .svg or .pdf)").arg(path);
    else
        emit exported(path);
    return ok;
}

QFuture<QString> GraphView::exportData(const QString &path)
{
    // Positions as drawn (dragged nodes included), in Graphviz's orientation.
    QHash<qint64, QPointF> positions;
    for (const GraphNode &node : m_scene->graph().nodes) {
        if (GraphNodeItem *item = m_scene->nodeItem(node.handleId))
            positions.insert(node.handleId, QPointF(item->pos().x(), -item->pos().y()));
    }
    m_export->setEnabled(false);
    m_export->setText(tr("Exporting…"));
    const ContactGraph graph = m_scene->graph(); // shares the lists, copies nothing
    auto sha256 = std::make_shared<QString>();   // written by the worker, read once it has finished
    QFuture<QString> job =
        QtConcurrent::run(BackgroundPool::instance(), [graph, positions, path, sha256]() {
            return writeGraphData(graph, positions, path, sha256.get());
        });
    whenFinished(this, job, [this, path, sha256](const QString &error) {
        m_export->setEnabled(true);
        m_export->setText(tr("Export…"));
        if (error.isEmpty())
            emit exported(path, *sha256);
    });
    return job;
}

void GraphView::exportWithDialog()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export graph"), FileDialogs::Folder::Exports, QStringLiteral("graph.gexf"),
        tr("GEXF for Gephi (*.gexf);;GraphML (*.graphml);;DOT (*.dot);;JSON (*.json);;PNG image "
           "(*.png);;SVG drawing (*.svg);;"
           "PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool data = suffix == u"gexf" || suffix == u"graphml" || suffix == u"dot" || suffix == u"json";
    const auto warn = [this](const QString &error) {
        if (!error.isEmpty())
            PlainMessageBox::warning(this, tr("Export graph"), error);
    };
    if (data) {
        whenFinished(this, exportData(path), warn);
        return;
    }
    QString error;
    if (!exportTo(path, m_view->viewport()->size() * 2, &error))
        warn(error);
}
