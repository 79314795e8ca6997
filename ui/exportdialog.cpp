#include "exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "entitystore.h"
#include "entitytablemodel.h"
#include "exportjob.h"

namespace {

const QString otherSeparator = QStringLiteral("other");

QString durationText(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const qint64 s = qRound64(seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ExportDialog::ExportDialog(EntityStore *store, const ListQuery &viewQuery, const QStringList &visibleColumns,
                           const QSet<QString> &selectedKeys, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_viewQuery(viewQuery)
    , m_visibleColumns(visibleColumns)
    , m_selectedKeys(selectedKeys)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);

    auto *what = new QGroupBox(tr("What"), this);
    auto *whatLayout = new QFormLayout(what);
    m_scopeView = new QRadioButton(tr("The current &view"), what);
    m_scopeSelection = new QRadioButton(tr("The &selected rows (%n)", nullptr, int(selectedKeys.size())), what);
    auto *scopeBox = new QHBoxLayout;
    scopeBox->addWidget(m_scopeView);
    scopeBox->addWidget(m_scopeSelection);
    whatLayout->addRow(tr("Rows:"), scopeBox);
    m_columnsVisible = new QRadioButton(tr("Visible columns, in their order"), what);
    m_columnsVisible->setToolTip(visibleColumns.join(QStringLiteral(", ")));
    m_columnsAll = new QRadioButton(tr("&All columns (Dispatch's table, importable)"), what);
    // Two questions in one group box: each pair of radio buttons excludes only its partner.
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_scopeView);
    scopeGroup->addButton(m_scopeSelection);
    auto *columnsGroup = new QButtonGroup(this);
    columnsGroup->addButton(m_columnsVisible);
    columnsGroup->addButton(m_columnsAll);
    auto *columnsBox = new QHBoxLayout;
    columnsBox->addWidget(m_columnsVisible);
    columnsBox->addWidget(m_columnsAll);
    whatLayout->addRow(tr("Columns:"), columnsBox);
    m_format = new QComboBox(what);
    m_format->addItem(tr("CSV"), int(ExportOptions::Format::Csv));
    m_format->addItem(tr("JSON Lines"), int(ExportOptions::Format::JsonLines));
    whatLayout->addRow(tr("&Format:"), m_format);
    layout->addWidget(what);

    auto *csv = new QGroupBox(tr("CSV"), this);
    auto *csvLayout = new QFormLayout(csv);
    m_separator = new QComboBox(csv);
    m_separator->addItem(tr("Comma"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->addItem(tr("Other"), otherSeparator);
    m_otherSeparator = new QLineEdit(csv);
    m_otherSeparator->setMaxLength(1);
    m_otherSeparator->setMaximumWidth(40);
    auto *separatorBox = new QHBoxLayout;
    separatorBox->addWidget(m_separator);
    separatorBox->addWidget(m_otherSeparator);
    separatorBox->addStretch();
    csvLayout->addRow(tr("Se&parator:"), separatorBox);
    m_header = new QCheckBox(tr("&Header row"), csv);
    csvLayout->addRow(QString(), m_header);
    m_quoting = new QComboBox(csv);
    m_quoting->addItem(tr("Only where needed (RFC 4180)"), int(CsvOptions::Quoting::Minimal));
    m_quoting->addItem(tr("Every value"), int(CsvOptions::Quoting::All));
    csvLayout->addRow(tr("&Quoting:"), m_quoting);
    m_lineEnding = new QComboBox(csv);
    m_lineEnding->addItem(tr("CRLF (Windows, RFC 4180)"), QByteArray("\r\n"));
    m_lineEnding->addItem(tr("LF (Unix)"), QByteArray("\n"));
    csvLayout->addRow(tr("&Line ending:"), m_lineEnding);
    m_bom = new QCheckBox(tr("UTF-8 with &BOM (for Excel)"), csv);
    csvLayout->addRow(QString(), m_bom);
    m_times = new QComboBox(csv);
    m_times->addItem(tr("As stored (UTC, importable)"), int(ExportOptions::Times::AsStored));
    m_times->addItem(tr("UTC, ISO 8601"), int(ExportOptions::Times::UtcIso8601));
    m_times->addItem(tr("Local time, ISO 8601"), int(ExportOptions::Times::Local));
    csvLayout->addRow(tr("&Times:"), m_times);
    m_tagsAsColumns = new QCheckBox(tr("Tags as one column per key (tag:Application)"), csv);
    m_specAsColumns = new QCheckBox(tr("Spec as one column per key (spec:runtime)"), csv);
    m_extraAsColumns = new QCheckBox(tr("Extra fields as one column per key (extra:image)"), csv);
    m_spreadsheetSafe = new QCheckBox(tr("Safe for spreadsheets (values starting with = + - @ shown as text)"), csv);
    csvLayout->addRow(QString(), m_tagsAsColumns);
    csvLayout->addRow(QString(), m_specAsColumns);
    csvLayout->addRow(QString(), m_extraAsColumns);
    csvLayout->addRow(QString(), m_spreadsheetSafe);
    layout->addWidget(csv);

    auto *fileBox = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAutoDefault(false); // Return in the path exports; it does not open a file dialog
    fileBox->addWidget(new QLabel(tr("File:"), this));
    fileBox->addWidget(m_path, 1);
    fileBox->addWidget(browseButton);
    layout->addLayout(fileBox);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_format, m_separator})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(m_otherSeparator, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(m_columnsAll, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);

    loadSettings();
    if (selectedKeys.isEmpty()) {
        m_scopeSelection->setEnabled(false);
        m_scopeView->setChecked(true);
    }
    if (visibleColumns.isEmpty()) {
        m_columnsVisible->setEnabled(false);
        m_columnsAll->setChecked(true);
    }
    updateEnabled();
}

ExportDialog::~ExportDialog()
{
    delete m_job; // waits for a running export after cancelling it
}

QStringList ExportDialog::visibleColumnIds(const QHeaderView *header, const EntityTableModel *model)
{
    static const QStringList base = {QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("organization_id"),
                                     QStringLiteral("type"), QStringLiteral("tags"), QStringLiteral("created_time"),
                                     QStringLiteral("modified_time"), QStringLiteral("revision"), QStringLiteral("id")};
    static_assert(EntityTableModel::BaseColumnCount == 9, "keep the ids in step with EntityTableModel::Column");
    QStringList ids;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        if (logical < EntityTableModel::BaseColumnCount)
            ids << base[logical];
        else if (logical - EntityTableModel::BaseColumnCount < model->extraColumnKeys().size())
            ids << QStringLiteral("extra:") + model->extraColumnKeys()[logical - EntityTableModel::BaseColumnCount];
    }
    return ids;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.query = m_viewQuery;
    options.query.options.limit = -1; // the whole view, not the page the window happens to hold
    options.query.options.offset = 0;
    if (m_scopeSelection->isChecked()) {
        options.scope = ExportOptions::Scope::Selection;
        options.selectedKeys = m_selectedKeys;
    }
    if (m_columnsVisible->isChecked())
        options.columns = m_visibleColumns;
    options.format = ExportOptions::Format(m_format->currentData().toInt());
    const QString separator = m_separator->currentData().toString();
    if (separator == otherSeparator)
        options.csv.separator = m_otherSeparator->text().isEmpty() ? QChar(u',') : m_otherSeparator->text().at(0);
    else
        options.csv.separator = separator.at(0);
    options.csv.header = m_header->isChecked();
    options.csv.quoting = CsvOptions::Quoting(m_quoting->currentData().toInt());
    options.csv.lineEnding = m_lineEnding->currentData().toByteArray();
    options.csv.bom = m_bom->isChecked();
    options.csv.spreadsheetSafe = m_spreadsheetSafe->isChecked();
    options.times = ExportOptions::Times(m_times->currentData().toInt());
    options.tagsAsColumns = m_tagsAsColumns->isChecked();
    options.specAsColumns = m_specAsColumns->isChecked();
    options.extraAsColumns = m_extraAsColumns->isChecked();
    return options;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::updateEnabled()
{
    const bool csv = ExportOptions::Format(m_format->currentData().toInt()) == ExportOptions::Format::Csv;
    for (QWidget *w : std::initializer_list<QWidget *>{m_separator, m_header, m_quoting, m_lineEnding, m_bom, m_spreadsheetSafe})
        w->setEnabled(csv);
    m_otherSeparator->setEnabled(csv && m_separator->currentData().toString() == otherSeparator);
    const QChar other = m_otherSeparator->text().isEmpty() ? QChar() : m_otherSeparator->text().at(0);
    const bool separatorOk = !m_otherSeparator->isEnabled() || (!other.isNull() && other != u'"');
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_job);
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton *b : buttons) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!path().isEmpty() && separatorOk && !m_job && m_store);
    }
    if (m_otherSeparator->isEnabled() && !separatorOk)
        m_status->setText(tr("Type the separator character (a double quote cannot be one)."));
    else if (m_status->text().startsWith(tr("Type the separator")))
        m_status->clear();
}

