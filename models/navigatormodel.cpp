#include "navigatormodel.h"

#include <QLocale>
#include <QMap>

NavigatorModel::NavigatorModel(QObject *parent) : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Organizations"), tr("Count")});
}

QList<QStandardItem *> NavigatorModel::makeRow(const QString &text, NodeKind kind, const QString &organization,
                                               const QString &type, qint64 count)
{
    auto *name = new QStandardItem(text);
    auto *number = new QStandardItem(QLocale().toString(count));
    for (QStandardItem *item : {name, number}) {
        item->setEditable(false);
        item->setData(int(kind), NodeKindRole);
        item->setData(organization, OrganizationRole);
        item->setData(type, TypeRole);
        item->setData(count, CountRole);
    }
    number->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    const QString entities = count == 1 ? tr("1 entity") : tr("%1 entities").arg(QLocale().toString(count));
    name->setToolTip(kind == NodeKind::Type
                         ? tr("%1 in %2: %3").arg(type, organization.isEmpty() ? tr("all organizations") : organization, entities)
                         : entities);
    return {name, number};
}

void NavigatorModel::clearTree()
{
    removeRows(0, rowCount());
    m_total = 0;
}

VoidResult NavigatorModel::reload(EntityStore &store, bool includeDeleted)
{
    Result<QList<TypeCount>> counts = store.typeCounts(includeDeleted);
    if (!counts.ok())
        return counts.error();
    setCounts(counts.value());
    return success();
}

void NavigatorModel::showCounting()
{
    clearTree();
    QList<QStandardItem *> all = makeRow(tr("All organizations"), NodeKind::AllOrganizations, {}, {}, 0);
    all.last()->setText(QStringLiteral("…"));
    for (QStandardItem *item : all)
        item->setData(QVariant(), CountRole);
    all.first()->setToolTip(tr("Counting…"));
    appendRow(all);
}

void NavigatorModel::setCounts(const QList<TypeCount> &counts)
{
    QMap<QString, QMap<QString, qint64>> byOrganization;
    QMap<QString, qint64> byType;
    qint64 total = 0;
    for (const TypeCount &c : counts) {
        byOrganization[c.organization][c.type] += c.count;
        byType[c.type] += c.count;
        total += c.count;
    }
    clearTree();
    m_total = total;
    QList<QStandardItem *> all = makeRow(tr("All organizations"), NodeKind::AllOrganizations, {}, {}, total);
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        all.first()->appendRow(makeRow(it.key(), NodeKind::Type, {}, it.key(), it.value()));
    appendRow(all);
    for (auto org = byOrganization.cbegin(); org != byOrganization.cend(); ++org) {
        qint64 orgTotal = 0;
        for (qint64 n : org.value())
            orgTotal += n;
        QList<QStandardItem *> row = makeRow(org.key(), NodeKind::Organization, org.key(), {}, orgTotal);
        for (auto type = org.value().cbegin(); type != org.value().cend(); ++type)
            row.first()->appendRow(makeRow(type.key(), NodeKind::Type, org.key(), type.key(), type.value()));
        appendRow(row);
    }
}

QModelIndex NavigatorModel::indexFor(const QString &organization, const QString &type) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex top = index(r, NameColumn);
        if (top.data(OrganizationRole).toString() != organization)
            continue;
        if (type.isEmpty())
            return top;
        for (int c = 0; c < rowCount(top); ++c) {
            const QModelIndex child = index(c, NameColumn, top);
            if (child.data(TypeRole).toString() == type)
                return child;
        }
        return {};
    }
    return {};
}
