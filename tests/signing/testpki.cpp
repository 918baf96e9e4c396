// The openssl and certutil invocations behind the test PKI.
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Gatehouse::Testing {

namespace {

const QString Signing = QStringLiteral("keyUsage=critical,digitalSignature,nonRepudiation\n"
                                       "basicConstraints=CA:FALSE\n");
const QString EncipherOnly = QStringLiteral("keyUsage=critical,keyEncipherment\n"
                                            "basicConstraints=CA:FALSE\n");
const QString TimeStamping = QStringLiteral("keyUsage=critical,digitalSignature\n"
                                            "extendedKeyUsage=critical,timeStamping\n"
                                            "basicConstraints=CA:FALSE\n");

const QByteArray TsaConfig = "[ tsa ]\ndefault_tsa = gatehouse_test_tsa\n"
                             "[ gatehouse_test_tsa ]\nserial = tsaserial\n"
                             "signer_cert = tsa.crt\nsigner_key = tsa.key\ncerts = ca.crt\n"
                             "signer_digest = sha256\ndefault_policy = 1.3.6.1.4.1.99999.1\n"
                             "digests = sha256\naccuracy = secs:1\nordering = no\n"
                             "tsa_name = no\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n";

} // namespace

TestPki::TestPki()
{
    makeCa();
    makeLeaf(QStringLiteral("signer"), QStringLiteral("rsa:2048"), Signing, QStringLiteral("365"));
    makeLeaf(QStringLiteral("ecsigner"), QStringLiteral("ec"), Signing, QStringLiteral("365"));
    makeLeaf(QStringLiteral("expired"), QStringLiteral("rsa:2048"), Signing, QStringLiteral("-1"));
    makeLeaf(QStringLiteral("encipher"), QStringLiteral("rsa:2048"), EncipherOnly,
             QStringLiteral("365"));
    makeLeaf(QStringLiteral("tsa"), QStringLiteral("rsa:2048"), TimeStamping,
             QStringLiteral("365"));
    for (const char* name : {"signer", "ecsigner", "expired", "encipher"})
        exportBundle(QString::fromLatin1(name));
    // A key with somebody else's certificate: openssl refuses to pair them, so both go in as
    // loose bags.
    run(QStringLiteral("openssl"),
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
         QStringLiteral("-out"), QStringLiteral("other.key")});
    run(QStringLiteral("openssl"),
        {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
         QStringLiteral("other.key"), QStringLiteral("-nocerts"), QStringLiteral("-certfile"),
         QStringLiteral("signer.crt"), QStringLiteral("-passout"),
         QStringLiteral("pass:") + QLatin1StringView(Password), QStringLiteral("-out"),
         QStringLiteral("mismatch.p12")});
    writeFile(QStringLiteral("tsa.cnf"), TsaConfig);
    writeFile(QStringLiteral("tsaserial"), "01\n");
}

QString TestPki::run(const QString& program, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput())
                           + QString::fromUtf8(process.readAllStandardError());
    if (exitCode)
        *exitCode = finished ? process.exitCode() : -1;
    else if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        m_error += program + u' ' + arguments.join(u' ') + QStringLiteral(" failed: ") + output;
    return output;
}

void TestPki::writeFile(const QString& name, const QByteArray& content)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        m_error += QStringLiteral("cannot write ") + name;
}

void TestPki::makeCa()
{
    run(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
         QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
         QStringLiteral("/CN=Gatehouse Test CA/O=Gatehouse Tests"), QStringLiteral("-addext"),
         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

void TestPki::makeLeaf(const QString& name, const QString& keyType, const QString& extensions,
                       const QString& days)
{
    QStringList key = {QStringLiteral("-newkey"), keyType};
    if (keyType == u"ec")
        key << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:P-256");
    writeFile(name + QStringLiteral(".ext"), extensions.toUtf8());
    run(QStringLiteral("openssl"),
        QStringList{QStringLiteral("req")} + key
            + QStringList{QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                          name + QStringLiteral(".key"), QStringLiteral("-out"),
                          name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=Test %1/O=Gatehouse Tests").arg(name)});
    run(QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), days, QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
         QStringLiteral("-out"), name + QStringLiteral(".crt")});
}

void TestPki::exportBundle(const QString& name)
{
    run(QStringLiteral("openssl"),
        {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
         name + QStringLiteral(".key"), QStringLiteral("-in"), name + QStringLiteral(".crt"),
         QStringLiteral("-certfile"), QStringLiteral("ca.crt"), QStringLiteral("-passout"),
         QStringLiteral("pass:") + QLatin1StringView(Password), QStringLiteral("-out"),
         name + QStringLiteral(".p12")});
}

QString TestPki::nssDatabase()
{
    const QString folder = path(QStringLiteral("nssdb"));
    if (QFile::exists(folder))
        return folder;
    QDir(m_dir.path()).mkdir(QStringLiteral("nssdb"));
    run(QStringLiteral("certutil"),
        {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + folder,
         QStringLiteral("--empty-password")});
    run(QStringLiteral("certutil"),
        {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + folder,
         QStringLiteral("-n"), QStringLiteral("Gatehouse Test CA"), QStringLiteral("-t"),
         QStringLiteral("CT,C,C"), QStringLiteral("-i"), caCertificate()});
    return folder;
}

} // namespace Gatehouse::Testing
