// Asks how to reach a gateway or sandbox host: its URL, what to trust, an optional key pin and
// the bearer token, which is only ever kept in the system keyring.
#pragma once

#include "models/feed/feedsettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Gatehouse {

class ConnectSourceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectSourceDialog(QWidget* parent = nullptr);

    // Valid once the dialog was accepted; the token is in settings.client.bearerToken.
    FeedSettings settings() const;
    bool rememberToken() const;

private:
    void chooseCaFile();
    void validate();

    QLineEdit* m_url = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// The URL rule of the read-only client, worded for the dialog: https anywhere, http only to
// loopback. Empty when the URL is acceptable.
QString sourceUrlProblem(const QUrl& url);

} // namespace Gatehouse
