#include "filterbuilderpanel.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "entitystore.h"
#include "filterrowwidget.h"
#include "filtertext.h"

namespace {

// Escape in the text form gives the rows' text back instead of closing anything.
class EscapeFilter : public QObject
{
public:
    EscapeFilter(QObject *parent, std::function<bool()> onEscape) : QObject(parent), m_onEscape(std::move(onEscape)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
            return m_onEscape();
        if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept(); // keep Escape for us rather than a window shortcut
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_onEscape;
};

} // namespace

FilterBuilderPanel::FilterBuilderPanel(QWidget *parent)
    : QWidget(parent), m_model(new FilterStatementModel(this)), m_saved(new SavedFilters({}, this)),
      m_collapse(new QToolButton(this)), m_summary(new QLabel(this)), m_savedButton(new QToolButton(this)),
      m_savedMenu(new QMenu(tr("Saved filters"), this)), m_add(new QPushButton(tr("Add condition"), this)),
      m_rowsBox(new QWidget(this)), m_rowsLayout(new QVBoxLayout(m_rowsBox)), m_text(new QLineEdit(this)),
      m_textError(new QLabel(this))
{
    m_ownSaved = m_saved;
    setObjectName(QStringLiteral("filterBuilderPanel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(3);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_collapse->setText(tr("Filter"));
    m_collapse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_collapse->setArrowType(Qt::DownArrow);
    m_collapse->setAutoRaise(true);
    m_collapse->setToolTip(tr("Show or hide the conditions (the text form stays)"));
    QFont bold = m_collapse->font();
    bold.setBold(true);
    m_collapse->setFont(bold);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_savedButton->setText(tr("Saved filters"));
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_savedButton->setMenu(m_savedMenu);
    m_add->setText(tr("+ Add condition"));
    m_add->setToolTip(tr("Add a condition; all conditions must hold"));
    header->addWidget(m_collapse);
    header->addWidget(m_summary, 1);
    header->addWidget(m_savedButton);
    header->addWidget(m_add);
    layout->addLayout(header);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    layout->addWidget(m_rowsBox);

    m_text->setObjectName(QStringLiteral("filterTextForm"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Filter as text, e.g. status in (READY, ERROR) and tag:Application = shop; Enter applies"));
    m_text->setToolTip(tr("The same filter as the rows above, as text. Enter applies it; Escape restores the rows' text."));
    m_text->setAccessibleName(tr("Filter text"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(new EscapeFilter(m_text, [this] {
        if (!m_textDirty && m_textError->isHidden())
            return false;
        revertText();
        return true;
    }));
    layout->addWidget(m_text);

    m_textError->setObjectName(QStringLiteral("filterTextError"));
    m_textError->setTextFormat(Qt::PlainText);
    m_textError->setWordWrap(true);
    QPalette errorPalette = m_textError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xcf, 0x22, 0x2e));
    m_textError->setPalette(errorPalette);
    m_textError->hide();
    layout->addWidget(m_textError);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMilliseconds);
    connect(&m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(m_model->appliedFilter()); });

    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    connect(m_add, &QPushButton::clicked, this, &FilterBuilderPanel::addCondition);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &FilterBuilderPanel::rebuildSavedMenu);
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBuilderPanel::applyTextForm);
    connect(m_text, &QLineEdit::textEdited, this, [this] {
        m_textDirty = true;
        clearTextError();
    });

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertRowWidgets(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeRowWidgets(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FilterBuilderPanel::rebuildRowWidgets);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int r = topLeft.row(); r <= bottomRight.row() && r < m_rowWidgets.size(); ++r)
                    m_rowWidgets.at(r)->refresh();
                updateSummary();
            });
    connect(m_model, &FilterStatementModel::appliedFilterChanged, this, &FilterBuilderPanel::onAppliedFilterChanged);

    rebuildSavedMenu();
    updateSummary();
}

FilterBuilderPanel::~FilterBuilderPanel() = default;

Filter FilterBuilderPanel::filter() const
{
    return m_model->appliedFilter();
}

void FilterBuilderPanel::setSavedFilters(SavedFilters *saved)
{
    if (!saved || saved == m_saved)
        return;
    if (m_ownSaved)
        m_ownSaved->deleteLater();
    m_saved = saved;
}

void FilterBuilderPanel::setContext(EntityStore *store, const QString &type, const QString &organization)
{
    m_suggestions.setContext(store, type, organization);
    m_saved->setStoreAddress(store ? store->config().toAddress() : QString());
    m_model->setEntityType(type);
    for (FilterRowWidget *row : std::as_const(m_rowWidgets))
        row->refreshSuggestions();
}

