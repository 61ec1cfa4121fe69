using Aliado.Data;
using Aliado.Exchange.Contacts;
using Aliado.Features.People;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Imports;

/// <summary>The answer to an import: counts, skipped records, and the people made or merged, streamed in file order.</summary>
public sealed record PeopleImportDto(string Format, int Created, int Merged, IReadOnlyList<SkippedContact> Skipped, IAsyncEnumerable<PersonDto> People);

public static class ImportsApi
{
    /// <summary>A contacts file of a few hundred thousand people fits; anything larger is not an address book.</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    public static void MapImports(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/people", async Task<Results<Ok<PeopleImportDto>, ProblemHttpResult>> (HttpContext http, bool? dryRun, PeopleImport import, CurrentWorkspace workspace, AliadoDbContext db, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
            {
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = MaxFileBytes;
                }
                await using var upload = await UploadedFile.CopyAsync(http.Request.Body, cancellationToken);
                try
                {
                    var file = ContactFile.Open(upload);
                    var summary = await import.RunAsync(workspace.Id, file, dryRun == true, progress: null, cancellationToken);
                    var people = dryRun == true ? AsyncEnumerable.Empty<PersonDto>() : InFileOrder(db, summary.PeopleIds, cancellationToken);
                    return TypedResults.Ok(new PeopleImportDto(summary.Format, summary.Created, summary.Merged, summary.Skipped, people));
                }
                catch (ContactFileException refused)
                {
                    return NotContacts(localizer, refused);
                }
            })
            .WithTags("Import and export")
            .WithSummary("Imports people from a contacts file sent as the body (vCard, or Google, Outlook or LinkedIn CSV, told from the content). Matching people are merged, never duplicated; ?dryRun=true writes nothing.")
            .RequireAuthorization(WorkspacePolicies.Editor);
    }

    public static void MapWorkspaceImport(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/workspace", async Task<Results<Ok<WorkspaceImportDto>, ValidationProblem, ProblemHttpResult>> (HttpContext http, WorkspaceImport import, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            {
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = MaxFileBytes;
                }
                return problems.Ok(await import.RunAsync(workspace.Id, http.Request.Body, cancellationToken));
            })
            .WithTags("Import and export")
            .WithSummary("Takes a whole-workspace document (from GET /api/v1/export) into this workspace, which must be empty: nobody in it but \"me\" (409 otherwise). The exporter's \"me\" becomes yours; every record gets a new id. Owners only.")
            .RequireAuthorization(WorkspacePolicies.Owner);
    }

    public static ProblemHttpResult NotContacts(IStringLocalizer localizer, ContactFileException refused) =>
        TypedResults.Problem(
            title: localizer["import.not-contacts"],
            detail: Reason(localizer, refused),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["reason"] = refused.Code, ["record"] = refused.Record, ["formats"] = ContactFormats.All });

    /// <summary>Why the file was refused and which formats are read, in the reader's language.</summary>
    public static string Reason(IStringLocalizer localizer, ContactFileException refused) =>
        $"{localizer[$"import.reason.{refused.Code}", refused.Record ?? 0]} {localizer["import.formats"]}";

    /// <summary>The whole sentence for a page or a terminal: not a contacts file, why, and what is read.</summary>
    public static string Explain(IStringLocalizer localizer, ContactFileException refused) =>
        $"{localizer["import.not-contacts"]} {Reason(localizer, refused)}";

    /// <summary>The people, read back a batch at a time so an answer about 100,000 people is never built whole.</summary>
    private static async IAsyncEnumerable<PersonDto> InFileOrder(AliadoDbContext db, IReadOnlyList<Guid> ids, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var batch in ids.Chunk(PeopleImport.BatchSize))
        {
            var found = await db.People.AsNoTracking().Where(p => batch.Contains(p.Id)).Select(PersonDto.FromPerson).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var id in batch)
            {
                if (found.TryGetValue(id, out var person))
                {
                    yield return person;
                }
            }
        }
    }
}
