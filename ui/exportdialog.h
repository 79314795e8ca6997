#pragma once

#include <QDialog>
#include <QSet>
#include <QStringList>

#include "exportoptions.h"

class EntityStore;
class EntityTableModel;
class QHeaderView;
class ExportJob;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QRadioButton;

// File > Export (Ctrl+E): what to export (the view or the selected rows; the visible columns or
// all), the format and every CSV option, and the file. The choices are remembered (QSettings
// group "export"). Export runs an ExportJob in its thread behind a progress dialog with Cancel;
// a failure is shown with the path, and the dialog stays open to try again.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `viewQuery`: the list the window shows. `visibleColumns`: export column ids of the visible
    // columns in their order (see ExportOptions). `selectedKeys`: the selected rows' keys.
    ExportDialog(EntityStore *store, const ListQuery &viewQuery, const QStringList &visibleColumns,
                 const QSet<QString> &selectedKeys, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Export column ids of the table's visible columns in their visual order (for the window).
    static QStringList visibleColumnIds(const QHeaderView *header, const EntityTableModel *model);

    ExportOptions options() const;
    QString path() const;
    void setPath(const QString &path);
    // Rows written by the last export that succeeded.
    qint64 rowsWritten() const { return m_rowsWritten; }

public slots:
    // Starts the export (the Export button); the dialog accepts when it succeeds.
    void startExport();

signals:
    // An export finished; `message` is the sentence for people (empty on success).
    void exportFinished(bool succeeded, const QString &message);

private:
    void updateEnabled();
    void browse();
    void loadSettings();
    void saveSettings() const;
    void onProgress(qint64 done, qint64 total, double rate, double secondsLeft);
    void onFinished();

    EntityStore *m_store;
    ListQuery m_viewQuery;
    QStringList m_visibleColumns;
    QSet<QString> m_selectedKeys;

    QRadioButton *m_scopeView;
    QRadioButton *m_scopeSelection;
    QRadioButton *m_columnsVisible;
    QRadioButton *m_columnsAll;
    QComboBox *m_format;
    QComboBox *m_separator;
    QLineEdit *m_otherSeparator;
    QCheckBox *m_header;
    QComboBox *m_quoting;
    QComboBox *m_lineEnding;
    QCheckBox *m_bom;
    QComboBox *m_times;
    QCheckBox *m_tagsAsColumns;
    QCheckBox *m_specAsColumns;
    QCheckBox *m_extraAsColumns;
    QCheckBox *m_spreadsheetSafe;
    QLineEdit *m_path;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;

    ExportJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    qint64 m_rowsWritten = 0;
};
