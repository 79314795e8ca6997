#pragma once

#include <QMetaEnum>
#include <QStringList>

#include "filterstatementmodel.h"

// "on|not|scope|subject|verb|object|problem" per row, so one QCOMPARE checks a whole statement
// model. Header-only: only the tests that link models include it.
inline QStringList filterRowTexts(const FilterStatementModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        cells << (model.isEnabled(r) ? QStringLiteral("on") : QStringLiteral("off"));
        cells << (model.statement(r).negate ? QStringLiteral("not") : QString());
        for (int c = FilterStatementModel::ScopeColumn; c <= FilterStatementModel::ObjectColumn; ++c)
            cells << model.index(r, c).data().toString();
        cells << QString::fromLatin1(QMetaEnum::fromType<FilterStatementModel::Problem>().valueToKey(int(model.problem(r))));
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}
