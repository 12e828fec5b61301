#pragma once

#include "geodatabaselist.h"

#include <QDialog>

/// @brief The GeoIP databases of a case, each with its path, type, build date, SHA-256 and who
/// added it when: the files the places shown were read from, identified so that the same places
/// can be read again from the very same file.
class GeoDatabasesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeoDatabasesDialog)
public:
    explicit GeoDatabasesDialog(const QList<GeoDatabaseRow> &databases, QWidget *parent = nullptr);
};
