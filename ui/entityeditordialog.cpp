#include "entityeditordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "conflictdialog.h"
#include "entityedit.h"
#include "entitystore.h"
#include "extrafieldseditor.h"
#include "keyvalueeditor.h"
#include "status.h"
#include "typecatalogue.h"

EntityEditorDialog::EntityEditorDialog(EntityStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_edit(std::make_unique<EntityEdit>(store))
{
    setObjectName(QStringLiteral("entityEditor"));
    buildUi();
}

EntityEditorDialog::~EntityEditorDialog() = default;

void EntityEditorDialog::buildUi()
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeEdit"));
    m_type->setEditable(true);
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setEditable(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameMessage = new QLabel(this);
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    m_nameMessage->setStyleSheet(QStringLiteral("color: #b00020"));
    m_nameMessage->setWordWrap(true);
    m_nameMessage->hide();
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    m_status->addItems(Status::all());
    m_version = new QSpinBox(this);
    m_version->setObjectName(QStringLiteral("versionEdit"));
    m_version->setRange(0, std::numeric_limits<int>::max());
    m_revisionLabel = new QLabel(this);
    m_revisionLabel->setObjectName(QStringLiteral("revisionLabel"));
    m_tags = new KeyValueEditor(this);
    m_tags->setObjectName(QStringLiteral("tagsEditor"));
    m_spec = new KeyValueEditor(this);
    m_spec->setObjectName(QStringLiteral("specEditor"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("One reason per line"));
    m_extra = new ExtraFieldsEditor(this);
    m_extra->setObjectName(QStringLiteral("extraEditor"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("Revision:"), m_revisionLabel);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_tags, tr("Tags"));
    tabs->addTab(m_spec, tr("Spec"));
    tabs->addTab(m_reason, tr("Reason"));
    tabs->addTab(m_extra, tr("Type's fields"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntityEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, 640);

    connect(m_name, &QLineEdit::textChanged, this, &EntityEditorDialog::validateName);
    connect(m_type, &QComboBox::currentTextChanged, this, [this](const QString &type) {
        if (m_isNew)
            m_extra->setType(type);
    });
}

void EntityEditorDialog::startNew(const QString &type, const QString &organization)
{
    m_isNew = true;
    m_written.reset();
    setWindowTitle(tr("New entity"));
    QStringList types = TypeCatalogue::types();
    if (Result<QStringList> stored = m_store.types(); stored.ok())
        types += stored.value();
    types.removeDuplicates();
    types.sort();
    m_type->clear();
    m_type->addItems(types);
    m_type->setCurrentText(type.isEmpty() ? QStringLiteral("Function") : type);
    m_organization->clear();
    if (Result<QStringList> orgs = m_store.organizations(); orgs.ok())
        m_organization->addItems(orgs.value());
    m_organization->setCurrentText(organization);
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_organization), static_cast<QWidget *>(m_name)})
        w->setEnabled(true);
    Entity blank;
    blank.type = m_type->currentText();
    blank.status = Status::Initialized;
    m_editedOriginal = blank;
    fillFields(blank);
    m_name->clear();
    m_revisionLabel->setText(tr("new"));
    m_extra->setType(m_type->currentText());
    validateName();
}

void EntityEditorDialog::startEdit(const Entity &entity)
{
    m_isNew = false;
    m_written.reset();
    setWindowTitle(tr("Edit %1").arg(entity.key()));
    m_edit->begin(entity);
    m_editedOriginal = entity;
    m_type->clear();
    m_type->addItem(entity.type);
    m_organization->clear();
    m_organization->addItem(entity.organizationId);
    m_name->setText(entity.name);
    // The key identifies the entity: an edit never renames it.
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_organization), static_cast<QWidget *>(m_name)})
        w->setEnabled(false);
    m_extra->setType(entity.type);
    fillFields(entity);
}

void EntityEditorDialog::fillFields(const Entity &entity)
{
    if (m_status->findText(entity.status) < 0 && !entity.status.isEmpty())
        m_status->addItem(entity.status); // free text from Dispatch is kept as it is
    m_status->setCurrentText(entity.status);
    m_version->setValue(int(entity.version));
    m_revisionLabel->setText(QString::number(entity.revision));
    m_tags->setPairs(entity.tags);
    m_spec->setPairs(entity.spec);
    m_reason->setPlainText(entity.reason.join(QLatin1Char('\n')));
    m_extra->setValues(entity.extra);
    m_message->hide();
}

void EntityEditorDialog::validateName()
{
    if (!m_isNew) {
        m_nameMessage->hide();
        return;
    }
    const QString name = m_name->text();
    QString text;
    if (name.isEmpty())
        text = tr("A name is required: letters A–Z and a–z, digits 0–9, '_' and '-'.");
    else if (!isValidEntityName(name))
        text = tr("\"%1\" is not allowed: a name may only contain letters A–Z and a–z, digits 0–9, '_' and '-' "
                  "(no spaces or other characters).")
                   .arg(name);
    m_nameMessage->setText(text);
    m_nameMessage->setVisible(!text.isEmpty());
}

void EntityEditorDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool EntityEditorDialog::entityFromFields(Entity *out, QString *problem) const
{
    Entity e = m_editedOriginal;
    if (m_isNew) {
        e.type = m_type->currentText().trimmed();
        e.organizationId = m_organization->currentText().trimmed();
        e.name = m_name->text();
        if (e.type.isEmpty()) {
            *problem = tr("Give the entity a type.");
            return false;
        }
        if (e.organizationId.isEmpty()) {
            *problem = tr("Give the entity an organization.");
            return false;
        }
        if (!isValidEntityName(e.name)) {
            *problem = tr("Fix the name first: only letters, digits, '_' and '-' are allowed.");
            return false;
        }
    }
    e.status = m_status->currentText();
    e.version = m_version->value();
    StringMap tags, spec;
    if (!m_tags->pairs(&tags)) {
        *problem = tr("Tags: %1").arg(m_tags->problem());
        return false;
    }
    if (!m_spec->pairs(&spec)) {
        *problem = tr("Spec: %1").arg(m_spec->problem());
        return false;
    }
    // Keep Dispatch's null where the user left an originally null map empty.
    if (!(tags.isEmpty() && e.tagsIsNull))
        e.setTags(tags);
    if (!(spec.isEmpty() && e.specIsNull))
        e.setSpec(spec);
    QStringList reason = m_reason->toPlainText().split(QLatin1Char('\n'));
    while (!reason.isEmpty() && reason.last().isEmpty())
        reason.removeLast();
    if (!(reason.isEmpty() && e.reasonIsNull))
        e.setReason(reason);
    QJsonObject extra;
    QString why;
    if (!m_extra->values(&extra, &why)) {
        *problem = why;
        return false;
    }
    e.extra = extra;
    *out = e;
    return true;
}

void EntityEditorDialog::accepted(const std::optional<Entity> &before, const Entity &after)
{
    m_written = EditUndoStack::Change{before, after};
    emit written(*m_written);
    accept();
}

void EntityEditorDialog::save()
{
    Entity entity;
    QString problem;
    if (!entityFromFields(&entity, &problem)) {
        showProblem(problem);
        return;
    }
    showProblem({});
    if (m_isNew) {
        Result<QString> added = m_store.add(entity);
        if (!added.ok()) {
            if (added.error().kind == StoreError::Kind::UniqueViolation) {
                m_nameMessage->setText(tr("%1 already exists in %2 (type %3): choose another name. Nothing was written.")
                                           .arg(entity.name, entity.organizationId, entity.type));
                m_nameMessage->show();
                m_name->setFocus();
            } else {
                showProblem(tr("The entity was not added: %1").arg(added.error().message));
            }
            return;
        }
        accepted(std::nullopt, entity);
        return;
    }
    const Entity before = m_edit->base();
    m_edit->setMine(entity);
    switch (m_edit->save()) {
    case EntityEdit::Outcome::Saved:
        accepted(before, m_edit->base());
        return;
    case EntityEdit::Outcome::Conflict:
    case EntityEdit::Outcome::DeletedMeanwhile:
        handleConflict();
        return;
    case EntityEdit::Outcome::Refused:
    case EntityEdit::Outcome::Failed:
        showProblem(tr("Nothing was written: %1").arg(m_edit->error().message));
        return;
    }
}

void EntityEditorDialog::handleConflict()
{
    // Non-blocking, so that the window (and tests) can drive the conflict view.
    m_conflict = new ConflictDialog(*m_edit, this);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &QDialog::finished, this, &EntityEditorDialog::finishConflict);
    m_conflict->open();
}

void EntityEditorDialog::finishConflict(int choice)
{
    m_conflict = nullptr;
    const Entity before = m_edit->inConflict() && !m_edit->deletedMeanwhile() ? m_edit->theirs() : m_edit->base();
    EntityEdit::Outcome outcome = EntityEdit::Outcome::Failed;
    switch (choice) {
    case ConflictDialog::Reload:
        m_edit->reload();
        m_editedOriginal = m_edit->base();
        fillFields(m_edit->base());
        showProblem(tr("Reloaded revision %1; your changes were dropped.").arg(m_edit->base().revision));
        return;
    case ConflictDialog::ApplyMine:
        outcome = m_edit->applyMineOnTop();
        if (outcome == EntityEdit::Outcome::Saved) {
            accepted(before, m_edit->base());
            return;
        }
        break;
    case ConflictDialog::Recreate:
        outcome = m_edit->recreate();
        if (outcome == EntityEdit::Outcome::Saved) {
            accepted(std::nullopt, m_edit->base());
            return;
        }
        break;
    default:
        showProblem(m_edit->deletedMeanwhile()
                        ? tr("The entity was deleted by someone else; your changes are still here. Save to re-create it.")
                        : tr("Your changes are still here; saving again shows what changed meanwhile."));
        return;
    }
    if (outcome == EntityEdit::Outcome::Conflict || outcome == EntityEdit::Outcome::DeletedMeanwhile) {
        handleConflict(); // a third writer in between
        return;
    }
    showProblem(tr("Nothing was written: %1").arg(m_edit->error().message));
}
