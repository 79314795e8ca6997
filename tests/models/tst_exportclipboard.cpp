// ClipboardExport: the selected rows' visible columns as tab-separated text and as CSV.
#include <QMimeData>
#include <QStandardItemModel>
#include <QTest>

#include "clipboardexport.h"

class TestExportClipboard : public QObject
{
    Q_OBJECT

    QStandardItemModel m_model;

private slots:
    void initTestCase()
    {
        m_model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Tags")});
        const QList<QStringList> rows = {{QStringLiteral("echo"), QStringLiteral("READY"), QStringLiteral("env=prod")},
                                         {QStringLiteral("say \"hi\""), QStringLiteral("ERROR"), QStringLiteral("a\tb")},
                                         {QStringLiteral("multi"), QStringLiteral("READY"), QStringLiteral("line1\nline2")}};
        for (const QStringList &row : rows) {
            QList<QStandardItem *> items;
            for (const QString &text : row)
                items << new QStandardItem(text);
            m_model.appendRow(items);
        }
    }

    void tabSeparatedWithHeaderInVisualOrder()
    {
        // Rows 0 and 2, columns as the view shows them: Tags moved before Name, Status hidden.
        const QString text = ClipboardExport::tabSeparated(m_model, {0, 2}, {2, 0});
        QCOMPARE(text, QStringLiteral("Tags\tName\nenv=prod\techo\n\"line1\nline2\"\tmulti\n"));
    }

    void quotesWhatWouldBreakCells()
    {
        const QString text = ClipboardExport::tabSeparated(m_model, {1}, {0, 2});
        QCOMPARE(text, QStringLiteral("Name\tTags\n\"say \"\"hi\"\"\"\t\"a\tb\"\n"));
    }

    void mimeDataHoldsTextAndCsv()
    {
        std::unique_ptr<QMimeData> data(ClipboardExport::mimeData(m_model, {0, 1}, {0, 1}));
        QVERIFY(data->hasText());
        QCOMPARE(data->text(), QStringLiteral("Name\tStatus\necho\tREADY\n\"say \"\"hi\"\"\"\tERROR\n"));
        QVERIFY(data->hasFormat(QStringLiteral("text/csv")));
        QCOMPARE(data->data(QStringLiteral("text/csv")), QByteArray("Name,Status\r\necho,READY\r\n\"say \"\"hi\"\"\",ERROR\r\n"));
    }

    void cellTextOverridesTheDisplay()
    {
        const QString text = ClipboardExport::tabSeparated(m_model, {0}, {1}, [](const QModelIndex &index) {
            return index.data().toString().toLower();
        });
        QCOMPARE(text, QStringLiteral("Status\nready\n"));
    }
};

QTEST_GUILESS_MAIN(TestExportClipboard)

#include "tst_exportclipboard.moc"
