using Aliado.Data;
using Aliado.Platform;

namespace Aliado.Features.Exports;

/// <summary>The HTTP face of <see cref="WorkspaceExport"/>: its routes, their answers and what they may return.</summary>
public static class WorkspaceExportApi
{
    public static void MapWorkspaceExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export", (AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, OperatorLog log, CancellationToken cancellationToken) =>
            {
                log.Exported("workspace", workspace.Id);
                return TypedResults.Stream(body => WorkspaceExport.WriteAsync(body, db, clock.GetUtcNow().UtcDateTime, cancellationToken), "application/json; charset=utf-8", "aliado-workspace.json");
            })
            .WithTags("Import and export")
            .WithSummary("The whole workspace as one JSON document (format aliado-workspace, version 1; schema in docs/workspace-export.schema.json), streamed.");
    }
}
