// gatehouse-cli report | verify | workspace set-organisation: render a signed audit report from
// the workspace, check the signature of any PDF, and name the organisation on the cover. A key
// password only ever comes from an environment variable.
#include "clicommand.h"

#include "models/core/clock.h"
#include "models/report/organisationsetting.h"
#include "models/report/reportbuilder.h"
#include "models/report/reportrenderer.h"
#include "models/signing/pdfsigner.h"
#include "models/signing/pdfverifier.h"
#include "models/signing/signingidentity.h"
#include "models/signing/timestampclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

void addReportOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"DEPLOYMENT"_s, Text::tr("The deployments the report covers."),
                                 Text::tr("DEPLOYMENT..."));
    parser.addOption({u"out"_s, Text::tr("Where to write the PDF."), Text::tr("FILE")});
    parser.addOption({u"from"_s, Text::tr("Start of the report period (date or ISO 8601 time)."),
                      Text::tr("T")});
    parser.addOption({u"to"_s, Text::tr("End of the report period."), Text::tr("T")});
    parser.addOption({u"organisation"_s,
                      Text::tr("The organisation named on the cover (default: the workspace's, "
                               "see workspace set-organisation)."),
                      Text::tr("NAME")});
    parser.addOption({u"assessor"_s,
                      Text::tr("The assessor in the sign-off block (default: the actor)."),
                      Text::tr("NAME")});
    parser.addOption(
        {u"approver"_s, Text::tr("The approver in the sign-off block."), Text::tr("NAME")});
    parser.addOption({u"sign"_s,
                      Text::tr("Sign with the key and certificate of this PKCS#12 file."),
                      Text::tr("FILE.p12")});
    parser.addOption({u"password-env"_s,
                      Text::tr("The environment variable that holds the PKCS#12 password."),
                      Text::tr("VAR")});
    parser.addOption(
        {u"tsa"_s, Text::tr("Add an RFC 3161 timestamp from this authority."), Text::tr("URL")});
    parser.addOption(
        {u"visible-signature"_s, Text::tr("Show the signature in the sign-off block.")});
}

Result<QDateTime> timeOption(Invocation& run, const QString& name)
{
    if (!run.parser().isSet(name))
        return QDateTime();
    const QDateTime time = parseIsoUtc(run.parser().value(name));
    if (!time.isValid())
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("--%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not '%2'.")
                        .arg(name, run.parser().value(name)));
    return time;
}

Result<ReportBuilder::Options> reportOptions(Invocation& run)
{
    ReportBuilder::Options options;
    options.deployments = run.positional();
    Result<QDateTime> from = timeOption(run, u"from"_s);
    Result<QDateTime> to = timeOption(run, u"to"_s);
    if (!from || !to)
        return std::unexpected(!from ? from.error() : to.error());
    options.from = *from;
    options.to = *to;
    options.organisation = run.parser().value(u"organisation"_s);
    const QString assessor = run.parser().value(u"assessor"_s);
    options.signOffs.append(
        {Text::tr("Assessor"), assessor.isEmpty() ? run.actor() : assessor, {}, {}});
    if (run.parser().isSet(u"approver"_s))
        options.signOffs.append({Text::tr("Approver"), run.parser().value(u"approver"_s), {}, {}});
    return options;
}

// Checks the option combinations before any work, so a mistake costs nothing.
Result<void> checkReportArguments(Invocation& run)
{
    const QCommandLineParser& parser = run.parser();
    if (run.positional().isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("Name at least one deployment."));
    if (!parser.isSet(u"out"_s))
        return fail(ErrorCode::InvalidArgument, Text::tr("--out FILE.pdf is required."));
    const bool signing = parser.isSet(u"sign"_s);
    if (signing && !parser.isSet(u"password-env"_s))
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("--sign needs --password-env VAR, the variable holding the password."));
    if (!signing
        && (parser.isSet(u"tsa"_s) || parser.isSet(u"visible-signature"_s)
            || parser.isSet(u"password-env"_s)))
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("--password-env, --tsa and --visible-signature only apply with --sign."));
    if (parser.isSet(u"tsa"_s) && !QUrl(parser.value(u"tsa"_s)).isValid())
        return fail(ErrorCode::InvalidArgument, Text::tr("--tsa takes an http or https URL."));
    return {};
}

Result<SigningIdentity> loadSigner(Invocation& run)
{
    const QString variable = run.parser().value(u"password-env"_s);
    if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
        return fail(
            ErrorCode::InvalidArgument,
            Text::tr("The environment variable %1 is not set; put the PKCS#12 password in it.")
                .arg(variable));
    QByteArray password = qgetenv(variable.toLocal8Bit().constData());
    // Read once; nothing started later needs to inherit it.
    qunsetenv(variable.toLocal8Bit().constData());
    return SigningIdentity::fromPkcs12File(run.parser().value(u"sign"_s), password,
                                           run.clock().now());
}

