#include "typecatalogue.h"

#include <QHash>

namespace TypeCatalogue {

namespace {

using J = JsonType;

const QHash<QString, QList<ExtraField>> &catalogue()
{
    static const QHash<QString, QList<ExtraField>> c = {
        {QStringLiteral("Function"),
         {{QStringLiteral("FaasID"), QStringLiteral("faasId"), J::String},
          {QStringLiteral("SourceURL"), QStringLiteral("sourceURL"), J::String},
          {QStringLiteral("Handler"), QStringLiteral("handler"), J::String},
          {QStringLiteral("ImageName"), QStringLiteral("image"), J::String},
          {QStringLiteral("ImageURL"), QStringLiteral("imageURL"), J::String},
          {QStringLiteral("FunctionImageURL"), QStringLiteral("functionImageURL"), J::String},
          {QStringLiteral("Schema"), QStringLiteral("schema"), J::Object},
          {QStringLiteral("Secrets"), QStringLiteral("secrets"), J::Array},
          {QStringLiteral("Services"), QStringLiteral("services"), J::Array},
          {QStringLiteral("Timeout"), QStringLiteral("timeout"), J::Number}}},
        {QStringLiteral("FnRun"),
         {{QStringLiteral("FunctionName"), QStringLiteral("functionName"), J::String},
          {QStringLiteral("FunctionID"), QStringLiteral("functionID"), J::String},
          {QStringLiteral("FaasID"), QStringLiteral("faasId"), J::String},
          {QStringLiteral("Blocking"), QStringLiteral("blocking"), J::Bool},
          {QStringLiteral("Input"), QStringLiteral("input"), J::Any},
          {QStringLiteral("Output"), QStringLiteral("output"), J::Any},
          {QStringLiteral("Secrets"), QStringLiteral("secrets"), J::Array},
          {QStringLiteral("Services"), QStringLiteral("services"), J::Array},
          {QStringLiteral("HTTPContext"), QStringLiteral("httpContext"), J::Object},
          {QStringLiteral("Event"), QStringLiteral("event"), J::Object},
          {QStringLiteral("Logs"), QStringLiteral("logs"), J::Object},
          {QStringLiteral("Error"), QStringLiteral("error"), J::Object},
          {QStringLiteral("FinishedTime"), QStringLiteral("finishedTime"), J::Time}}},
        {QStringLiteral("Image"),
         {{QStringLiteral("DockerURL"), QStringLiteral("dockerUrl"), J::String},
          {QStringLiteral("Language"), QStringLiteral("language"), J::String},
          {QStringLiteral("BaseImageName"), QStringLiteral("baseImageName"), J::String},
          {QStringLiteral("RuntimeDependencies"), QStringLiteral("runtimeDependencies"), J::Object},
          {QStringLiteral("SystemDependencies"), QStringLiteral("systemDependencies"), J::Object},
          {QStringLiteral("LastPullTime"), QStringLiteral("lastPullTime"), J::Time}}},
        {QStringLiteral("BaseImage"),
         {{QStringLiteral("DockerURL"), QStringLiteral("dockerUrl"), J::String},
          {QStringLiteral("Language"), QStringLiteral("language"), J::String},
          {QStringLiteral("LastPullTime"), QStringLiteral("lastPullTime"), J::Time}}},
        {QStringLiteral("API"), {{QStringLiteral("API"), QStringLiteral("API"), J::Object}}},
        {QStringLiteral("SecretEntity"), {{QStringLiteral("Secrets"), QStringLiteral("secrets"), J::Object}}},
        {QStringLiteral("Subscription"),
         {{QStringLiteral("EventType"), QStringLiteral("eventType"), J::String},
          {QStringLiteral("Function"), QStringLiteral("function"), J::String},
          {QStringLiteral("Secrets"), QStringLiteral("secrets"), J::Array}}},
        {QStringLiteral("Driver"),
         {{QStringLiteral("Type"), QStringLiteral("type"), J::String},
          {QStringLiteral("Config"), QStringLiteral("config"), J::Object},
          {QStringLiteral("Secrets"), QStringLiteral("secrets"), J::Array},
          {QStringLiteral("Image"), QStringLiteral("image"), J::String},
          {QStringLiteral("Expose"), QStringLiteral("expose"), J::Bool},
          {QStringLiteral("URL"), QStringLiteral("url"), J::String}}},
        {QStringLiteral("DriverType"),
         {{QStringLiteral("Image"), QStringLiteral("image"), J::String},
          {QStringLiteral("Expose"), QStringLiteral("expose"), J::Bool},
          {QStringLiteral("BuiltIn"), QStringLiteral("builtIn"), J::Bool},
          {QStringLiteral("Config"), QStringLiteral("config"), J::Object}}},
        {QStringLiteral("Policy"),
         {{QStringLiteral("Global"), QStringLiteral("global"), J::Bool},
          {QStringLiteral("Rules"), QStringLiteral("rules"), J::Array}}},
        {QStringLiteral("ServiceAccount"),
         {{QStringLiteral("PublicKey"), QStringLiteral("publicKey"), J::String},
          {QStringLiteral("Domain"), QStringLiteral("domain"), J::String},
          {QStringLiteral("JWTAlgorithm"), QStringLiteral("jwtAlgorithm"), J::String}}},
        {QStringLiteral("Organization"), {}},
        {QStringLiteral("Application"), {}},
    };
    return c;
}

struct BaseField
{
    const char *goName;
    const char *jsonKey;
};

constexpr BaseField baseFields[] = {
    {"ID", "id"},
    {"Name", "name"},
    {"OrganizationID", "organizationId"},
    {"CreatedTime", "createdTime"},
    {"ModifiedTime", "modifiedTime"},
    {"Revision", "revision"},
    {"Version", "version"},
    {"Spec", "state"},
    {"Status", "status"},
    {"Reason", "reason"},
    {"Tags", "tags"},
    {"Delete", "delete"},
};

} // namespace

bool isCatalogued(const QString &type)
{
    return catalogue().contains(type);
}

QStringList types()
{
    QStringList t = catalogue().keys();
    t.sort();
    return t;
}

QList<ExtraField> extraFields(const QString &type)
{
    return catalogue().value(type);
}

QStringList baseJsonKeys()
{
    QStringList keys;
    for (const BaseField &f : baseFields)
        keys << QLatin1String(f.jsonKey);
    return keys;
}

bool resolveExtraSubject(const QString &type, const QString &subject, QString *jsonKey)
{
    if (subject.isEmpty())
        return false;
    if (!isCatalogued(type)) {
        *jsonKey = subject;
        return true;
    }
    // Dispatch names extra subjects by Go field; the JSON key is accepted too.
    for (const ExtraField &f : catalogue().value(type)) {
        if (f.goName == subject || f.jsonKey == subject) {
            *jsonKey = f.jsonKey;
            return true;
        }
    }
    for (const BaseField &f : baseFields) {
        if (subject == QLatin1String(f.goName) || subject == QLatin1String(f.jsonKey)) {
            *jsonKey = QLatin1String(f.jsonKey);
            return true;
        }
    }
    return false;
}

} // namespace TypeCatalogue
