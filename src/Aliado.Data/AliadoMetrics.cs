using System.Diagnostics.Metrics;

namespace Aliado.Data;

/// <summary>
/// The app's own measurements, under the meter "Aliado" (requests by route and status come from
/// ASP.NET Core's own <c>http.server.request.duration</c>). Exported only when telemetry is on.
/// </summary>
public static class AliadoMetrics
{
    public const string MeterName = "Aliado";

    private static readonly Meter _meter = new(MeterName);

    /// <summary>Stored verdicts worked out again because a save changed what they rest on.</summary>
    public static readonly Counter<long> VerdictRecomputations = _meter.CreateCounter<long>("aliado.verdict.recomputations", "{verdict}", "Stored verdicts worked out again after a save");

    public static readonly Counter<long> EmailsSent = _meter.CreateCounter<long>("aliado.emails.sent", "{email}", "Agenda e-mails handed to the SMTP server");

    /// <summary>Finished imports, tagged with what was imported (people, workspace).</summary>
    public static readonly Counter<long> Imports = _meter.CreateCounter<long>("aliado.imports", "{import}", "Finished imports");
}
