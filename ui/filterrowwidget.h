#pragma once

#include <QFrame>
#include <QPointer>

#include "filterobjecteditor.h"
#include "filterstatementmodel.h"

class FilterSuggestions;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

// One statement of the filter builder: scope, subject, verb, an object editor chosen by the
// subject and verb, "not", on/off and remove. It edits its row of the FilterStatementModel and
// shows what the model says about the row (refresh()); it holds no statement of its own.
class FilterRowWidget : public QFrame
{
    Q_OBJECT

public:
    FilterRowWidget(FilterStatementModel *model, const FilterSuggestions *suggestions, int row,
                    QWidget *parent = nullptr);

    int row() const { return m_row; }
    void setRow(int row);

    // Shows the model's row; widgets the person is typing in keep their text when it already
    // says the same thing.
    void refresh();
    // The context changed: offer the new subjects and values.
    void refreshSuggestions();

    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *subjectCombo() const { return m_subject; }
    QComboBox *verbCombo() const { return m_verb; }
    FilterObjectEditor *objectEditor() const { return m_editor; }
    QToolButton *negateButton() const { return m_negate; }
    QToolButton *enabledButton() const { return m_enabled; }
    QToolButton *removeButton() const { return m_remove; }
    QLabel *problemLabel() const { return m_problem; }

    // The sentence a person reads for a row's problem.
    static QString problemText(FilterStatementModel::Problem problem, const FilterStat &statement,
                               const QString &type, const QString &detail);
    static QString verbLabel(FilterVerb verb);
    static QString scopeLabel(FilterScope scope);

signals:
    void removeRequested(int row);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FilterStat statement() const;
    void edit(const FilterStat &statement);
    void setScope(FilterScope scope);
    void setSubjectTyped(const QString &text);
    void setVerb(FilterVerb verb);
    void fillSubjects();
    void fillVerbs();
    void ensureEditor();
    FilterObjectEditor::Kind editorKind(const FilterStat &statement) const;
    void updateLook();

    FilterStatementModel *m_model;
    const FilterSuggestions *m_suggestions;
    int m_row;

    QHBoxLayout *m_layout;
    QComboBox *m_scope;
    QComboBox *m_subject;
    QComboBox *m_verb;
    QPointer<FilterObjectEditor> m_editor;
    QToolButton *m_negate;
    QToolButton *m_enabled;
    QToolButton *m_remove;
    QLabel *m_problem;
    enum class State { Applied, Invalid, Off };
    static constexpr int accentWidth = 3;
    State m_state = State::Applied;
    int m_editorIndex = 0; // where the object editor sits in m_layout
    QString m_editorSubject; // the subject the editor's suggestions were loaded for
};
