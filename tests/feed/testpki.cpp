// Certificates are valid around the real time: TLS checks them against the system clock.
#include "testpki.h"

#include <QFile>

namespace Gatehouse::Testing {

TestPki::TestPki()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ca.emplace(*CertificateAuthority::create(QStringLiteral("Gatehouse test CA"), now));
    otherCa.emplace(*CertificateAuthority::create(QStringLiteral("Some other CA"), now));
    server = *ca->issueLoopbackServer(now);
    expired = *ca->issueServer({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")},
                               {now.addDays(-10), now.addDays(-1)});
    wrongHost = *ca->issueServer({QStringLiteral("gateway.example.invalid")}, {},
                                 CertificateAuthority::around(now));
    fromOtherCa = *otherCa->issueLoopbackServer(now);
    client = *ca->issueClient(QStringLiteral("gatehouse-console"),
                              CertificateAuthority::around(now), clientKeyPassword);
    caFile = write(QStringLiteral("ca.pem"), ca->certificatePem());
    otherCaFile = write(QStringLiteral("other-ca.pem"), otherCa->certificatePem());
    clientCertificateFile = write(QStringLiteral("client.pem"), client.certificatePem);
    clientKeyFile = write(QStringLiteral("client-key.pem"), client.keyPem);
}

QString TestPki::write(const QString& name, const QByteArray& contents) const
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
    return path;
}

} // namespace Gatehouse::Testing
