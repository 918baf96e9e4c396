// A table as the report lays it out: column titles and widths, rows of cell text, and the
// columns that need a fixed-width font or may break anywhere (hashes).
#pragma once

#include <QColor>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Gatehouse {

struct ReportTable
{
    QStringList headers;
    // Relative widths, one per column; they are scaled to the text width.
    QList<qreal> widths;
    QList<QStringList> rows;
    // Columns set in the monospaced font and wrapped at any character.
    QSet<int> monospaced;
    // Optional text colour of a cell (row, column); an invalid colour keeps the default.
    std::function<QColor(int row, int column)> color;
};

} // namespace Gatehouse
