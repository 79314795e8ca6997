#pragma once

#include <QDialog>

class EntityStore;
class ImportJob;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QTableWidget;

// File > Import: a CSV (Dispatch's table, as exported with all columns) or JSON Lines file.
// Shows the detected format and a preview of the first rows with what is wrong with each, asks
// what to do with keys that exist (skip, overwrite, abort), imports in one transaction behind a
// progress dialog with Cancel, and then lists each rejected row with its line and reason.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(EntityStore *store, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setPath(const QString &path); // also previews
    QString path() const;

    static constexpr int previewRows = 20;

public slots:
    void startImport();

signals:
    // After an import that wrote rows (the window refreshes its list).
    void imported(qint64 written);
    // After every import attempt; the report text is what the dialog shows.
    void importFinished(bool succeeded);

private:
    void browse();
    void preview();
    void onFinished();

    EntityStore *m_store;
    QLineEdit *m_path;
    QLabel *m_format;
    QTableWidget *m_preview;
    QComboBox *m_onExisting;
    QPlainTextEdit *m_report;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    ImportJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    bool m_previewOk = false;
};