void ExportDialog::browse()
{
    const bool csv = ExportOptions::Format(m_format->currentData().toInt()) == ExportOptions::Format::Csv;
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), path().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : path(),
        csv ? tr("CSV files (*.csv);;All files (*)") : tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::loadSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    (settings.value(QStringLiteral("selection"), false).toBool() ? m_scopeSelection : m_scopeView)->setChecked(true);
    (settings.value(QStringLiteral("allColumns"), false).toBool() ? m_columnsAll : m_columnsVisible)->setChecked(true);
    selectData(m_format, settings.value(QStringLiteral("format"), int(ExportOptions::Format::Csv)).toInt());
    const QString separator = settings.value(QStringLiteral("separator"), QStringLiteral(",")).toString();
    if (m_separator->findData(separator) >= 0) {
        selectData(m_separator, separator);
    } else {
        selectData(m_separator, otherSeparator);
        m_otherSeparator->setText(separator.left(1));
    }
    m_header->setChecked(settings.value(QStringLiteral("header"), true).toBool());
    selectData(m_quoting, settings.value(QStringLiteral("quoting"), int(CsvOptions::Quoting::Minimal)).toInt());
    selectData(m_lineEnding, settings.value(QStringLiteral("lineEnding"), QByteArray("\r\n")).toByteArray());
    m_bom->setChecked(settings.value(QStringLiteral("bom"), false).toBool());
    selectData(m_times, settings.value(QStringLiteral("times"), int(ExportOptions::Times::AsStored)).toInt());
    m_tagsAsColumns->setChecked(settings.value(QStringLiteral("tagsAsColumns"), false).toBool());
    m_specAsColumns->setChecked(settings.value(QStringLiteral("specAsColumns"), false).toBool());
    m_extraAsColumns->setChecked(settings.value(QStringLiteral("extraAsColumns"), false).toBool());
    m_spreadsheetSafe->setChecked(settings.value(QStringLiteral("spreadsheetSafe"), false).toBool());
    m_path->setText(settings.value(QStringLiteral("path")).toString());
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("selection"), m_scopeSelection->isChecked());
    settings.setValue(QStringLiteral("allColumns"), m_columnsAll->isChecked());
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    const QString separator = m_separator->currentData().toString();
    settings.setValue(QStringLiteral("separator"), separator == otherSeparator ? m_otherSeparator->text() : separator);
    settings.setValue(QStringLiteral("header"), m_header->isChecked());
    settings.setValue(QStringLiteral("quoting"), m_quoting->currentData());
    settings.setValue(QStringLiteral("lineEnding"), m_lineEnding->currentData());
    settings.setValue(QStringLiteral("bom"), m_bom->isChecked());
    settings.setValue(QStringLiteral("times"), m_times->currentData());
    settings.setValue(QStringLiteral("tagsAsColumns"), m_tagsAsColumns->isChecked());
    settings.setValue(QStringLiteral("specAsColumns"), m_specAsColumns->isChecked());
    settings.setValue(QStringLiteral("extraAsColumns"), m_extraAsColumns->isChecked());
    settings.setValue(QStringLiteral("spreadsheetSafe"), m_spreadsheetSafe->isChecked());
    settings.setValue(QStringLiteral("path"), path());
}

