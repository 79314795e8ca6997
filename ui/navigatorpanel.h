#pragma once

#include <QWidget>

#include "entitystore.h"

class NavigatorModel;
class QLabel;
class QTreeView;

// The left pane: organizations and, under each, the entity types with their counts. Selecting a
// node emits scopeSelected(); "All organizations" stands for the global list.
class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget *parent = nullptr);

    // Shows new counts (read on a worker thread), keeping the selected node when it still
    // exists.
    void setCounts(const QList<TypeCount> &counts);
    // A new store: only "All organizations" (selected) until its counts arrive.
    void showCounting();
    void clear();

    // Selects a node (and emits scopeSelected when the selection changes).
    bool select(const QString &organization, const QString &type);
    QString selectedOrganization() const { return m_organization; }
    QString selectedType() const { return m_type; }

    NavigatorModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    void scopeSelected(const QString &organization, const QString &type);

private:
    void onCurrentChanged();

    NavigatorModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QString m_organization;
    QString m_type;
    bool m_reloading = false;
};
