// Asks for the password of a PKCS#12 signer file when the keyring holds none, with the choice
// to keep it in the system keyring. The typed text lives only in the line edit and the buffer
// handed out, never in settings.
#pragma once

#include "models/feed/secretbuffer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Gatehouse {

class SignerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // note: why the password is asked for (shown above the field); empty for the usual text.
    SignerPasswordDialog(const QString& signerFile, const QString& note, bool keyringAvailable,
                         QWidget* parent = nullptr);
    ~SignerPasswordDialog() override;

    // Takes the typed password out of the field, which is cleared.
    SecretBuffer takePassword();
    bool saveInKeyring() const;

private:
    QLineEdit* m_password = nullptr;
    QCheckBox* m_save = nullptr;
};

} // namespace Gatehouse
