#include "filterchiplisteditor.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

FilterChipListEditor::FilterChipListEditor(QWidget *parent)
    : FilterObjectEditor(parent), m_chipLayout(new QHBoxLayout), m_edit(new QLineEdit(this)),
      m_suggestions(new QStringListModel(this)), m_completer(new QCompleter(m_suggestions, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(3);
    layout->addLayout(m_chipLayout);
    layout->addWidget(m_edit, 1);
    m_edit->setPlaceholderText(tr("add a value…"));
    m_edit->setMinimumWidth(90);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::returnPressed, this, &FilterChipListEditor::commit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.endsWith(QLatin1Char(',')))
            commit();
    });
    // A picked completion becomes a chip at once; the line edit is cleared after the completer
    // has finished writing the text into it.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        addTyped(text);
        QTimer::singleShot(0, m_edit, &QLineEdit::clear);
    });
}

void FilterChipListEditor::commit()
{
    QString text = m_edit->text();
    if (text.endsWith(QLatin1Char(',')))
        text.chop(1);
    m_edit->clear();
    addTyped(text.trimmed());
}

void FilterChipListEditor::addTyped(const QString &text)
{
    if (text.isEmpty())
        return;
    const QJsonValue value = valueFromTyped(text);
    if (m_values.contains(value))
        return;
    m_values.append(value);
    rebuildChips();
    emit valueEdited(m_values);
}

void FilterChipListEditor::removeAt(qsizetype index)
{
    if (index < 0 || index >= m_values.size())
        return;
    m_values.removeAt(index);
    rebuildChips();
    m_edit->setFocus();
    emit valueEdited(m_values);
}

void FilterChipListEditor::rebuildChips()
{
    qDeleteAll(m_chips);
    m_chips.clear();
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        auto *chip = new QToolButton(this);
        const QString text = typedFromValue(m_values.at(i));
        chip->setText(text + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove %1").arg(text));
        chip->setAccessibleName(tr("Remove %1").arg(text));
        chip->setAutoRaise(false);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setProperty("filterChip", true);
        // A soft pill, mixed from the palette like the table's tag chips.
        const QColor fill = palette().color(QPalette::Highlight).lighter(180);
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 9px; background: %2;"
                                           " padding: 1px 7px; }"
                                           "QToolButton:hover { border-color: %3; }")
                                .arg(palette().color(QPalette::Mid).name(), fill.name(),
                                     palette().color(QPalette::Highlight).name()));
        connect(chip, &QToolButton::clicked, this, [this, chip] { removeAt(m_chips.indexOf(chip)); });
        m_chipLayout->addWidget(chip);
        m_chips << chip;
    }
}

QStringList FilterChipListEditor::chipTexts() const
{
    QStringList texts;
    for (const QJsonValue &v : m_values)
        texts << typedFromValue(v);
    return texts;
}

void FilterChipListEditor::setValue(const QJsonValue &value)
{
    QJsonArray values;
    if (value.isArray())
        values = value.toArray();
    else if (!value.isUndefined() && !value.isNull())
        values.append(value);
    if (values == m_values)
        return;
    m_values = values;
    rebuildChips();
}

void FilterChipListEditor::setSuggestions(const QStringList &values)
{
    m_suggestions->setStringList(values);
}

QWidget *FilterChipListEditor::focusTarget()
{
    return m_edit;
}

bool FilterChipListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Backspace && m_edit->text().isEmpty() && !m_values.isEmpty()) {
                removeAt(m_values.size() - 1);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Not when the completer's popup takes over; that returns to the line edit.
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            if (reason != Qt::PopupFocusReason && !m_edit->text().trimmed().isEmpty())
                commit();
        }
    }
    return FilterObjectEditor::eventFilter(watched, event);
}
