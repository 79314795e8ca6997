#include "connectdialog.h"

#include <QCheckBox>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Open a Dispatch entity store in a PostgreSQL database. The password is used for "
                                "this connection only and is never saved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setPlaceholderText(tr("host name, address, or socket directory"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("e.g. dispatch"));
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox(this);
    m_sslMode->addItems(sslModes());
    m_sslMode->setCurrentText(QStringLiteral("prefer"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    m_readOnly = new QCheckBox(tr("&Read-only: browse and export, never write"), this);
    form->addRow(QString(), m_readOnly);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);
    updateOkButton();
}

QStringList ConnectDialog::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

void ConnectDialog::updateOkButton()
{
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

void ConnectDialog::setConfig(const BackendConfig &config)
{
    m_host->setText(config.host);
    m_port->setValue(config.port);
    m_database->setText(config.database);
    m_user->setText(config.username);
    m_password->clear();
    m_readOnly->setChecked(config.readOnly);
    const QStringList options = config.connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &option : options) {
        if (option.trimmed().startsWith(QLatin1String("sslmode=")))
            m_sslMode->setCurrentText(option.section(QLatin1Char('='), 1).trimmed());
    }
}

BackendConfig ConnectDialog::config() const
{
    BackendConfig config;
    config.backend = BackendConfig::Backend::PostgreSQL;
    config.host = m_host->text().trimmed();
    config.port = m_port->value();
    config.database = m_database->text().trimmed();
    config.username = m_user->text().trimmed();
    config.password = m_password->text();
    config.connectOptions = QStringLiteral("sslmode=") + m_sslMode->currentText();
    config.readOnly = m_readOnly->isChecked();
    return config;
}
