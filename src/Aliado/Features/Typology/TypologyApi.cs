using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

public sealed record RolesDto(PagedList<RelationshipDto> AsClient, PagedList<RelationshipDto> AsProvider);

public static class TypologyApi
{
    public static void MapTypology(this RouteGroupBuilder api)
    {
        var types = api.MapGroup("/client-types").WithTags("Typology");
        types.MapGet("/", async (AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
                TypedResults.Ok((await ClientTypes.AllAsync(db, workspace, cancellationToken)).Select(t => ClientTypeDto.From(t, localizer)).ToList()))
            .WithSummary("The workspace's client types in the request's language, retired ones included (marked).");
        types.MapGet("/{id:guid}", async Task<Results<Ok<ClientTypeDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            (await ClientTypes.AllAsync(db, workspace, cancellationToken)).FirstOrDefault(t => t.Id == id) is { } type
                ? TypedResults.Ok(ClientTypeDto.From(type, localizer))
                : problems.NotFound())
            .VersionedBySnapshot(CurrentTypeAsync);
        types.MapPost("/", async Task<Results<Created<ClientTypeDto>, ValidationProblem, ProblemHttpResult>> (ClientTypeDraft draft, AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await ClientTypes.CreateAsync(db, workspace, draft, localizer, cancellationToken), created => $"/api/v1/client-types/{created.Id}"))
            .RequireAuthorization(WorkspacePolicies.Editor);
        types.MapPut("/{id:guid}", async Task<Results<Ok<ClientTypeDto>, ValidationProblem, ProblemHttpResult>> (Guid id, ClientTypeDraft draft, AliadoDbContext db, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await ClientTypes.UpdateAsync(db, id, draft, localizer, cancellationToken)))
            .WithSummary("Rewrites texts and traits: listed traits (with id) change, new ones (without id) are added, left-out ones are retired.")
            .VersionedBySnapshot(CurrentTypeAsync)
            .RequireAuthorization(WorkspacePolicies.Editor);
        types.MapPost("/{id:guid}/retire", async Task<Results<Ok<ClientTypeDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            await ClientTypes.SetRetiredAsync(db, id, retired: true, localizer, cancellationToken) is { } type ? TypedResults.Ok(type) : problems.NotFound())
            .RequireAuthorization(WorkspacePolicies.Editor);
        types.MapPost("/{id:guid}/restore", async Task<Results<Ok<ClientTypeDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            await ClientTypes.SetRetiredAsync(db, id, retired: false, localizer, cancellationToken) is { } type ? TypedResults.Ok(type) : problems.NotFound())
            .RequireAuthorization(WorkspacePolicies.Editor);
        types.MapPost("/reset", async (AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
            {
                await ClientTypes.ResetAsync(db, workspace, cancellationToken);
                return TypedResults.Ok((await ClientTypes.AllAsync(db, workspace, cancellationToken)).Select(t => ClientTypeDto.From(t, localizer)).ToList());
            })
            .WithSummary("Restores the default catalogue's types and traits as they ship; the workspace's own types stay.")
            .RequireAuthorization(WorkspacePolicies.Editor);

        var assessments = api.MapGroup("/").WithTags("Assessments");
        assessments.MapGet("/people/{id:guid}/assessments", async Task<Results<Ok<PagedList<AssessmentDto>>, ProblemHttpResult>> (Guid id, int? page, int? pageSize, AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            {
                var history = await Assessments.HistoryAsync(db, id, PageRequest.From(page, pageSize), cancellationToken);
                if (history.Total == 0 && !await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.People, p => p.Id == id, cancellationToken))
                {
                    return problems.NotFound();
                }
                var view = await Assessments.ViewAsync(db, workspace, localizer, cancellationToken);
                return TypedResults.Ok(new PagedList<AssessmentDto>([.. history.Items.Select(view.Describe)], history.Page, history.PageSize, history.Total));
            })
            .WithSummary("A person's assessments, newest first, each with its ranking and progress toward the imperfect questioner.");
        assessments.MapPost("/people/{id:guid}/assessments", async Task<Results<Created<AssessmentDto>, ValidationProblem, ProblemHttpResult>> (Guid id, AssessmentDraft draft, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(
                await (await Assessments.AssessAsync(db, workspace, clock, id, draft, cancellationToken)).SelectAsync(async assessment => (await Assessments.ViewAsync(db, workspace, localizer, cancellationToken)).Describe(assessment)),
                created => $"/api/v1/assessments/{created.Id}"))
            .RequireAuthorization(WorkspacePolicies.Editor);
        assessments.MapGet("/assessments/{id:guid}", async Task<Results<Ok<AssessmentDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            await Assessments.ByIdAsync(db, id, cancellationToken) is { } assessment
                ? TypedResults.Ok((await Assessments.ViewAsync(db, workspace, localizer, cancellationToken)).Describe(assessment))
                : problems.NotFound())
            .Versioned<Aliado.Core.Typology.Assessment>();
        assessments.MapPut("/assessments/{id:guid}", async Task<Results<Ok<AssessmentDto>, ValidationProblem, ProblemHttpResult>> (Guid id, AssessmentDraft draft, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await (await Assessments.UpdateAsync(db, clock, id, draft, cancellationToken)).SelectAsync(async assessment => (await Assessments.ViewAsync(db, workspace, localizer, cancellationToken)).Describe(assessment))))
            .WithSummary("Corrects an assessment: its date, notes and the traits ticked.")
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Typology.Assessment>();
        assessments.MapDelete("/assessments/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Assessments.RemoveAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Typology.Assessment>();

        api.MapGet("/people/{id:guid}/roles", async Task<Results<Ok<RolesDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
                await RolesAsync(db, clock, id, cancellationToken) is { } roles ? TypedResults.Ok(roles) : problems.NotFound())
            .WithTags("People")
            .WithSummary("Every role a person plays: the relationships where they are the client, and where they are the provider.");
    }

    public static async Task<RolesDto?> RolesAsync(AliadoDbContext db, TimeProvider clock, Guid personId, CancellationToken cancellationToken)
    {
        var asClient = await Relationships.Relationships.FirstPageAsync(db, clock, r => r.ClientId == personId, PageRequest.MaxSize, cancellationToken);
        var asProvider = await Relationships.Relationships.FirstPageAsync(db, clock, r => r.ProviderId == personId, PageRequest.MaxSize, cancellationToken);
        return asClient.Items.Count + asProvider.Items.Count > 0 || await db.People.AnyAsync(p => p.Id == personId, cancellationToken)
            ? new RolesDto(asClient, asProvider)
            : null;
    }

    private static async Task<object?> CurrentTypeAsync(HttpContext context)
    {
        if (!Guid.TryParse(context.GetRouteValue("id")?.ToString(), out var id))
        {
            return null;
        }
        var services = context.RequestServices;
        var type = (await ClientTypes.AllAsync(services.GetRequiredService<AliadoDbContext>(), services.GetRequiredService<CurrentWorkspace>(), context.RequestAborted)).FirstOrDefault(t => t.Id == id);
        return type is null ? null : ClientTypeDto.From(type, services.GetRequiredService<IStringLocalizer<SharedResource>>());
    }
}
