#pragma once

#include <QDialog>
#include <memory>
#include <optional>

#include "editundostack.h"
#include "entity.h"

class ConflictDialog;
class EntityEdit;
class EntityStore;
class ExtraFieldsEditor;
class KeyValueEditor;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// New entity (Ctrl+N) and Edit. A new entity is added; an edit is written against the
// revision it was opened at, and a newer stored revision opens the conflict view. Nothing is
// written while a field shows a problem, and nothing typed is dropped.
class EntityEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EntityEditorDialog(EntityStore &store, QWidget *parent = nullptr);
    ~EntityEditorDialog() override;

    // A new entity, optionally preset (the navigator's type and organization).
    void startNew(const QString &type = {}, const QString &organization = {});
    void startEdit(const Entity &entity);
    bool isNew() const { return m_isNew; }

    // After an accepted dialog: the write, for the window's undo stack.
    const std::optional<EditUndoStack::Change> &writtenChange() const { return m_written; }
    // The conflict view while it is open.
    ConflictDialog *conflictDialog() const { return m_conflict; }

    // The entity as the fields show it; false (with the problem shown) if it cannot be read.
    bool entityFromFields(Entity *out, QString *problem) const;

public slots:
    // Validates and writes; accepts the dialog when written.
    void save();

signals:
    void written(const EditUndoStack::Change &change);

private:
    void buildUi();
    void fillFields(const Entity &entity);
    void validateName();
    void showProblem(const QString &text);
    void handleConflict();
    void finishConflict(int choice);
    void accepted(const std::optional<Entity> &before, const Entity &after);

    EntityStore &m_store;
    bool m_isNew = true;
    std::unique_ptr<EntityEdit> m_edit;
    std::optional<EditUndoStack::Change> m_written;
    Entity m_editedOriginal; // for fields the dialog does not show (identity)

    QComboBox *m_type;
    QComboBox *m_organization;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QComboBox *m_status;
    QSpinBox *m_version;
    KeyValueEditor *m_tags;
    KeyValueEditor *m_spec;
    QPlainTextEdit *m_reason;
    ExtraFieldsEditor *m_extra;
    QLabel *m_message;
    QLabel *m_revisionLabel;
    QDialogButtonBox *m_buttons;
    ConflictDialog *m_conflict = nullptr;
};
