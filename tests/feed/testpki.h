// The certificates the feed tests need, generated fresh for each test run: a trusted CA and its
// loopback, expired and wrong-host server certificates, and a second CA nobody trusts.
#pragma once

#include "models/simulator/certificateauthority.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Gatehouse::Testing {

struct TestPki
{
    TestPki();

    QTemporaryDir directory;
    std::optional<CertificateAuthority> ca;
    std::optional<CertificateAuthority> otherCa;
    IssuedCertificate server;
    IssuedCertificate expired;
    IssuedCertificate wrongHost;
    IssuedCertificate fromOtherCa;
    IssuedCertificate client;
    QString caFile;      // PEM of ca
    QString otherCaFile; // PEM of otherCa
    QString clientCertificateFile;
    QString clientKeyFile; // encrypted with clientKeyPassword
    QByteArray clientKeyPassword = QByteArrayLiteral("client-key-secret");

    QString write(const QString& name, const QByteArray& contents) const;
};

} // namespace Gatehouse::Testing
