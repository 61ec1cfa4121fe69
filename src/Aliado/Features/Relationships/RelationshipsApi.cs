using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

public sealed record OverrideRequest(string? Reason);

public static class RelationshipsApi
{
    public static void MapRelationships(this RouteGroupBuilder api)
    {
        var relationships = api.MapGroup("/relationships").WithTags("Relationships");

        relationships.MapGet("/", async Task<Results<Ok<PagedList<RelationshipDto>>, ValidationProblem, ProblemHttpResult>> (AliadoDbContext db, TimeProvider clock, Problems problems, Guid? personId, [Choices<VerdictOutcome>] string? outcome, int? page, int? pageSize, CancellationToken cancellationToken) =>
            {
                var errors = new Core.Check().OneOf<VerdictOutcome>("outcome", outcome).Errors;
                if (errors.Count > 0)
                {
                    return problems.Validation(errors);
                }
                VerdictOutcome? wanted = outcome is null ? null : Platform.EnumText.ParseOr(outcome, VerdictOutcome.Proceed);
                return TypedResults.Ok(await Relationships.FindAsync(db, clock, personId, wanted, PageRequest.From(page, pageSize), cancellationToken));
            })
            .WithSummary("Relationships with their verdict outcome and the \"proceeding without alignment\" mark; filter by personId or outcome.");

        relationships.MapGet("/{id:guid}", async Task<Results<Ok<RelationshipDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            await Relationships.ByIdAsync(db, clock, id, cancellationToken) is { } relationship ? TypedResults.Ok(relationship) : problems.NotFound())
            .Versioned<Aliado.Core.Relationships.Relationship>();

        relationships.MapPost("/", async Task<Results<Created<RelationshipDto>, ValidationProblem, ProblemHttpResult>> (RelationshipDraft draft, AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await Relationships.CreateAsync(db, clock, workspace, draft, cancellationToken), created => $"/api/v1/relationships/{created.Id}"))
            .RequireAuthorization(WorkspacePolicies.Editor);

        relationships.MapPut("/{id:guid}", async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> (Guid id, RelationshipDraft draft, AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Relationships.UpdateAsync(db, clock, workspace, id, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Relationship>();

        relationships.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Relationships.DeleteAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Relationship>();

        relationships.MapGet("/{id:guid}/alignment", async Task<Results<Ok<AlignmentDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            await CaseFile.WithRelationshipAsync(db, id, cancellationToken) is { } found
                ? TypedResults.Ok(Verdicts.Align(found.File))
                : problems.NotFound());

        relationships.MapGet("/{id:guid}/health", async Task<Results<Ok<HealthDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
            await Relationships.ByIdAsync(db, clock, id, cancellationToken) is { } relationship
                ? TypedResults.Ok(HealthReport.Describe(relationship, clock.GetUtcNow().UtcDateTime, localizer))
                : problems.NotFound())
            .WithSummary("Step 8's health: good, watch or at-risk, with every reason as a stable code and a sentence.");

        relationships.MapGet("/{id:guid}/verdict", async Task<Results<Ok<VerdictDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
            await Verdicts.ReadAsync(db, id, localizer, cancellationToken) is { } verdict ? TypedResults.Ok(verdict) : problems.NotFound());

        relationships.MapPost("/{id:guid}/verdict/accept", async Task<Results<Ok<VerdictDto>, ValidationProblem, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, TimeProvider clock, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
            problems.Ok(await Verdicts.DecideAsync(db, id, null, overriding: false, clock, localizer, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Editor);

        relationships.MapPost("/{id:guid}/verdict/override", async Task<Results<Ok<VerdictDto>, ValidationProblem, ProblemHttpResult>> (Guid id, OverrideRequest request, AliadoDbContext db, Problems problems, TimeProvider clock, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
            problems.Ok(await Verdicts.DecideAsync(db, id, request.Reason, overriding: true, clock, localizer, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Editor);

        MapEntries(api);
    }

    private static void MapEntries(RouteGroupBuilder api)
    {
        var tags = new[] { "Interests, offerings and coincidences" };

        api.MapGet("/relationships/{id:guid}/interests", async Task<Results<Ok<PagedList<InterestDto>>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            !await Relationships.ExistsAsync(db, id, cancellationToken) ? problems.NotFound() : TypedResults.Ok(All((await CaseFile.InterestsAsync(db, id, cancellationToken)).Select(InterestDto.From))))
            .WithTags(tags);
        api.MapPost("/relationships/{id:guid}/interests", async Task<Results<Created<InterestDto>, ValidationProblem, ProblemHttpResult>> (Guid id, InterestDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await CaseEntries.AddInterestAsync(db, workspace, id, draft, cancellationToken), created => $"/api/v1/interests/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor);
        api.MapGet("/interests/{id:guid}", async Task<Results<Ok<InterestDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Interests, i => i.Id == id, cancellationToken) is { } interest ? TypedResults.Ok(InterestDto.From(interest)) : problems.NotFound())
            .WithTags(tags)
            .Versioned<Aliado.Core.Relationships.Interest>();
        api.MapPut("/interests/{id:guid}", async Task<Results<Ok<InterestDto>, ValidationProblem, ProblemHttpResult>> (Guid id, InterestDraft draft, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await CaseEntries.UpdateInterestAsync(db, id, draft, cancellationToken)))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Interest>();
        api.MapDelete("/interests/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await CaseEntries.RemoveInterestAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Interest>();

        api.MapGet("/relationships/{id:guid}/offerings", async Task<Results<Ok<PagedList<OfferingDto>>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            !await Relationships.ExistsAsync(db, id, cancellationToken) ? problems.NotFound() : TypedResults.Ok(All((await CaseFile.OfferingsAsync(db, id, cancellationToken)).Select(OfferingDto.From))))
            .WithTags(tags);
        api.MapPost("/relationships/{id:guid}/offerings", async Task<Results<Created<OfferingDto>, ValidationProblem, ProblemHttpResult>> (Guid id, OfferingDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await CaseEntries.AddOfferingAsync(db, workspace, id, draft, cancellationToken), created => $"/api/v1/offerings/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor);
        api.MapGet("/offerings/{id:guid}", async Task<Results<Ok<OfferingDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.Offerings, o => o.Serves), o => o.Id == id, cancellationToken) is { } offering ? TypedResults.Ok(OfferingDto.From(offering)) : problems.NotFound())
            .WithTags(tags)
            .Versioned<Aliado.Core.Relationships.Offering>();
        api.MapPut("/offerings/{id:guid}", async Task<Results<Ok<OfferingDto>, ValidationProblem, ProblemHttpResult>> (Guid id, OfferingDraft draft, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await CaseEntries.UpdateOfferingAsync(db, id, draft, cancellationToken)))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Offering>();
        api.MapDelete("/offerings/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await CaseEntries.RemoveOfferingAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Offering>();

        api.MapGet("/relationships/{id:guid}/coincidences", async Task<Results<Ok<PagedList<CoincidenceDto>>, ProblemHttpResult>> (Guid id, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            !await Relationships.ExistsAsync(db, id, cancellationToken) ? problems.NotFound() : TypedResults.Ok(All((await CaseFile.CoincidencesAsync(db, id, cancellationToken)).Select(CoincidenceDto.From))))
            .WithTags(tags);
        api.MapPost("/relationships/{id:guid}/coincidences", async Task<Results<Created<CoincidenceDto>, ValidationProblem, ProblemHttpResult>> (Guid id, CoincidenceDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await CaseEntries.LinkAsync(db, workspace, id, draft, cancellationToken), created => $"/api/v1/coincidences/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor);
        api.MapGet("/coincidences/{id:guid}", async Task<Results<Ok<CoincidenceDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Coincidences, c => c.Id == id, cancellationToken) is { } coincidence ? TypedResults.Ok(CoincidenceDto.From(coincidence)) : problems.NotFound())
            .WithTags(tags)
            .Versioned<Aliado.Core.Relationships.Coincidence>();
        api.MapPut("/coincidences/{id:guid}", async Task<Results<Ok<CoincidenceDto>, ValidationProblem, ProblemHttpResult>> (Guid id, CoincidenceDraft draft, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await CaseEntries.RelinkAsync(db, id, draft, cancellationToken)))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Coincidence>();
        api.MapDelete("/coincidences/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await CaseEntries.UnlinkAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.Coincidence>();
    }

    /// <summary>A relationship's entries are few; they come in one page, in the same list shape as everything else.</summary>
    private static PagedList<T> All<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return new PagedList<T>(list, 1, Math.Max(1, list.Count), list.Count);
    }
}