Result<void> writeSigned(Invocation& run, const RenderedReport& report, const QString& out)
{
    Result<SigningIdentity> identity = loadSigner(run);
    if (!identity)
        return std::unexpected(identity.error());
    std::optional<TimestampClient> timestamps;
    if (run.parser().isSet(u"tsa"_s))
        timestamps.emplace(QUrl(run.parser().value(u"tsa"_s)));
    SignatureRequest request;
    request.reason = Text::tr("Gatehouse audit report %1").arg(report.reportId);
    request.timestamps = timestamps ? &*timestamps : nullptr;
    if (run.parser().isSet(u"visible-signature"_s))
        request.visible = VisibleSignature{report.signaturePage, report.signatureBox};
    return PdfSigner(*identity, run.clock()).signToFile(report.pdf, out, request);
}

void printReport(Invocation& run, const RenderedReport& report, const QString& out)
{
    const bool signedReport = run.parser().isSet(u"sign"_s);
    if (run.json()) {
        run.printJson(
            QJsonDocument(QJsonObject{{u"reportId"_s, report.reportId},
                                      {u"contentSha256"_s, QString::fromLatin1(report.contentHash)},
                                      {u"pages"_s, report.pageCount},
                                      {u"file"_s, out},
                                      {u"signed"_s, signedReport},
                                      {u"timestamped"_s, run.parser().isSet(u"tsa"_s)}}));
        return;
    }
    run.out() << Text::tr("Report %1: %2 pages written to %3%4")
                     .arg(report.reportId)
                     .arg(report.pageCount)
                     .arg(out, signedReport ? Text::tr(", signed") : QString())
              << Qt::endl;
}

int runReport(Invocation& run)
{
    if (Result<void> checked = checkReportArguments(run); !checked)
        return run.failWith(checked.error());
    Result<ReportBuilder::Options> options = reportOptions(run);
    if (!options)
        return run.failWith(options.error());
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    Result<ReportData> data = ReportBuilder(**workspace, run.clock()).build(*options);
    if (!data)
        return run.failWith(data.error());
    Result<RenderedReport> report = ReportRenderer::render(*data);
    if (!report)
        return run.failWith(report.error());

    const QString out = run.parser().value(u"out"_s);
    Result<void> written = run.parser().isSet(u"sign"_s) ? writeSigned(run, *report, out)
                                                         : writeFileAtomically(out, report->pdf);
    if (!written)
        return run.failWith(written.error());
    printReport(run, *report, out);
    return 0;
}

QString trustText(const SignatureCheck& check)
{
    switch (check.trust) {
    case SignatureCheck::Trust::Trusted:
        return Text::tr("trusted (chains to the given CA)");
    case SignatureCheck::Trust::Untrusted:
        return check.trustMessage;
    case SignatureCheck::Trust::NotChecked:
        return Text::tr("not checked (no --ca given)");
    }
    return {};
}

QString trustSlug(SignatureCheck::Trust trust)
{
    switch (trust) {
    case SignatureCheck::Trust::Trusted:
        return u"trusted"_s;
    case SignatureCheck::Trust::Untrusted:
        return u"untrusted"_s;
    case SignatureCheck::Trust::NotChecked:
        return u"not-checked"_s;
    }
    return {};
}

QJsonObject toJson(const SignatureCheck& check)
{
    QJsonArray range;
    for (const qint64 value : check.byteRange)
        range.append(value);
    QJsonObject object{
        {u"signer"_s, check.signerName},
        {u"subject"_s, check.signerSubject},
        {u"signingTime"_s, check.signingTime.isValid() ? toIsoUtc(check.signingTime) : QString()},
        {u"subFilter"_s, check.subFilter},
        {u"byteRange"_s, range},
        {u"byteRangeOk"_s, check.byteRangeOk},
        {u"coversWholeFile"_s, check.coversWholeFile},
        {u"bytesAfterSignedRange"_s, check.bytesAfterSignedRange},
        {u"digestOk"_s, check.digestOk},
        {u"signatureOk"_s, check.signatureOk},
        {u"trust"_s, trustSlug(check.trust)},
        {u"problems"_s, QJsonArray::fromStringList(check.problems)}};
    if (!check.timestampToken.isEmpty())
        object.insert(u"timestamp"_s, QJsonObject{{u"time"_s, toIsoUtc(check.timestampTime)},
                                                  {u"imprintOk"_s, check.timestampImprintOk}});
    return object;
}