void FilterBuilderPanel::addStatement(const FilterStat &statement)
{
    m_model->addStatement(statement);
    setCollapsed(false);
}

void FilterBuilderPanel::addCondition()
{
    const int row = m_model->addEmptyStatement();
    setCollapsed(false);
    if (row < m_rowWidgets.size())
        m_rowWidgets.at(row)->scopeCombo()->setFocus(Qt::TabFocusReason);
}

void FilterBuilderPanel::setFilter(const Filter &filter)
{
    m_model->replaceAppliedStatements(filter);
    // The text shows the rows again even if the applied filter did not change.
    revertText();
}

bool FilterBuilderPanel::applyText(const QString &text)
{
    m_text->setText(text);
    m_textDirty = true;
    return applyTextForm();
}

bool FilterBuilderPanel::applyTextForm()
{
    Filter parsed;
    FilterText::ParseError error;
    if (!FilterText::parse(m_text->text(), &parsed, &error)) {
        const QString found = error.found.isEmpty() ? tr("the end of the text") : QStringLiteral("“%1”").arg(error.found);
        showTextError(error.position, tr("Column %1: expected %2, found %3. The conditions above are unchanged.")
                                          .arg(error.position + 1)
                                          .arg(error.expected, found));
        return false;
    }
    clearTextError();
    m_textDirty = false;
    m_model->replaceAppliedStatements(parsed);
    revertText(); // the canonical form of what is applied now
    // Statements that parse but cannot apply (e.g. `status before …`) stay as marked rows.
    int notApplied = 0;
    for (const FilterStat &s : parsed.statements)
        notApplied += FilterStatementModel::check(s, m_model->entityType()) == FilterStatementModel::Problem::None ? 0 : 1;
    if (notApplied > 0) {
        m_textError->setText(notApplied == 1 ? tr("1 condition could not be applied; see the marked row.")
                                             : tr("%1 conditions could not be applied; see the marked rows.").arg(notApplied));
        m_textError->show();
        setCollapsed(false);
    }
    return true;
}

void FilterBuilderPanel::applyPreset(SavedFilters::Preset preset, const QString &application)
{
    setFilter(SavedFilters::presetFilter(preset, application));
}

void FilterBuilderPanel::focusTextForm()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBuilderPanel::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_rowsBox->setVisible(!collapsed);
    m_collapse->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    m_collapse->setAccessibleDescription(collapsed ? tr("collapsed") : tr("expanded"));
}

void FilterBuilderPanel::setResultCount(qint64 count)
{
    m_resultCount = count;
    updateSummary();
}

void FilterBuilderPanel::insertRowWidgets(int first, int last)
{
    for (int r = first; r <= last; ++r) {
        auto *row = new FilterRowWidget(m_model, &m_suggestions, r, m_rowsBox);
        connect(row, &FilterRowWidget::removeRequested, this, [this](int index) { m_model->removeRows(index, 1); });
        m_rowsLayout->insertWidget(r, row);
        row->show(); // now, not when the layout gets round to it
        m_rowWidgets.insert(r, row);
    }
    renumberRows();
    updateSummary();
}

void FilterBuilderPanel::removeRowWidgets(int first, int last)
{
    for (int r = last; r >= first; --r) {
        FilterRowWidget *row = m_rowWidgets.takeAt(r);
        row->hide();
        m_rowsLayout->removeWidget(row);
        row->deleteLater(); // its remove button may be the sender
    }
    renumberRows();
    updateSummary();
}

void FilterBuilderPanel::rebuildRowWidgets()
{
    if (!m_rowWidgets.isEmpty())
        removeRowWidgets(0, int(m_rowWidgets.size()) - 1);
    if (m_model->rowCount() > 0)
        insertRowWidgets(0, m_model->rowCount() - 1);
}

void FilterBuilderPanel::renumberRows()
{
    for (int r = 0; r < m_rowWidgets.size(); ++r) {
        if (m_rowWidgets.at(r)->row() != r) {
            m_rowWidgets.at(r)->setRow(r);
            m_rowWidgets.at(r)->refresh();
        }
    }
}

void FilterBuilderPanel::onAppliedFilterChanged()
{
    // A text being edited is the person's; it is not overwritten until Enter or Escape.
    if (!m_textDirty)
        revertText();
    updateSummary();
    m_debounce.start();
}

void FilterBuilderPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int applied = m_model->appliedCount();
    // Plain singular/plural choices: no English translation file is shipped for %n forms.
    QString text;
    if (total == 0)
        text = tr("no conditions: everything is shown");
    else if (applied == total)
        text = total == 1 ? tr("1 condition") : tr("%1 conditions").arg(total);
    else
        text = tr("%1 of %2 conditions applied").arg(applied).arg(total);
    if (m_resultCount >= 0)
        text += QStringLiteral("  ·  ")
            + (m_resultCount == 1 ? tr("1 match") : tr("%1 matches").arg(QLocale().toString(m_resultCount)));
    m_summary->setText(text);
}

void FilterBuilderPanel::showTextError(qsizetype position, const QString &message)
{
    m_textError->setText(message);
    m_textError->show();
    m_text->setStyleSheet(QStringLiteral("QLineEdit#filterTextForm { border: 1px solid #cf222e; border-radius: 3px; padding: 1px; }"));
    m_text->setFocus();
    // Select the offending character (or put the cursor at the end when the text ran out).
    const int at = int(std::clamp<qsizetype>(position, 0, m_text->text().size()));
    if (at < m_text->text().size())
        m_text->setSelection(at, 1);
    else
        m_text->setCursorPosition(at);
}

void FilterBuilderPanel::clearTextError()
{
    if (m_textError->isHidden())
        return;
    m_textError->hide();
    m_textError->clear();
    m_text->setStyleSheet(QString());
}

void FilterBuilderPanel::revertText()
{
    m_textDirty = false;
    clearTextError();
    const QString text = FilterText::print(m_model->appliedFilter());
    if (m_text->text() != text)
        m_text->setText(text);
}

void FilterBuilderPanel::rebuildSavedMenu()
{
    m_savedMenu->clear();
    m_savedMenu->addSection(tr("Presets"));
    const auto preset = [this](const QString &label, const QString &tip, SavedFilters::Preset p) {
        QAction *action = m_savedMenu->addAction(label, this, [this, p] { applyPreset(p); });
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setData(QStringLiteral("preset:%1").arg(int(p)));
    };
    preset(tr("Everything"), tr("No conditions"), SavedFilters::Preset::Everything);
    preset(tr("Exists (not deleted)"), tr("delete = false"), SavedFilters::Preset::Exists);
    QAction *byApp = m_savedMenu->addAction(tr("By application…"), this, &FilterBuilderPanel::askApplication);
    byApp->setData(QStringLiteral("preset:%1").arg(int(SavedFilters::Preset::ByApplication)));
    preset(tr("Faulty"), tr("status in (ERROR, MISSING)"), SavedFilters::Preset::Faulty);
    preset(tr("Stuck"), tr("DELETING or UPDATING, last modified more than an hour ago"), SavedFilters::Preset::Stuck);

    m_savedMenu->addSection(tr("Saved"));
    const QList<SavedFilters::Entry> entries = m_saved->entries();
    if (entries.isEmpty()) {
        m_savedMenu->addAction(tr("No saved filters yet"))->setEnabled(false);
    }
    for (const SavedFilters::Entry &e : entries) {
        const QString text = e.text;
        QAction *action = m_savedMenu->addAction(e.name, this, [this, text] { applyText(text); });
        action->setToolTip(text.isEmpty() ? tr("Everything") : text);
        action->setStatusTip(action->toolTip());
        action->setData(QStringLiteral("saved:") + e.name);
    }
    m_savedMenu->addSeparator();
    m_savedMenu->addAction(tr("Save current filter…"), this, &FilterBuilderPanel::saveCurrentFilter);
    if (!entries.isEmpty()) {
        QMenu *remove = m_savedMenu->addMenu(tr("Delete saved filter"));
        for (const SavedFilters::Entry &e : entries) {
            const QString name = e.name;
            remove->addAction(name, this, [this, name] { m_saved->remove(name); });
        }
    }
    m_savedMenu->setToolTipsVisible(true);
}

void FilterBuilderPanel::saveCurrentFilter()
{
    const QString text = FilterText::print(m_model->appliedFilter());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"),
                                               tr("Name for this filter:\n%1").arg(text.isEmpty() ? tr("(everything)") : text),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_saved->contains(name)
        && QMessageBox::question(this, tr("Save filter"), tr("Replace the saved filter “%1”?").arg(name))
               != QMessageBox::Yes)
        return;
    m_saved->save(name, text);
}

void FilterBuilderPanel::askApplication()
{
    const QStringList apps = m_suggestions.values(FilterScope::Tag, QStringLiteral("Application"));
    bool ok = false;
    const QString app = QInputDialog::getItem(this, tr("Filter by application"), tr("Application:"), apps, 0,
                                              /*editable*/ true, &ok)
                            .trimmed();
    if (ok && !app.isEmpty())
        applyPreset(SavedFilters::Preset::ByApplication, app);
}
