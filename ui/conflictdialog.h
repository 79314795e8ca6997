#pragma once

#include <QDialog>

class EntityEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// What someone else changed and what the user changed, field by field, after a save found a
// newer revision (or found the entity deleted). The user reloads, applies their changes on
// top (picking a side for each field both changed), or keeps editing. The dialog only
// records the choice: the editor performs it.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // Result codes (QDialog::done): Rejected (0) is "keep editing" too.
    enum Choice { KeepEditing = 0, Reload = 2, ApplyMine = 3, Recreate = 4 };

    ConflictDialog(EntityEdit &edit, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *keepEditingButton() const { return m_keep; }
    QPushButton *recreateButton() const { return m_recreate; }
    // The per-field side picker of a field both changed (nullptr for others).
    void pickSide(const QString &field, bool mine);

    // Column order of the table.
    enum Column { FieldColumn, BaseColumn, TheirsColumn, MineColumn, KeepColumn };

    static QString fieldLabel(const QString &field);

private:
    void fill();
    void applyMine();

    EntityEdit &m_edit;
    QLabel *m_summary;
    QLabel *m_message;
    QTableWidget *m_table;
    QPushButton *m_reload;
    QPushButton *m_apply;
    QPushButton *m_keep;
    QPushButton *m_recreate;
};
