#pragma once

#include <QWidget>

#include "entity.h"

class QLabel;
class QTableWidget;

// A two-column key/value table for tags and spec, with Add and Remove. Duplicate or empty
// keys are reported under the table, and pairs() refuses them rather than dropping one.
class KeyValueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KeyValueEditor(QWidget *parent = nullptr);

    void setPairs(const StringMap &pairs);
    // False (with the message shown) when a key is empty or given twice.
    bool pairs(StringMap *out) const;
    QString problem() const;
    QTableWidget *table() const { return m_table; }

public slots:
    void addRow(const QString &key = {}, const QString &value = {});
    void removeSelectedRows();

signals:
    void edited();

private:
    void check();

    QTableWidget *m_table;
    QLabel *m_message;
};
