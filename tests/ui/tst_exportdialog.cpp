// The export and import dialogs, driven as a person would, on a SQLite fixture store.
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "csvreader.h"
#include "entitystore.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "testsupport.h"

namespace {

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

QRadioButton *radioStartingWith(QWidget *parent, const QString &text)
{
    const auto buttons = parent->findChildren<QRadioButton *>();
    for (QRadioButton *b : buttons) {
        if (b->text().remove(u'&').startsWith(text))
            return b;
    }
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text, bool pressReturn)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    if (pressReturn)
        QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EntityStore> m_store;
    QList<Entity> m_functions; // Function entities by name, descending

    ListQuery viewQuery() const
    {
        ListQuery query;
        query.type = QStringLiteral("Function");
        query.options.sort = SortKey{FilterScope::Field, QStringLiteral("Name"), true};
        return query;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QString error;
        const QString address = TestSupport::fixtureStoreAddress(TestSupport::Backend::SQLite, m_dir, &error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        auto store = openStore(address);
        QVERIFY(store.ok());
        m_store = store.takeValue();
        m_functions = m_store->list(viewQuery()).value();
        QVERIFY(m_functions.size() > 5);
    }

    void exportsTheSelectionWithTheChosenOptions()
    {
        const QSet<QString> selected{m_functions[1].key(), m_functions[3].key(), m_functions[4].key()};
        ExportDialog dialog(m_store.get(), viewQuery(), {QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("tags")}, selected);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QRadioButton *selection = radioStartingWith(&dialog, QStringLiteral("The selected rows"));
        QVERIFY(selection && selection->isEnabled());
        QTest::mouseClick(selection, Qt::LeftButton);
        QVERIFY(selection->isChecked());
        QTest::mouseClick(radioStartingWith(&dialog, QStringLiteral("Visible columns")), Qt::LeftButton);

        // Separator: Semicolon is the item after Comma.
        QComboBox *separator = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->findText(QStringLiteral("Semicolon")) >= 0)
                separator = box;
        QVERIFY(separator);
        separator->setFocus();
        QTest::keyClick(separator, Qt::Key_Down);
        QCOMPARE(separator->currentText(), QStringLiteral("Semicolon"));

        const QString file = m_dir.filePath(QStringLiteral("selection.csv"));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("exportPath")), file, false);

        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(buttonWithText(&dialog, QStringLiteral("Export")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.rowsWritten(), 3);

        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        CsvReader reader(&in, u';');
        QStringList record;
        QVERIFY(reader.readRecord(&record));
        QCOMPARE(record, (QStringList{QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("tags")}));
        for (int i : {1, 3, 4}) { // the view's order
            QVERIFY(reader.readRecord(&record));
            QCOMPARE(record.first(), m_functions[i].name);
        }
        QVERIFY(!reader.readRecord(&record));
    }

    void remembersTheOptions()
    {
        ExportDialog dialog(m_store.get(), viewQuery(), {QStringLiteral("name")}, {m_functions[0].key()});
        const ExportOptions options = dialog.options();
        QCOMPARE(options.csv.separator, QChar(u';'));
        QCOMPARE(options.scope, ExportOptions::Scope::Selection);
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("selection.csv")));

        // Without a selection the view is the only choice.
        ExportDialog noSelection(m_store.get(), viewQuery(), {QStringLiteral("name")}, {});
        QCOMPARE(noSelection.options().scope, ExportOptions::Scope::View);
    }

    void failureNamesThePathAndKeepsTheDialog()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString file = m_dir.filePath(QStringLiteral("blocker/out.csv"));
        ExportDialog dialog(m_store.get(), viewQuery(), {}, {});
        dialog.setPath(file);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport(); // not shown: no message box
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(file), qPrintable(finished.first().at(1).toString()));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!QFile::exists(file));
    }

    void importPreviewsThenReportsRejectedRows()
    {
        // An all-columns export with one row broken.
        ExportDialog exporter(m_store.get(), viewQuery(), {}, {});
        const QString good = m_dir.filePath(QStringLiteral("all.csv"));
        exporter.setPath(good);
        QTest::mouseClick(radioStartingWith(&exporter, QStringLiteral("All columns")), Qt::LeftButton);
        QSignalSpy exported(&exporter, &ExportDialog::exportFinished);
        for (QComboBox *box : exporter.findChildren<QComboBox *>())
            if (box->findText(QStringLiteral("Comma")) >= 0)
                box->setCurrentIndex(0);
        exporter.startExport();
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.first().at(0).toBool());
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        QVERIFY(lines[3].endsWith('\r'));
        lines[3].insert(lines[3].size() - 1, ",surplus"); // line 4: one column too many
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();

        QString error;
        const QString address = TestSupport::freshStoreAddress(TestSupport::Backend::SQLite, m_dir, QStringLiteral("target"), &error);
        auto target = openStore(address);
        QVERIFY(target.ok());
        ImportDialog dialog(target.value().get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("importPath")), bad, true);
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->rowCount(), std::min<int>(ImportDialog::previewRows, m_functions.size()));
        QCOMPARE(preview->item(2, 0)->text(), QStringLiteral("4"));
        QVERIFY(!preview->item(2, preview->columnCount() - 1)->text().isEmpty());
        QVERIFY(preview->item(0, preview->columnCount() - 1)->text().isEmpty());

        // Abort (the default): nothing written, the line named.
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(buttonWithText(&dialog, QStringLiteral("Import")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().at(0).toBool());
        const QString report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importReport"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("Line 4:")), qPrintable(report));
        QCOMPARE(target.value()->count(ListQuery()).value(), 0);

        // Skip: the good rows go in.
        QComboBox *mode = dialog.findChildren<QComboBox *>().first();
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(buttonWithText(&dialog, QStringLiteral("Import")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().at(0).toLongLong(), m_functions.size() - 1);
        QCOMPARE(target.value()->count(ListQuery()).value(), m_functions.size() - 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EntityDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    TestExportDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportdialog.moc"
