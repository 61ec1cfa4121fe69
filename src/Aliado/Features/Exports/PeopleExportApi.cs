using Aliado.Data;
using Aliado.Platform;

namespace Aliado.Features.Exports;

/// <summary>The HTTP face of <see cref="PeopleExport"/>: its routes, their answers and what they may return.</summary>
public static class PeopleExportApi
{
    public static void MapPeopleExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export/people.vcf", (AliadoDbContext db, CurrentWorkspace workspace, OperatorLog log, CancellationToken cancellationToken) =>
            {
                log.Exported("people.vcf", workspace.Id);
                return TypedResults.Stream(body => PeopleExport.WriteVCardsAsync(body, db, cancellationToken), "text/vcard; charset=utf-8", "people.vcf");
            })
            .WithTags("Import and export")
            .WithSummary("Every person as vCard 4.0.");
        api.MapGet("/export/people.csv", (AliadoDbContext db, CurrentWorkspace workspace, OperatorLog log, CancellationToken cancellationToken) =>
            {
                log.Exported("people.csv", workspace.Id);
                return TypedResults.Stream(body => PeopleExport.WriteCsvAsync(body, db, cancellationToken), "text/csv; charset=utf-8", "people.csv");
            })
            .WithTags("Import and export")
            .WithSummary("Every person as one CSV row, UTF-8 with a byte order mark; cells a spreadsheet would run as formulas are defused.");
    }
}
