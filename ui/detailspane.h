#pragma once

#include <QScrollArea>
#include <optional>

#include "entity.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class StatusBadgeLabel;

// The right-hand pane: every field of one entity, its tags and spec as key/value tables, the
// reason list and the extra fields as a JSON tree, with copy buttons for the key and the id.
class DetailsPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // Shows an entity, or (nullopt) a hint that nothing is selected.
    void showEntity(const std::optional<Entity> &entity);
    void showMultipleSelected(int count);
    std::optional<Entity> entity() const { return m_entity; }

    // For tests and the clipboard: what the tables show.
    QTableWidget *fieldsTable() const { return m_fields; }
    QTableWidget *tagsTable() const { return m_tags; }
    QTableWidget *specTable() const { return m_spec; }
    QListWidget *reasonList() const { return m_reasons; }
    QTreeWidget *extraTree() const { return m_extra; }
    QToolButton *copyKeyButton() const { return m_copyKey; }
    QToolButton *copyIdButton() const { return m_copyId; }

private:
    QWidget *makeSection(const QString &title, QWidget *content, QLabel **header = nullptr);
    static QTableWidget *makeKeyValueTable();
    static QLabel *makePlaceholder(const QString &text);
    static QWidget *stacked(QWidget *first, QWidget *second);
    static void fillKeyValues(QTableWidget *table, const QList<std::pair<QString, QString>> &rows);
    static void addJson(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value);
    void fitTable(QTableWidget *table);

    std::optional<Entity> m_entity;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    StatusBadgeLabel *m_badge = nullptr;
    QLabel *m_revision = nullptr;
    QLabel *m_problems = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_noTags = nullptr;
    QLabel *m_noSpec = nullptr;
    QToolButton *m_copyKey = nullptr;
    QToolButton *m_copyId = nullptr;
    QTableWidget *m_fields = nullptr;
    QTableWidget *m_tags = nullptr;
    QTableWidget *m_spec = nullptr;
    QListWidget *m_reasons = nullptr;
    QLabel *m_noReason = nullptr;
    QTreeWidget *m_extra = nullptr;
};
