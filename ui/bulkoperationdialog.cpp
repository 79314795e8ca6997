#include "bulkoperationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include "entitystore.h"

BulkOperationDialog::BulkOperationDialog(const EntityStore &store, const QList<Entity> &entities,
                                         const BulkEditJob::Parameters &parameters, QWidget *parent)
    : QDialog(parent)
    , m_job(new BulkEditJob(store, entities, parameters))
    , m_thread(new QThread(this))
{
    setObjectName(QStringLiteral("bulkOperationDialog"));
    setWindowTitle(tr("%1: %n entities", nullptr, int(entities.size())).arg(operationName(parameters.operation)));
    m_summary = new QLabel(tr("Working…"), this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, qMax(1, int(entities.size())));
    m_progress->setValue(0);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("bulkDetails"));
    m_details->setReadOnly(true);
    m_details->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    resize(560, 360);

    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &BulkEditJob::run);
    connect(m_job, &BulkEditJob::progress, this, [this](int done, int) { m_progress->setValue(done); });
    connect(m_job, &BulkEditJob::finished, this, &BulkOperationDialog::jobFinished); // queued: GUI thread
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
}

BulkOperationDialog::~BulkOperationDialog()
{
    if (m_thread->isRunning()) {
        m_job->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

QString BulkOperationDialog::operationName(BulkEditJob::Operation operation)
{
    switch (operation) {
    case BulkEditJob::Operation::SoftDelete:
        return tr("Soft delete");
    case BulkEditJob::Operation::Restore:
        return tr("Restore");
    case BulkEditJob::Operation::DeletePermanently:
        return tr("Delete permanently");
    case BulkEditJob::Operation::MarkError:
        return tr("Mark as error");
    case BulkEditJob::Operation::SetStatus:
        return tr("Set status");
    case BulkEditJob::Operation::AddTag:
        return tr("Add tag");
    case BulkEditJob::Operation::RemoveTag:
        return tr("Remove tag");
    }
    return {};
}

void BulkOperationDialog::start()
{
    m_thread->start();
}

bool BulkOperationDialog::isRunning() const
{
    return m_thread->isRunning();
}

void BulkOperationDialog::cancel()
{
    m_job->cancel(); // thread-safe; the job stops before the next entity
    m_summary->setText(tr("Cancelling…"));
}

void BulkOperationDialog::jobFinished()
{
    m_report = m_job->report(); // the job is idle now: reading it is safe
    m_thread->quit();
    m_thread->wait();
    m_progress->setValue(m_progress->maximum());
    m_summary->setText(reportText().section(QLatin1Char('\n'), 0, 0));
    m_details->setPlainText(reportText());
    m_details->show();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    emit completed(m_report);
}

QString BulkOperationDialog::reportText() const
{
    const BulkEditJob::Report &r = m_report;
    if (!r.opened)
        return tr("Nothing was changed: the store could not be opened (%1).").arg(r.openError.message);
    QString text = tr("%1 of %2 succeeded, %3 conflicted, %4 failed.")
                       .arg(r.succeeded.size())
                       .arg(r.total)
                       .arg(r.conflicted.size())
                       .arg(r.failed.size());
    if (r.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled: %n not attempted.", nullptr, r.notAttempted);
    for (const BulkEditJob::Problem &p : r.conflicted) {
        const QString why = p.error.currentRevision >= 0
            ? tr("changed by someone else (revision %1 is stored); left as it is").arg(p.error.currentRevision)
            : tr("deleted by someone else");
        text += QLatin1Char('\n') + tr("Conflict: %1: %2").arg(p.key, why);
    }
    for (const BulkEditJob::Problem &p : r.failed)
        text += QLatin1Char('\n') + tr("Failed: %1: %2").arg(p.key, p.error.message);
    return text;
}
