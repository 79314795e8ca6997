#pragma once

#include <QDialog>

#include "storeaddress.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// File > Connect: a PostgreSQL store by host, port, database, user, password and SSL mode.
// The password lives only in the returned config; it is never written to settings.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Prefills every field but the password.
    void setConfig(const BackendConfig &config);
    BackendConfig config() const;

    static QStringList sslModes();

private:
    void updateOkButton();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QPushButton *m_ok = nullptr;
};
