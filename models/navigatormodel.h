#pragma once

#include <QStandardItemModel>

#include "entitystore.h"

// The navigator's tree: "All organizations" (the global list) and each organization, and under
// each the entity types with their counts. Column 0 is the name, column 1 the count.
class NavigatorModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { AllOrganizations, Organization, Type };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int(NodeKind)
        OrganizationRole,                // QString; empty for the global list
        TypeRole,                        // QString; empty on organization nodes
        CountRole,                       // qint64
    };
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit NavigatorModel(QObject *parent = nullptr);

    // Reads the type counts (soft-deleted rows counted or not) and rebuilds the tree.
    VoidResult reload(EntityStore &store, bool includeDeleted);
    // Rebuilds the tree from counts read elsewhere (a worker thread).
    void setCounts(const QList<TypeCount> &counts);
    // Until counts arrive: only "All organizations", its count not known yet.
    void showCounting();
    void clearTree();

    // The name-column index of a node; invalid when there is no such node. An empty type gives
    // the organization (or "All organizations" for an empty organization) itself.
    QModelIndex indexFor(const QString &organization, const QString &type) const;
    qint64 totalCount() const { return m_total; }

private:
    QList<QStandardItem *> makeRow(const QString &text, NodeKind kind, const QString &organization,
                                   const QString &type, qint64 count);

    qint64 m_total = 0;
};
