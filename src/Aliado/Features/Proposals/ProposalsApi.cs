using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.Proposals;

public static class ProposalsApi
{
    public static void MapProposals(this RouteGroupBuilder api)
    {
        var tags = new[] { "Proposals" };
        api.MapGet("/relationships/{id:guid}/proposals", async Task<Results<Ok<PagedList<ProposalDto>>, ProblemHttpResult>> (Guid id, int? page, int? pageSize, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Proposals.ListAsync(db, id, PageRequest.From(page, pageSize), cancellationToken) is { } list ? TypedResults.Ok(list) : problems.NotFound())
            .WithTags(tags);
        api.MapPost("/relationships/{id:guid}/proposals", async Task<Results<Created<ProposalDto>, ValidationProblem, ProblemHttpResult>> (Guid id, ProposalDraft draft, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await Proposals.MakeAsync(db, workspace, clock, id, draft, cancellationToken), created => $"/api/v1/proposals/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor);
        api.MapGet("/proposals/{id:guid}", async Task<Results<Ok<ProposalDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Proposals.ByIdAsync(db, id, cancellationToken) is { } proposal ? TypedResults.Ok(proposal) : problems.NotFound())
            .WithTags(tags)
            .Versioned<Aliado.Core.Running.Proposal>();
        api.MapPut("/proposals/{id:guid}", async Task<Results<Ok<ProposalDto>, ValidationProblem, ProblemHttpResult>> (Guid id, ProposalDraft draft, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Proposals.UpdateAsync(db, clock, id, draft, cancellationToken)))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Proposal>();
        api.MapPost("/proposals/{id:guid}/answer", async Task<Results<Ok<ProposalDto>, ValidationProblem, ProblemHttpResult>> (Guid id, AnswerDraft draft, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Proposals.AnswerAsync(db, clock, id, draft, cancellationToken)))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Proposal>();
        api.MapPut("/proposals/{id:guid}/answer", async Task<Results<Ok<ProposalDto>, ValidationProblem, ProblemHttpResult>> (Guid id, AnswerDraft draft, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Proposals.CorrectAnswerAsync(db, clock, id, draft, cancellationToken)))
            .WithTags(tags).WithSummary("Corrects a recorded answer, or takes it back with \"pending\"; send If-Match so a correction never crosses another.")
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Proposal>();
        api.MapDelete("/proposals/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Proposals.RemoveAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Proposal>();
    }
}
