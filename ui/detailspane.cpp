#include "detailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "statusbadgelabel.h"

namespace {

QString localTimeText(const Timestamp &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return QLocale().toString(time.toDateTime().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString utcTimeText(const Timestamp &time)
{
    return time.isValid() ? time.toRfc3339() : QStringLiteral("—");
}

QString jsonScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("[%1]").arg(value.toArray().size());
    case QJsonValue::Object: return QStringLiteral("{%1}").arg(value.toObject().size());
    case QJsonValue::Undefined: break;
    }
    return {};
}

QToolButton *makeCopyButton(QWidget *parent, const QString &what)
{
    auto *button = new QToolButton(parent);
    button->setText(QObject::tr("Copy"));
    button->setToolTip(QObject::tr("Copy the %1 to the clipboard").arg(what));
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(280);
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("detailsContent"));
    auto *outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(14, 12, 14, 12);

    m_placeholder = new QLabel(tr("Select an entity to see its fields, tags, spec, reason and extra fields."), m_content);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_placeholder, 1);

    m_body = new QWidget(m_content);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    outer->addWidget(m_body);

    m_title = new QLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_title);
    m_subtitle = new QLabel(m_body);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    body->addWidget(m_subtitle);

    auto *badgeRow = new QHBoxLayout;
    m_badge = new StatusBadgeLabel(m_body);
    badgeRow->addWidget(m_badge);
    m_revision = new QLabel(m_body);
    badgeRow->addWidget(m_revision);
    badgeRow->addStretch();
    body->addLayout(badgeRow);

    m_problems = new QLabel(m_body);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setStyleSheet(QStringLiteral("QLabel#problemsLabel { background: #fff8c5; color: #3b2300; border: 1px solid #d4a72c;"
                                             " border-radius: 4px; padding: 6px; }"));
    body->addWidget(m_problems);

    // Key and id, each with a copy button.
    auto *ids = new QWidget(m_body);
    auto *idGrid = new QGridLayout(ids);
    idGrid->setContentsMargins(0, 4, 0, 0);
    idGrid->setHorizontalSpacing(6);
    idGrid->setVerticalSpacing(2);
    const auto addIdRow = [&](int row, const QString &label, QLineEdit **value, QToolButton **copy, const QString &what) {
        auto *name = new QLabel(label, ids);
        name->setForegroundRole(QPalette::PlaceholderText);
        // A read-only line edit scrolls a long key instead of widening the pane.
        *value = new QLineEdit(ids);
        (*value)->setReadOnly(true);
        (*value)->setFrame(false);
        (*value)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        (*value)->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        mono.setPointSizeF(font().pointSizeF() * 0.92);
        (*value)->setFont(mono);
        *copy = makeCopyButton(ids, what);
        idGrid->addWidget(name, row, 0);
        idGrid->addWidget(*value, row, 1);
        idGrid->addWidget(*copy, row, 2);
    };
    addIdRow(0, tr("Key"), &m_key, &m_copyKey, tr("key"));
    addIdRow(1, tr("ID"), &m_id, &m_copyId, tr("id"));
    idGrid->setColumnStretch(1, 1);
    body->addWidget(ids);
    connect(m_copyKey, &QToolButton::clicked, this, [this] {
        if (m_entity)
            QGuiApplication::clipboard()->setText(m_entity->key());
    });
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (m_entity)
            QGuiApplication::clipboard()->setText(m_entity->id);
    });

    m_fields = makeKeyValueTable();
    body->addWidget(makeSection(tr("Fields"), m_fields));
    m_tags = makeKeyValueTable();
    m_noTags = makePlaceholder(tr("No tags"));
    body->addWidget(makeSection(tr("Tags"), stacked(m_tags, m_noTags)));
    m_spec = makeKeyValueTable();
    m_noSpec = makePlaceholder(tr("No spec"));
    body->addWidget(makeSection(tr("Spec"), stacked(m_spec, m_noSpec)));

    auto *reasonBox = new QWidget(m_body);
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    m_reasons = new QListWidget(reasonBox);
    m_reasons->setWordWrap(true);
    m_reasons->setFrameShape(QFrame::StyledPanel);
    m_reasons->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_noReason = makePlaceholder(tr("No reason recorded"));
    m_noReason->setParent(reasonBox);
    reasonLayout->addWidget(m_reasons);
    reasonLayout->addWidget(m_noReason);
    body->addWidget(makeSection(tr("Reason"), reasonBox));

    m_extra = new QTreeWidget(m_body);
    m_extra->setColumnCount(2);
    m_extra->setHeaderLabels({tr("Field"), tr("Value")});
    m_extra->setRootIsDecorated(true);
    m_extra->setUniformRowHeights(true);
    m_extra->setAlternatingRowColors(true);
    m_extra->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_extra->setMinimumHeight(120);
    body->addWidget(makeSection(tr("Extra fields (JSON)"), m_extra));
    body->addStretch();

    setWidget(m_content);
    showEntity(std::nullopt);
}

QWidget *DetailsPane::makeSection(const QString &title, QWidget *content, QLabel **header)
{
    auto *section = new QWidget(m_body);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(title.toUpper(), section);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    content->setParent(section);
    layout->addWidget(content);
    if (header)
        *header = label;
    return section;
}

