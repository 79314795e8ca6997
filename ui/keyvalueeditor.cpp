#include "keyvalueeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

KeyValueEditor::KeyValueEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("pairsTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addPair"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removePair"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pairsMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, &KeyValueEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        check();
        emit edited();
    });
}

void KeyValueEditor::setPairs(const StringMap &pairs)
{
    m_table->setRowCount(0);
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        addRow(it.key(), it.value());
    check();
}

void KeyValueEditor::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

void KeyValueEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    check();
    emit edited();
}

QString KeyValueEditor::problem() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue; // an untouched new row
        if (key.isEmpty())
            return tr("Row %1 has a value but no key.").arg(row + 1);
        if (seen.contains(key))
            return tr("The key \"%1\" is given twice; keys must be unique.").arg(key);
        seen.insert(key);
    }
    return {};
}

void KeyValueEditor::check()
{
    const QString text = problem();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool KeyValueEditor::pairs(StringMap *out) const
{
    if (!problem().isEmpty())
        return false;
    out->clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        if (!key.isEmpty())
            out->insert(key, m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString());
    }
    return true;
}
