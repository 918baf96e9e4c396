// A throw-away PKI for signing tests, made with the openssl command in a temporary folder: a CA,
// a signing leaf, an expired leaf, a leaf that may not sign, a mismatched bundle and a TSA.
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Gatehouse::Testing {

class TestPki
{
public:
    static constexpr const char* Password = "correct horse";

    // Creates everything; check ok() and error() afterwards.
    TestPki();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString caCertificate() const { return path(QStringLiteral("ca.crt")); }
    QString signerBundle() const { return path(QStringLiteral("signer.p12")); }
    QString ecSignerBundle() const { return path(QStringLiteral("ecsigner.p12")); }
    QString expiredBundle() const { return path(QStringLiteral("expired.p12")); }
    QString noSigningUsageBundle() const { return path(QStringLiteral("encipher.p12")); }
    QString mismatchedBundle() const { return path(QStringLiteral("mismatch.p12")); }
    QString tsaCertificate() const { return path(QStringLiteral("tsa.crt")); }
    QString tsaConfig() const { return path(QStringLiteral("tsa.cnf")); }

    // Runs a program in the PKI folder; returns its stdout and stderr, or sets error().
    QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr);
    // Makes an NSS database that trusts the test CA, as pdfsig reads it; returns its folder.
    QString nssDatabase();

private:
    void makeCa();
    void makeLeaf(const QString& name, const QString& keyType, const QString& extensions,
                  const QString& days);
    void exportBundle(const QString& name);
    void writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace Gatehouse::Testing
