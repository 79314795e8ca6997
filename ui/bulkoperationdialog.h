#pragma once

#include <QDialog>
#include <QList>

#include "bulkeditjob.h"

class EntityStore;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QThread;

// Runs a BulkEditJob on a worker thread with progress and Cancel, then shows the report:
// how many succeeded, which conflicted (someone else changed or deleted them) and why,
// which failed. The succeeded changes are handed out for the window's undo stack.
class BulkOperationDialog : public QDialog
{
    Q_OBJECT
public:
    BulkOperationDialog(const EntityStore &store, const QList<Entity> &entities, const BulkEditJob::Parameters &parameters,
                        QWidget *parent = nullptr);
    ~BulkOperationDialog() override;

    void start();
    bool isRunning() const;
    const BulkEditJob::Report &report() const { return m_report; }
    QString reportText() const;
    static QString operationName(BulkEditJob::Operation operation);

public slots:
    void cancel();

signals:
    void completed(const BulkEditJob::Report &report);

private:
    void jobFinished();

    BulkEditJob *m_job;
    QThread *m_thread;
    BulkEditJob::Report m_report;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};
