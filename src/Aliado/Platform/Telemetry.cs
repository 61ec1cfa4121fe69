using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Aliado.Platform;

/// <summary>
/// OpenTelemetry, off unless asked for: <c>Telemetry:Prometheus=true</c> serves metrics at <c>/metrics</c>;
/// <c>Telemetry:OtlpEndpoint</c> sends traces, metrics and logs to a collector (<c>Telemetry:OtlpProtocol</c>
/// grpc, the default, or http/protobuf). Traces follow requests through ASP.NET Core, outgoing HTTP and EF Core.
/// </summary>
public static class Telemetry
{
    public const string Section = "Telemetry";

    public static void AddAliadoTelemetry(this WebApplicationBuilder builder)
    {
        var prometheus = ReadFlag(builder.Configuration, "Prometheus");
        var otlp = OtlpEndpoint(builder.Configuration);
        if (!prometheus && otlp is null)
        {
            return;
        }
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("aliado", serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(Data.AliadoMetrics.MeterName, "Npgsql");
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            })
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddEntityFrameworkCoreInstrumentation());
        if (otlp is { } endpoint)
        {
            telemetry.UseOtlpExporter(OtlpProtocol(builder.Configuration), endpoint);
        }
    }

    /// <summary>Reads every telemetry setting, throwing <see cref="SettingsException"/> at the first that cannot work.</summary>
    public static void Check(IConfiguration configuration)
    {
        ReadFlag(configuration, "Prometheus");
        OtlpEndpoint(configuration);
        OtlpProtocol(configuration);
    }

    public static void MapAliadoTelemetry(this WebApplication app)
    {
        if (ReadFlag(app.Configuration, "Prometheus"))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
    }

    private static bool ReadFlag(IConfiguration configuration, string key) =>
        configuration[$"{Section}:{key}"] switch
        {
            null or "" => false,
            var value when bool.TryParse(value, out var on) => on,
            var value => throw new SettingsException($"{Section}:{key} is '{value}'; write true or false."),
        };

    public static Uri? OtlpEndpoint(IConfiguration configuration) =>
        configuration[$"{Section}:OtlpEndpoint"] switch
        {
            null or "" => null,
            var value when Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" => uri,
            var value => throw new SettingsException($"{Section}:OtlpEndpoint is '{value}'; write the collector's address, for example http://otel-collector:4317."),
        };

    public static OtlpExportProtocol OtlpProtocol(IConfiguration configuration) =>
        configuration[$"{Section}:OtlpProtocol"] switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            var value => throw new SettingsException($"{Section}:OtlpProtocol is '{value}'; write grpc or http/protobuf."),
        };
}