void ExportDialog::startExport()
{
    if (m_job || !m_store || path().isEmpty())
        return;
    saveSettings();
    m_status->clear();
    m_job = new ExportJob(m_store, options(), QDir::cleanPath(path()));
    connect(m_job, &ExportJob::progress, this, &ExportDialog::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);

    m_progress = new QProgressDialog(tr("Starting the export…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowTitle(tr("Exporting"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    ExportJob *job = m_job;
    connect(m_progress, &QProgressDialog::canceled, this, [this, job] {
        job->cancel();
        m_progress->setLabelText(tr("Cancelling…"));
    });
    updateEnabled();
    m_job->start();
}

void ExportDialog::onProgress(qint64 done, qint64 total, double rate, double secondsLeft)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    const QLocale locale;
    m_progress->setMaximum(total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_progress->setLabelText(tr("%1 of %2 rows\n%3 rows/s, %4 left")
                                 .arg(locale.toString(done), locale.toString(total), locale.toString(qRound64(rate)),
                                      durationText(secondsLeft)));
}

void ExportDialog::onFinished()
{
    const ExportJob::Outcome outcome = m_job->outcome();
    m_job->deleteLater();
    m_job = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateEnabled();
    QString message;
    switch (outcome.status) {
    case ExportJob::Outcome::Status::Succeeded:
        m_rowsWritten = outcome.rows;
        emit exportFinished(true, QString());
        accept();
        return;
    case ExportJob::Outcome::Status::Cancelled:
        message = tr("The export was cancelled. Nothing was written; a file already at %1 is unchanged.").arg(outcome.path);
        m_status->setText(message);
        emit exportFinished(false, message);
        return;
    case ExportJob::Outcome::Status::FileFailed:
        message = tr("Could not write %1: %2\nNothing was written; a file already there is unchanged.").arg(outcome.path, outcome.detail);
        break;
    case ExportJob::Outcome::Status::InvalidOptions:
        message = tr("These options cannot be exported: %1").arg(outcome.detail);
        break;
    case ExportJob::Outcome::Status::StoreFailed:
        message = tr("Could not read the entities: %1\nNothing was written to %2.").arg(outcome.detail, outcome.path);
        break;
    }
    m_status->setText(message);
    emit exportFinished(false, message);
    if (isVisible())
        QMessageBox::critical(this, tr("Export failed"), message);
}
