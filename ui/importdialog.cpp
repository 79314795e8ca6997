#include "importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include "entityimporter.h"
#include "importjob.h"

namespace {

const QList<int> previewColumns = {EntityRow::Name, EntityRow::Type, EntityRow::OrganizationId, EntityRow::StatusColumn,
                                   EntityRow::ModifiedTime};

} // namespace

ImportDialog::ImportDialog(EntityStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Import"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);

    auto *fileBox = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A CSV of Dispatch's table or a JSON Lines file"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    fileBox->addWidget(new QLabel(tr("File:"), this));
    fileBox->addWidget(m_path, 1);
    fileBox->addWidget(browseButton);
    layout->addLayout(fileBox);

    m_format = new QLabel(this);
    m_format->setWordWrap(true);
    layout->addWidget(m_format);

    m_preview = new QTableWidget(0, previewColumns.size() + 2, this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Type"), tr("Organization"), tr("Status"), tr("Modified"), tr("Problem")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 2);

    auto *form = new QFormLayout;
    m_onExisting = new QComboBox(this);
    m_onExisting->addItem(tr("Abort: import nothing if a key exists or a row is bad"), int(EntityStore::OnExisting::Abort));
    m_onExisting->addItem(tr("Skip rows whose key exists (and bad rows)"), int(EntityStore::OnExisting::Skip));
    m_onExisting->addItem(tr("Overwrite existing keys (and skip bad rows)"), int(EntityStore::OnExisting::Overwrite));
    form->addRow(tr("&Existing keys:"), m_onExisting);
    layout->addLayout(form);

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The report of the import appears here."));
    layout->addWidget(m_report, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setEnabled(false);
    // Return in the path previews the file; nothing imports or opens without a click.
    for (QAbstractButton *button : m_buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    browseButton->setAutoDefault(false);
    layout->addWidget(m_buttons);

    QSettings settings;
    const int mode = m_onExisting->findData(settings.value(QStringLiteral("import/onExisting"), int(EntityStore::OnExisting::Abort)));
    m_onExisting->setCurrentIndex(std::max(0, mode));

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportDialog::~ImportDialog()
{
    delete m_job; // cancels and waits; the transaction is rolled back
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    preview();
}

void ImportDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import from"), path(),
                                                        tr("CSV or JSON Lines (*.csv *.jsonl *.json *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ImportDialog::preview()
{
    m_preview->setRowCount(0);
    m_previewOk = false;
    m_importButton->setEnabled(false);
    if (path().isEmpty() || !m_store) {
        m_format->clear();
        return;
    }
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        m_format->setText(tr("Cannot read %1: %2").arg(path(), file.errorString()));
        return;
    }
    EntityImporter importer(*m_store);
    const Result<EntityImporter::Preview> preview = importer.preview(&file, previewRows);
    if (!preview.ok()) {
        m_format->setText(tr("%1 cannot be imported: %2").arg(path(), preview.error().message));
        return;
    }
    const EntityImporter::Preview &p = preview.value();
    if (p.format == EntityImporter::Format::JsonLines) {
        m_format->setText(tr("Detected: JSON Lines (one entity per line, the table's columns as keys)."));
    } else {
        const QString separator = p.separator == u'\t' ? tr("tab") : QStringLiteral("“%1”").arg(p.separator);
        m_format->setText(tr("Detected: CSV of Dispatch's table, separator %1%2.")
                              .arg(separator, p.hasBom ? tr(", with a byte order mark") : QString()));
    }
    int bad = 0;
    m_preview->setRowCount(p.rows.size());
    for (int r = 0; r < p.rows.size(); ++r) {
        const EntityImporter::PreviewRow &row = p.rows[r];
        m_preview->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        for (int c = 0; c < previewColumns.size(); ++c)
            m_preview->setItem(r, c + 1, new QTableWidgetItem(row.row[previewColumns[c]]));
        auto *problem = new QTableWidgetItem(row.problem);
        if (!row.problem.isEmpty()) {
            ++bad;
            problem->setForeground(palette().color(QPalette::Active, QPalette::Text));
            problem->setBackground(QColor(0xcf, 0x22, 0x2e, 48));
        }
        m_preview->setItem(r, previewColumns.size() + 1, problem);
    }
    m_preview->resizeColumnsToContents();
    if (p.moreRows)
        m_format->setText(m_format->text() + QLatin1Char(' ') + tr("The first %n rows are shown.", nullptr, int(p.rows.size())));
    if (bad > 0)
        m_format->setText(m_format->text() + QLatin1Char(' ') + tr("%n of them would be rejected.", nullptr, bad));
    m_previewOk = true;
    m_importButton->setEnabled(true);
}

void ImportDialog::startImport()
{
    if (m_job || !m_previewOk || !m_store)
        return;
    const auto onExisting = EntityStore::OnExisting(m_onExisting->currentData().toInt());
    QSettings().setValue(QStringLiteral("import/onExisting"), int(onExisting));
    m_report->clear();
    m_importButton->setEnabled(false);
    m_job = new ImportJob(m_store, path(), onExisting);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    m_progress = new QProgressDialog(tr("Importing %1…").arg(path()), tr("Cancel"), 0, 1000, this);
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    ImportJob *job = m_job;
    connect(m_progress, &QProgressDialog::canceled, this, [job] { job->cancel(); });
    connect(m_job, &ImportJob::progress, this, [this](qint64 read, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, read * 1000 / total)));
    });
    m_job->start();
}

void ImportDialog::onFinished()
{
    const VoidResult result = m_job->result();
    const EntityImporter::Report report = m_job->report();
    m_job->deleteLater();
    m_job = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_importButton->setEnabled(true);
    QStringList lines;
    if (result.ok()) {
        lines << tr("%1 rows read: %2 written, %3 skipped as existing, %4 rejected.")
                     .arg(report.rowsRead)
                     .arg(report.written)
                     .arg(report.skippedExisting)
                     .arg(report.rejected.size());
    } else if (result.error().kind == StoreError::Kind::Cancelled) {
        lines << tr("The import was cancelled. Nothing was written.");
    } else {
        lines << tr("Nothing was imported: %1").arg(result.error().message);
    }
    for (const EntityImporter::RejectedRow &rejected : report.rejected)
        lines << tr("Line %1: %2").arg(rejected.line).arg(rejected.reason);
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    if (result.ok() && report.written > 0)
        emit imported(report.written);
    emit importFinished(result.ok());
}