void printCheck(QTextStream& out, int number, const SignatureCheck& check)
{
    auto yes = [](bool ok, const QString& bad) { return ok ? Text::tr("ok") : bad; };
    out << Text::tr("Signature %1").arg(number) << '\n'
        << "  " << Text::tr("Signer:      %1 (%2)").arg(check.signerName, check.signerSubject)
        << '\n'
        << "  "
        << Text::tr("Signed at:   %1")
               .arg(check.signingTime.isValid() ? toIsoUtc(check.signingTime)
                                                : Text::tr("not recorded"))
        << '\n'
        << "  " << Text::tr("Type:        %1").arg(check.subFilter) << '\n'
        << "  " << Text::tr("Byte range:  %1").arg(yes(check.byteRangeOk, Text::tr("wrong")))
        << (check.coversWholeFile
                ? Text::tr(", covers the whole file")
                : Text::tr(", %1 bytes added after signing").arg(check.bytesAfterSignedRange))
        << '\n'
        << "  " << Text::tr("Digest:      %1").arg(yes(check.digestOk, Text::tr("MISMATCH")))
        << '\n'
        << "  " << Text::tr("Signature:   %1").arg(yes(check.signatureOk, Text::tr("INVALID")))
        << '\n'
        << "  " << Text::tr("Certificate: %1").arg(trustText(check)) << '\n';
    if (!check.timestampToken.isEmpty())
        out << "  "
            << Text::tr("Timestamp:   %1 (%2)")
                   .arg(toIsoUtc(check.timestampTime),
                        yes(check.timestampImprintOk, Text::tr("does not match")))
            << '\n';
}

void printVerification(Invocation& run, const VerificationReport& report)
{
    using Verdict = VerificationReport::Verdict;
    if (run.json()) {
        QJsonArray signatures;
        for (const SignatureCheck& check : report.signatures)
            signatures.append(toJson(check));
        run.printJson(QJsonDocument(
            QJsonObject{{u"verdict"_s, VerificationReport::verdictName(report.verdict)},
                        {u"valid"_s, report.verdict == Verdict::Valid},
                        {u"signatures"_s, signatures}}));
        return;
    }
    for (int i = 0; i < report.signatures.size(); ++i)
        printCheck(run.out(), i + 1, report.signatures[i]);
    run.out() << Text::tr("Verdict: %1 %2")
                     .arg(VerificationReport::verdictName(report.verdict),
                          VerificationReport::verdictText(report.verdict))
              << Qt::endl;
}

int runVerify(Invocation& run)
{
    if (run.positional().size() != 1)
        return run.failWith(Text::tr("Name exactly one PDF file to verify."));
    const QString ca = run.parser().value(u"ca"_s);
    Result<VerificationReport> report = PdfVerifier(ca).verifyFile(run.positional().first());
    if (!report)
        return run.failWith(report.error());
    printVerification(run, *report);
    return report->valid() ? 0 : 1;
}

void addVerifyOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"FILE"_s, Text::tr("The signed PDF."), Text::tr("FILE.pdf"));
    parser.addOption(
        {u"ca"_s, Text::tr("Trust the CA certificates in this PEM file."), Text::tr("FILE")});
}

int runSetOrganisation(Invocation& run)
{
    if (run.positional().size() != 1)
        return run.failWith(Text::tr("Name the organisation as one argument (quote it)."));
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    const QString name = run.positional().first().trimmed();
    if (Result<void> set = OrganisationSetting::write(**workspace, name, run.actor()); !set)
        return run.failWith(set.error());
    if (run.json())
        run.printJson(QJsonDocument(QJsonObject{{u"organisation"_s, name}}));
    else
        run.out()
            << Text::tr("Reports from %1 now name %2 on the cover.").arg((*workspace)->path(), name)
            << Qt::endl;
    return 0;
}

} // namespace

void addReportCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {{u"report"_s},
         u"DEPLOYMENT... --out FILE.pdf [--from T --to T] [--sign FILE.p12 --password-env VAR] "
         u"[--tsa URL] [--visible-signature]"_s,
         Text::tr("Render the audit report of deployments as a PDF, optionally signed"),
         addReportOptions,
         runReport});
    commands.push_back({{u"verify"_s},
                        u"FILE.pdf [--ca FILE]"_s,
                        Text::tr("Check a signed PDF; exit 0 only when the signature is valid"),
                        addVerifyOptions,
                        runVerify});
    commands.push_back({{u"workspace"_s, u"set-organisation"_s},
                        u"NAME"_s,
                        Text::tr("Set the organisation that reports name on their cover (audited)"),
                        [](QCommandLineParser& parser) {
                            parser.addPositionalArgument(u"NAME"_s,
                                                         Text::tr("The organisation's name."));
                        },
                        runSetOrganisation});
}

} // namespace Gatehouse::Cli
