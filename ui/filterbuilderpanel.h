#pragma once

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "filter.h"
#include "filterstatementmodel.h"
#include "filtersuggestions.h"
#include "savedfilters.h"

class EntityStore;
class FilterRowWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// The filter builder: one row per statement (all ANDed, as in Dispatch) above a one-line text
// form of the same filter. Rows and text stay in step:
//  - editing a row reprints the text (the applied statements, canonical form);
//  - Enter in the text parses it and replaces the applied rows; rows that are off or still
//    incomplete have no text form and are kept where they are, so editing the text never loses
//    them (they show in the rows, marked, and the summary counts them);
//  - a text that does not parse marks the character where it fails, says what was expected,
//    and leaves the rows as they were; Escape puts the rows' text back.
// The applied filter is announced with filterChanged() ~250 ms after the last change, so typing
// does not send a query per keystroke.
class FilterBuilderPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMilliseconds = 250;

    explicit FilterBuilderPanel(QWidget *parent = nullptr);
    ~FilterBuilderPanel() override;

    FilterStatementModel *model() const { return m_model; }
    const FilterSuggestions &suggestions() const { return m_suggestions; }
    // The filter applied now (filterChanged() may still be pending).
    Filter filter() const;

    // Saved filters come from the application's QSettings unless replaced (tests use a file).
    SavedFilters *savedFilters() const { return m_saved; }
    void setSavedFilters(SavedFilters *saved);
    // Presets, saved filters, "Save current filter…": for the panel's button and the window's
    // Filters menu alike.
    QMenu *savedFiltersMenu() const { return m_savedMenu; }

    QList<FilterRowWidget *> rowWidgets() const { return m_rowWidgets; }
    QLineEdit *textForm() const { return m_text; }
    QLabel *textError() const { return m_textError; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *addConditionButton() const { return m_add; }
    QToolButton *collapseButton() const { return m_collapse; }
    QToolButton *savedFiltersButton() const { return m_savedButton; }

    bool isCollapsed() const { return m_collapsed; }

public slots:
    // Where subjects and values are offered from. The store is not owned; pass nullptr when it
    // closes. Saved filters follow the store's address.
    void setContext(EntityStore *store, const QString &type, const QString &organization);
    // Adds a row (e.g. "Filter by this value" from a table cell) and applies it.
    void addStatement(const FilterStat &statement);
    // Adds an empty row for the person to fill in.
    void addCondition();
    // Replaces the applied rows with `filter` (rows that are off or incomplete stay).
    void setFilter(const Filter &filter);
    // Puts `text` into the text form and applies it as Enter would; false if it does not parse.
    bool applyText(const QString &text);
    bool applyTextForm();
    void applyPreset(SavedFilters::Preset preset, const QString &application = {});
    void focusTextForm();
    void setCollapsed(bool collapsed);
    // The number of entities the applied filter matches, shown in the header (-1 hides it).
    void setResultCount(qint64 count);

signals:
    void filterChanged(const Filter &filter);

private:
    void insertRowWidgets(int first, int last);
    void removeRowWidgets(int first, int last);
    void rebuildRowWidgets();
    void renumberRows();
    void onAppliedFilterChanged();
    void updateSummary();
    void showTextError(qsizetype position, const QString &message);
    void clearTextError();
    void revertText();
    void rebuildSavedMenu();
    void saveCurrentFilter();
    void askApplication();

    FilterStatementModel *m_model;
    FilterSuggestions m_suggestions;
    SavedFilters *m_saved;
    QPointer<SavedFilters> m_ownSaved;

    QToolButton *m_collapse;
    QLabel *m_summary;
    QToolButton *m_savedButton;
    QMenu *m_savedMenu;
    QPushButton *m_add;
    QWidget *m_rowsBox;
    QVBoxLayout *m_rowsLayout;
    QList<FilterRowWidget *> m_rowWidgets;
    QLineEdit *m_text;
    QLabel *m_textError;

    QTimer m_debounce;
    bool m_collapsed = false;
    bool m_textDirty = false; // the text form holds edits not yet applied with Enter
    qint64 m_resultCount = -1;
};
