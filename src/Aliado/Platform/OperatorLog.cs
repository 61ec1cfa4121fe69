namespace Aliado.Platform;

/// <summary>
/// Data that moved in or out, for the operator's log: which workspace and how much, never what.
/// (Security events go through <see cref="Features.Workspaces.SecurityLog"/>, requests through <see cref="RequestLogLine"/>.)
/// </summary>
public sealed partial class OperatorLog(ILogger<OperatorLog> logger)
{
    public void Imported(string what, Guid workspaceId, int created, int merged, int skipped)
    {
        LogImported(logger, what, workspaceId, created, merged, skipped);
        Data.AliadoMetrics.Imports.Add(1, new KeyValuePair<string, object?>("kind", what.Split(' ')[0]));
    }

    public void Exported(string what, Guid workspaceId) => LogExported(logger, what, workspaceId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Import {What} into workspace {WorkspaceId}: {Created} created, {Merged} merged, {Skipped} skipped")]
    private static partial void LogImported(ILogger logger, string what, Guid workspaceId, int created, int merged, int skipped);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Export {What} of workspace {WorkspaceId}")]
    private static partial void LogExported(ILogger logger, string what, Guid workspaceId);
}
