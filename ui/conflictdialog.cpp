#include "conflictdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "entityedit.h"
#include "entityfields.h"

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QCoreApplication::translate("ConflictDialog", "(none)");
    return EntityFields::displayText(value);
}

} // namespace

ConflictDialog::ConflictDialog(EntityEdit &edit, QWidget *parent) : QDialog(parent), m_edit(edit)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("When you opened it"), tr("Theirs (stored now)"), tr("Yours"), tr("Keep")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("Reload (drop my changes)"), QDialogButtonBox::DestructiveRole);
    m_apply = buttons->addButton(tr("Apply mine on top of theirs"), QDialogButtonBox::AcceptRole);
    m_recreate = buttons->addButton(tr("Re-create it with my version"), QDialogButtonBox::AcceptRole);
    m_keep = buttons->addButton(tr("Keep editing"), QDialogButtonBox::RejectRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_apply->setObjectName(QStringLiteral("applyMineButton"));
    m_recreate->setObjectName(QStringLiteral("recreateButton"));
    m_keep->setObjectName(QStringLiteral("keepEditingButton"));
    connect(m_reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(m_apply, &QPushButton::clicked, this, &ConflictDialog::applyMine);
    connect(m_recreate, &QPushButton::clicked, this, [this] { done(Recreate); });
    connect(m_keep, &QPushButton::clicked, this, [this] { done(KeepEditing); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 420);
    fill();
}

QString ConflictDialog::fieldLabel(const QString &field)
{
    const EntityFields::FieldId id = EntityFields::parseId(field);
    if (id.scope == QLatin1String("status"))
        return tr("Status");
    if (id.scope == QLatin1String("delete"))
        return tr("Deleted");
    if (id.scope == QLatin1String("version"))
        return tr("Version");
    if (id.scope == QLatin1String("reason"))
        return tr("Reason");
    if (id.scope == QLatin1String("tag"))
        return tr("Tag %1").arg(id.key);
    if (id.scope == QLatin1String("spec") && !id.key.isNull())
        return tr("Spec %1").arg(id.key);
    if (id.scope == QLatin1String("extra"))
        return tr("Field %1").arg(id.key);
    if (id.scope == QLatin1String("tags"))
        return tr("Tags (null or empty)");
    return tr("Spec (null or empty)");
}

void ConflictDialog::fill()
{
    const Entity &base = m_edit.base();
    if (m_edit.deletedMeanwhile()) {
        m_summary->setText(tr("<b>%1</b> was deleted by someone else while you edited it. Your changes are kept: "
                              "re-create it with your version, or keep editing.")
                               .arg(base.key().toHtmlEscaped()));
        m_reload->hide();
        m_apply->hide();
    } else {
        m_recreate->hide();
        const int conflicts = int(m_edit.conflictingFields().size());
        QString text = tr("<b>%1</b> was changed by someone else: you opened revision %2, revision %3 is stored now.")
                           .arg(base.key().toHtmlEscaped())
                           .arg(base.revision)
                           .arg(m_edit.theirs().revision);
        if (conflicts > 0)
            text += QLatin1Char(' ') + tr("%n field(s) were changed on both sides: pick which version to keep.", nullptr, conflicts);
        m_summary->setText(text);
    }
    const QList<EntityEdit::FieldDiff> diffs = m_edit.fields();
    m_table->setRowCount(int(diffs.size()));
    for (int row = 0; row < diffs.size(); ++row) {
        const EntityEdit::FieldDiff &d = diffs.at(row);
        auto *field = new QTableWidgetItem(fieldLabel(d.field));
        field->setData(Qt::UserRole, d.field);
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, BaseColumn, new QTableWidgetItem(valueText(d.base)));
        auto *theirs = new QTableWidgetItem(m_edit.deletedMeanwhile() ? tr("(deleted)") : valueText(d.theirs));
        auto *mine = new QTableWidgetItem(valueText(d.mine));
        QFont bold = theirs->font();
        bold.setBold(true);
        if (d.changedByThem)
            theirs->setFont(bold);
        if (d.changedByMe)
            mine->setFont(bold);
        m_table->setItem(row, TheirsColumn, theirs);
        m_table->setItem(row, MineColumn, mine);
        if (d.conflicting() && !m_edit.deletedMeanwhile()) {
            auto *pick = new QComboBox(m_table);
            pick->setObjectName(QStringLiteral("pick_") + d.field);
            pick->addItem(tr("Pick one…"));
            pick->addItem(tr("Yours"));
            pick->addItem(tr("Theirs"));
            m_table->setCellWidget(row, KeepColumn, pick);
            for (int c = FieldColumn; c <= MineColumn; ++c)
                m_table->item(row, c)->setBackground(QColor(255, 235, 205));
        } else {
            const QString keep = d.changedByMe ? tr("Yours") : tr("Theirs");
            m_table->setItem(row, KeepColumn, new QTableWidgetItem(m_edit.deletedMeanwhile() ? QString() : keep));
        }
    }
}

void ConflictDialog::pickSide(const QString &field, bool mine)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, FieldColumn)->data(Qt::UserRole).toString() == field) {
            if (auto *pick = qobject_cast<QComboBox *>(m_table->cellWidget(row, KeepColumn)))
                pick->setCurrentIndex(mine ? 1 : 2);
        }
    }
}

void ConflictDialog::applyMine()
{
    QStringList unpicked;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *pick = qobject_cast<QComboBox *>(m_table->cellWidget(row, KeepColumn));
        if (!pick)
            continue;
        const QString field = m_table->item(row, FieldColumn)->data(Qt::UserRole).toString();
        if (pick->currentIndex() == 0)
            unpicked << fieldLabel(field);
        else
            m_edit.choose(field, pick->currentIndex() == 1 ? EntityEdit::Side::Mine : EntityEdit::Side::Theirs);
    }
    if (!unpicked.isEmpty()) {
        m_message->setText(tr("Both you and the other writer changed %1: pick which version to keep in the Keep column.")
                               .arg(unpicked.join(QStringLiteral(", "))));
        m_message->show();
        return;
    }
    done(ApplyMine);
}