QLabel *DetailsPane::makePlaceholder(const QString &text)
{
    auto *label = new QLabel(text);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *DetailsPane::stacked(QWidget *first, QWidget *second)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    first->setParent(box);
    second->setParent(box);
    layout->addWidget(first);
    layout->addWidget(second);
    return box;
}

QTableWidget *DetailsPane::makeKeyValueTable()
{
    auto *table = new QTableWidget(0, 2);
    table->horizontalHeader()->setVisible(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::StyledPanel);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

void DetailsPane::fillKeyValues(QTableWidget *table, const QList<std::pair<QString, QString>> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        auto *key = new QTableWidgetItem(rows[r].first);
        QFont f = key->font();
        f.setBold(true);
        key->setFont(f);
        auto *value = new QTableWidgetItem(rows[r].second);
        value->setToolTip(rows[r].second);
        table->setItem(r, 0, key);
        table->setItem(r, 1, value);
    }
}

void DetailsPane::fitTable(QTableWidget *table)
{
    // The pane scrolls, not the tables: each table is as tall as its rows.
    const int rows = table->rowCount();
    int height = 2 * table->frameWidth();
    for (int r = 0; r < rows; ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(rows == 0 ? table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() : height);
}

void DetailsPane::addJson(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    item->setText(1, jsonScalar(value));
    item->setToolTip(1, jsonScalar(value));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, tree, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            addJson(item, tree, QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

void DetailsPane::showMultipleSelected(int count)
{
    m_entity.reset();
    m_body->hide();
    m_placeholder->setText(tr("%n entities selected", nullptr, count));
    m_placeholder->show();
}

void DetailsPane::showEntity(const std::optional<Entity> &entity)
{
    m_entity = entity;
    if (!entity) {
        m_body->hide();
        m_placeholder->setText(tr("Select an entity to see its fields, tags, spec, reason and extra fields."));
        m_placeholder->show();
        return;
    }
    const Entity &e = *entity;
    m_placeholder->hide();
    m_body->show();
    m_title->setText(e.name.isEmpty() ? tr("(no name)") : e.name);
    m_subtitle->setText(tr("%1 · %2").arg(e.type, e.organizationId)
                        + (e.deleted ? tr(" · soft-deleted") : QString()));
    m_badge->setStatus(e.status);
    m_badge->setToolTip(e.reason.join(QLatin1Char('\n')));
    m_revision->setText(tr("revision %1").arg(e.revision));
    m_problems->setVisible(e.isMalformed());
    m_problems->setText(tr("⚠ This row could not be read cleanly: %1").arg(e.problems.join(QStringLiteral("; "))));
    m_key->setText(e.key());
    m_key->setCursorPosition(0);
    m_key->setToolTip(e.key());
    m_id->setText(e.id.isEmpty() ? QStringLiteral("—") : e.id);
    m_id->setCursorPosition(0);
    m_id->setToolTip(e.id);

    fillKeyValues(m_fields, {{tr("Name"), e.name},
                             {tr("Type"), e.type},
                             {tr("Organization"), e.organizationId},
                             {tr("Status"), e.status},
                             {tr("Created"), localTimeText(e.createdTime)},
                             {tr("Created (UTC)"), utcTimeText(e.createdTime)},
                             {tr("Modified"), localTimeText(e.modifiedTime)},
                             {tr("Modified (UTC)"), utcTimeText(e.modifiedTime)},
                             {tr("Revision"), QString::number(e.revision)},
                             {tr("Version"), QString::number(e.version)},
                             {tr("Deleted"), e.deleted ? tr("yes (soft-deleted)") : tr("no")}});
    QList<std::pair<QString, QString>> tags;
    for (auto it = e.tags.cbegin(); it != e.tags.cend(); ++it)
        tags.append({it.key(), it.value()});
    fillKeyValues(m_tags, tags);
    QList<std::pair<QString, QString>> spec;
    for (auto it = e.spec.cbegin(); it != e.spec.cend(); ++it)
        spec.append({it.key(), it.value()});
    fillKeyValues(m_spec, spec);
    for (QTableWidget *table : {m_fields, m_tags, m_spec})
        fitTable(table);
    m_tags->setVisible(!tags.isEmpty());
    m_noTags->setVisible(tags.isEmpty());
    m_spec->setVisible(!spec.isEmpty());
    m_noSpec->setVisible(spec.isEmpty());

    m_reasons->clear();
    m_reasons->addItems(e.reason);
    m_reasons->setVisible(!e.reason.isEmpty());
    m_noReason->setVisible(e.reason.isEmpty());
    if (!e.reason.isEmpty()) {
        int height = 2 * m_reasons->frameWidth() + 4;
        for (int i = 0; i < m_reasons->count(); ++i)
            height += m_reasons->sizeHintForRow(i);
        m_reasons->setFixedHeight(height);
    }

    m_extra->clear();
    for (auto it = e.extra.begin(); it != e.extra.end(); ++it)
        addJson(nullptr, m_extra, it.key(), it.value());
    m_extra->expandToDepth(0);
}
