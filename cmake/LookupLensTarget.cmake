# Strict flags for LookupLens's own targets (style.md): never applied to third-party code.
function(lookuplens_strict target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(LOOKUPLENS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)
endfunction()

# Precompiled headers: every source parses the same Qt headers (qcustomplot.h alone is 7,000
# lines over QtWidgets and QtPrintSupport), which took most of a clean build's time on a
# 2-core machine, and CI's time is limited. Each source still includes what it uses, so the
# project also builds with -DLOOKUPLENS_PCH=OFF.
option(LOOKUPLENS_PCH "Precompile the Qt headers most sources include" ON)
set(LL_PCH_CORE
  <algorithm> <functional> <memory> <optional> <vector>
  <QAbstractTableModel> <QByteArray> <QCoreApplication> <QDateTime> <QFile> <QFileInfo> <QHash>
  <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject> <QRegularExpression> <QSet>
  <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QTimeZone> <QVariant>)
set(LL_PCH_WIDGETS
  <QApplication> <QCheckBox> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit>
  <QMessageBox> <QPainter> <QPushButton> <QTableView> <QTimer> <QVBoxLayout> <QWidget>
  <QtConcurrent> <qcustomplot.h>)
set(LL_PCH_TEST <QDir> <QProcess> <QSignalSpy> <QTemporaryDir> <QTest>)

# Unity builds: the libraries' sources are compiled eight to a file, so the Qt templates they
# share are instantiated and optimised once per eight sources, and the widgets' 340 MB of
# precompiled headers loaded once per eight: a clean build of models, widgets and the GUI took
# about half the processor time on a 2-core machine. Names in anonymous namespaces must differ
# across a library's sources. OFF for quicker rebuilds of one file while editing.
option(LOOKUPLENS_UNITY "Compile each library's sources in batches (unity build)" ON)
function(lookuplens_unity target)
  if(LOOKUPLENS_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
endfunction()

# The core's headers are compiled once, by a target of their own with the fewest definitions:
# a target may reuse them only if it defines every macro they were compiled with (the core
# library itself defines QT_CORE5COMPAT_LIB, which the command-line tool does not).
function(lookuplens_core_pch)
  if(NOT LOOKUPLENS_PCH)
    return()
  endif()
  add_library(llpch_core OBJECT "${PROJECT_SOURCE_DIR}/cmake/pch_core.cpp")
  target_link_libraries(llpch_core PRIVATE Qt6::Core Qt6::Gui Qt6::Sql)
  lookuplens_strict(llpch_core)
  target_precompile_headers(llpch_core PRIVATE ${LL_PCH_CORE})
endfunction()

# lookuplens_precompile(target): the core's headers; (target WIDGETS [TEST]) or (target TEST):
# headers of its own; (target REUSE_FROM other): another target's, whose definitions it shares.
function(lookuplens_precompile target)
  cmake_parse_arguments(P "WIDGETS;TEST" "REUSE_FROM" "" ${ARGN})
  if(NOT LOOKUPLENS_PCH)
    return()
  endif()
  if(NOT P_REUSE_FROM AND NOT P_WIDGETS AND NOT P_TEST)
    set(P_REUSE_FROM llpch_core)
  endif()
  if(P_REUSE_FROM)
    target_precompile_headers(${target} REUSE_FROM ${P_REUSE_FROM})
    return()
  endif()
  set(headers ${LL_PCH_CORE})
  if(P_WIDGETS)
    list(APPEND headers ${LL_PCH_WIDGETS})
  endif()
  if(P_TEST)
    list(APPEND headers ${LL_PCH_TEST})
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
