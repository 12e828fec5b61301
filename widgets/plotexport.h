#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QCustomPlot;
class QWidget;

/// @brief Writing a QCustomPlot view to PNG or PDF, the same way for every chart.
class PlotExport final
{
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
public:
    /// @brief PDF for a name ending .pdf, PNG for .png or no suffix; false with @p error naming the
    /// file for any other name or when it cannot be written.
    static bool save(QCustomPlot *plot, const QString &path, const QSize &size, const QString &title, QString *error);
    /// @brief Asks for a PNG or PDF file name; empty when the analyst cancels.
    static QString askPath(QWidget *parent, const QString &caption, const QString &defaultName);
};
