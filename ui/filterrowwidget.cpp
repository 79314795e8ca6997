#include "filterrowwidget.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include "filterbooleditor.h"
#include "filterchiplisteditor.h"
#include "filtercompiler.h"
#include "filterstatuschecklist.h"
#include "filterstatuseditor.h"
#include "filtersuggestions.h"
#include "filtertextvalueeditor.h"
#include "filtertimeeditor.h"
#include "timestamp.h"
#include "typecatalogue.h"

namespace {

constexpr FilterScope allScopes[] = {FilterScope::Field, FilterScope::Tag, FilterScope::Extra};

// A toggle that reads as a switch: outlined when off, filled with `accent` when on.
QToolButton *makeToggle(const QString &text, const QString &tip, const QColor &accent, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 4px;"
                                         " padding: 2px 8px; background: palette(base); }"
                                         "QToolButton:hover { border-color: %1; }"
                                         "QToolButton:checked { background: %1; color: white; border-color: %1; }"
                                         "QToolButton:focus { border-color: palette(highlight); }")
                              .arg(accent.name()));
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

FilterRowWidget::FilterRowWidget(FilterStatementModel *model, const FilterSuggestions *suggestions, int row,
                                 QWidget *parent)
    : QFrame(parent), m_model(model), m_suggestions(suggestions), m_row(row), m_layout(new QHBoxLayout(this)),
      m_scope(new QComboBox(this)), m_subject(new QComboBox(this)), m_verb(new QComboBox(this)),
      m_negate(makeToggle(tr("not"), tr("Negate: keep the entities this condition does not match"),
                          QColor(0x82, 0x50, 0xdf), this)),
      m_enabled(makeToggle(tr("on"), tr("Apply this condition (off keeps it without applying it)"),
                           QColor(0x09, 0x69, 0xda), this)),
      m_remove(new QToolButton(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("filterRow"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    m_layout->setContentsMargins(accentWidth + 6, 3, 4, 3);
    m_layout->setSpacing(4);

    for (FilterScope s : allScopes)
        m_scope->addItem(scopeLabel(s), int(s));
    m_scope->setToolTip(tr("What the condition looks at: a field of the entity, a tag, or an extra field of its type"));
    m_scope->setAccessibleName(tr("Scope"));

    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->setMinimumContentsLength(12);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_subject->completer()->setFilterMode(Qt::MatchContains);
    m_subject->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_subject->lineEdit()->setPlaceholderText(tr("subject"));
    m_subject->setAccessibleName(tr("Subject"));

    m_verb->setAccessibleName(tr("Verb"));
    m_verb->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_negate->setAccessibleName(tr("Not"));
    m_enabled->setAccessibleName(tr("On"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(tr("Remove condition"));

    m_problem->setObjectName(QStringLiteral("filterRowProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0x9a, 0x67, 0x00));
    m_problem->setPalette(problemPalette);
    m_problem->setVisible(false);

    m_layout->addWidget(m_scope);
    m_layout->addWidget(m_subject);
    m_layout->addWidget(m_verb);
    m_editorIndex = m_layout->count();
    m_layout->addWidget(m_problem);
    m_layout->addWidget(m_negate);
    m_layout->addWidget(m_enabled);
    m_layout->addWidget(m_remove);

    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        setScope(FilterScope(m_scope->itemData(index).toInt()));
    });
    connect(m_subject->lineEdit(), &QLineEdit::textEdited, this, &FilterRowWidget::setSubjectTyped);
    connect(m_subject, &QComboBox::activated, this, [this](int index) {
        FilterStat s = statement();
        s.subject = m_subject->itemData(index).toString();
        edit(s);
    });
    // A completion picked from the popup writes the label; resolve it like typing.
    connect(m_subject->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { setSubjectTyped(text); });
    connect(m_verb, &QComboBox::activated, this, [this](int index) {
        setVerb(FilterVerb(m_verb->itemData(index).toInt()));
    });
    connect(m_negate, &QToolButton::toggled, this, [this](bool on) { m_model->setNegate(m_row, on); });
    connect(m_enabled, &QToolButton::toggled, this, [this](bool on) { m_model->setEnabled(m_row, on); });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_row); });

    fillSubjects();
    refresh();
}

void FilterRowWidget::setRow(int row)
{
    m_row = row;
}

FilterStat FilterRowWidget::statement() const
{
    return m_model->statement(m_row);
}

void FilterRowWidget::edit(const FilterStat &statement)
{
    m_model->setStatement(m_row, statement);
}

QString FilterRowWidget::scopeLabel(FilterScope scope)
{
    switch (scope) {
    case FilterScope::Field: return tr("Field");
    case FilterScope::Tag: return tr("Tag");
    case FilterScope::Extra: return tr("Extra");
    }
    return {};
}

QString FilterRowWidget::verbLabel(FilterVerb verb)
{
    // The text language's words, so the rows read like the text form below them.
    switch (verb) {
    case FilterVerb::Equal: return tr("=", "filter verb equal");
    case FilterVerb::In: return tr("in", "filter verb");
    case FilterVerb::Before: return tr("before", "filter verb");
    case FilterVerb::After: return tr("after", "filter verb");
    }
    return {};
}

void FilterRowWidget::setScope(FilterScope scope)
{
    FilterStat s = statement();
    if (s.scope == scope)
        return;
    s.scope = scope;
    // A field's Go name means nothing as a tag key; a typed tag key may well be an extra key.
    if (scope == FilterScope::Field || !FilterCompiler::columnForField(s.subject).isEmpty())
        s.subject = m_suggestions->resolveSubject(scope, s.subject);
    edit(s);
}

void FilterRowWidget::setSubjectTyped(const QString &text)
{
    FilterStat s = statement();
    s.subject = m_suggestions->resolveSubject(s.scope, text);
    edit(s);
}

void FilterRowWidget::setVerb(FilterVerb verb)
{
    FilterStat s = statement();
    if (s.verb == verb)
        return;
    const bool toList = verb == FilterVerb::In;
    const bool fromList = s.verb == FilterVerb::In;
    s.verb = verb;
    if (toList && !s.object.isArray() && !s.object.isUndefined() && !s.object.isNull()) {
        s.object = QJsonArray{s.object};
    } else if (fromList && s.object.isArray()) {
        // One value carries over; several stay, and the row asks for one.
        const QJsonArray values = s.object.toArray();
        if (values.isEmpty())
            s.object = QJsonValue(QJsonValue::Undefined);
        else if (values.size() == 1)
            s.object = values.first();
    }
    const bool timeVerb = verb == FilterVerb::Before || verb == FilterVerb::After;
    if (timeVerb && !Timestamp::parseRfc3339(s.object.toString()).isValid()) {
        // The time editor shows a time at once; make that the value instead of a blank.
        if (auto *time = qobject_cast<FilterTimeEditor *>(m_editor.data()); time && time->value().isString())
            s.object = time->value();
        else if (s.object.isUndefined() || s.object.isNull())
            s.object = FilterTimeEditor::quickRange(FilterTimeEditor::QuickRange::Last24Hours,
                                                    QDateTime::currentDateTimeUtc()).second;
    }
    edit(s);
}

void FilterRowWidget::fillSubjects()
{
    const FilterScope scope = statement().scope;
    const QSignalBlocker blocker(m_subject);
    const QString text = m_subject->currentText();
    m_subject->clear();
    for (const FilterSuggestions::Subject &subject : m_suggestions->subjects(scope)) {
        m_subject->addItem(subject.label, subject.name);
        m_subject->setItemData(m_subject->count() - 1, subject.hint, Qt::ToolTipRole);
    }
    m_subject->setProperty("filledForScope", int(scope));
    m_subject->setCurrentIndex(-1);
    m_subject->setEditText(text);
}

void FilterRowWidget::fillVerbs()
{
    const FilterStat s = statement();
    QList<FilterVerb> verbs;
    if (m_suggestions->isTimeSubject(s.scope, s.subject))
        verbs = {FilterVerb::After, FilterVerb::Before, FilterVerb::Equal};
    else
        verbs = {FilterVerb::Equal, FilterVerb::In};
    if (!verbs.contains(s.verb))
        verbs << s.verb; // from the text form: shown, and the row says if it does not fit
    const QSignalBlocker blocker(m_verb);
    bool same = m_verb->count() == verbs.size();
    for (int i = 0; same && i < verbs.size(); ++i)
        same = m_verb->itemData(i).toInt() == int(verbs.at(i));
    if (!same) {
        m_verb->clear();
        for (FilterVerb v : verbs)
            m_verb->addItem(verbLabel(v), int(v));
    }
    m_verb->setCurrentIndex(m_verb->findData(int(s.verb)));
}

FilterObjectEditor::Kind FilterRowWidget::editorKind(const FilterStat &s) const
{
    using Kind = FilterObjectEditor::Kind;
    const bool timeVerb = s.verb == FilterVerb::Before || s.verb == FilterVerb::After;
    if (m_suggestions->isStatusSubject(s.scope, s.subject))
        return s.verb == FilterVerb::In ? Kind::StatusList : (timeVerb ? Kind::Time : Kind::Status);
    if (timeVerb || (s.verb == FilterVerb::Equal && m_suggestions->isTimeSubject(s.scope, s.subject)))
        return Kind::Time;
    if (s.verb == FilterVerb::In)
        return Kind::List;
    if (m_suggestions->isBoolSubject(s.scope, s.subject))
        return Kind::Bool;
    return Kind::Text;
}

void FilterRowWidget::ensureEditor()
{
    using Kind = FilterObjectEditor::Kind;
    const FilterStat s = statement();
    const Kind kind = editorKind(s);
    if (!m_editor || m_editor->kind() != kind) {
        const bool hadFocus = m_editor && m_editor->isAncestorOf(QApplication::focusWidget());
        if (m_editor) {
            m_editor->hide();
            m_layout->removeWidget(m_editor);
            m_editor->deleteLater(); // it may be the one whose signal brought us here
        }
        switch (kind) {
        case Kind::Text: m_editor = new FilterTextValueEditor(this); break;
        case Kind::List: m_editor = new FilterChipListEditor(this); break;
        case Kind::Status: m_editor = new FilterStatusEditor(this); break;
        case Kind::StatusList: m_editor = new FilterStatusChecklist(this); break;
        case Kind::Bool: m_editor = new FilterBoolEditor(this); break;
        case Kind::Time: m_editor = new FilterTimeEditor(this); break;
        }
        m_editor->setAccessibleName(tr("Value"));
        m_layout->insertWidget(m_editorIndex, m_editor, 1);
        m_editor->show();
        m_editorSubject = QStringLiteral("\x01"); // load suggestions below
        connect(m_editor, &FilterObjectEditor::valueEdited, this, [this](const QJsonValue &value) {
            FilterStat st = statement();
            st.object = value;
            edit(st);
        });
        connect(m_editor, &FilterObjectEditor::verbAndValueChosen, this, [this](FilterVerb verb, const QJsonValue &value) {
            FilterStat st = statement();
            st.verb = verb;
            st.object = value;
            edit(st);
        });
        if (hadFocus)
            m_editor->focusTarget()->setFocus();
    }
    const QString subjectKey = scopeName(s.scope) + QLatin1Char(':') + s.subject;
    if (subjectKey != m_editorSubject) {
        m_editorSubject = subjectKey;
        m_editor->setSuggestions(m_suggestions->values(s.scope, s.subject));
    }
    if (m_editor->value() != s.object)
        m_editor->setValue(s.object);
}

void FilterRowWidget::refresh()
{
    if (m_row < 0 || m_row >= m_model->rowCount())
        return;
    const FilterStat s = statement();

    {
        const QSignalBlocker blocker(m_scope);
        m_scope->setCurrentIndex(m_scope->findData(int(s.scope)));
    }
    if (m_subject->property("filledForScope").toInt() != int(s.scope))
        fillSubjects();
    {
        // Leave what is being typed alone when it already names this subject.
        const QSignalBlocker blocker(m_subject);
        const QString typed = m_suggestions->resolveSubject(s.scope, m_subject->currentText());
        const Qt::CaseSensitivity cs = s.scope == FilterScope::Field ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (typed.compare(s.subject, cs) != 0)
            m_subject->setEditText(m_suggestions->labelFor(s.scope, s.subject));
        m_subject->setToolTip(s.scope == FilterScope::Field ? s.subject : QString());
    }
    fillVerbs();
    ensureEditor();
    {
        const QSignalBlocker negate(m_negate);
        const QSignalBlocker enabled(m_enabled);
        m_negate->setChecked(s.negate);
        m_enabled->setChecked(m_model->isEnabled(m_row));
    }
    updateLook();
}

void FilterRowWidget::refreshSuggestions()
{
    fillSubjects();
    m_editorSubject.clear();
    refresh();
}

void FilterRowWidget::updateLook()
{
    const bool on = m_model->isEnabled(m_row);
    const FilterStatementModel::Problem problem = m_model->problem(m_row);
    m_enabled->setText(on ? tr("on") : tr("off"));
    // An off row is set aside: greyed, and switched back on to be edited.
    for (QWidget *w : {static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_subject),
                       static_cast<QWidget *>(m_verb), static_cast<QWidget *>(m_editor.data()),
                       static_cast<QWidget *>(m_negate)}) {
        if (w)
            w->setEnabled(on);
    }
    const bool invalid = problem != FilterStatementModel::Problem::None;
    m_problem->setVisible(invalid);
    if (invalid) {
        m_problem->setText(problemText(problem, statement(), m_model->entityType(), m_model->problemDetail(m_row)));
        m_problem->setToolTip(m_model->problemDetail(m_row));
    }
    const State state = !on ? State::Off : (invalid ? State::Invalid : State::Applied);
    if (state != m_state) {
        m_state = state;
        update();
    }
    setToolTip(!on ? tr("Off: kept, not applied. Switch it on to edit or apply it.") : QString());
}

void FilterRowWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A tinted card with an accent bar: blue applied, amber needs attention, grey set aside.
    QColor accent;
    switch (m_state) {
    case State::Applied: accent = QColor(0x09, 0x69, 0xda); break;
    case State::Invalid: accent = QColor(0x9a, 0x67, 0x00); break;
    case State::Off: accent = palette().color(QPalette::Mid); break;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = palette().color(QPalette::Base);
    QColor tint = accent;
    tint.setAlphaF(m_state == State::Off ? 0.0 : 0.06);
    QColor border = palette().color(QPalette::Mid);
    border.setAlphaF(0.6);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(card, 4, 4);
    painter.setBrush(tint);
    painter.drawRoundedRect(card, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(card.left(), card.top(), accentWidth, card.height()), 2, 2);
}

QString FilterRowWidget::problemText(FilterStatementModel::Problem problem, const FilterStat &s, const QString &type,
                                     const QString &detail)
{
    using Problem = FilterStatementModel::Problem;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::MissingSubject:
        return tr("Choose what to filter on");
    case Problem::MissingObject:
        return tr("Enter a value");
    case Problem::EmptyList:
        return tr("Add at least one value");
    case Problem::ListForEqual:
        return tr("“%1” takes one value; use “in” for several").arg(verbLabel(s.verb));
    case Problem::NotATime:
        return tr("Not a time; write it like 2026-12-03T15:57:53Z");
    case Problem::NotATimeSubject:
        return tr("“%1” compares times; %2 holds no time").arg(verbLabel(s.verb), FilterSuggestions::fieldLabel(s.subject));
    case Problem::Rejected:
        if (s.scope == FilterScope::Field && FilterCompiler::columnForField(s.subject).isEmpty())
            return tr("No field named “%1”").arg(s.subject);
        if (s.scope == FilterScope::Field)
            return tr("%1 holds JSON; filter on its keys with Tag or Extra").arg(s.subject);
        if (QString key; s.scope == FilterScope::Extra && !TypeCatalogue::resolveExtraSubject(type, s.subject, &key))
            return tr("%1 has no field “%2”").arg(type, s.subject);
        return tr("Not applied: %1").arg(detail);
    }
    return {};
}
